#include "ui/explorer/exact_reference.h"

#include "core/search/front/hypervolume.h"
#include "ui/explorer/plot_point_table.h"

namespace {

// Every limit the solve applied is still there and no looser: the designs it pruned stay out.
bool noLooser(const cdse::SearchConstraints& now, const cdse::SearchConstraints& solved)
{
  const auto upper = [](const std::optional<double>& n, const std::optional<double>& s) { return !s || (n && *n <= *s); };
  return upper(now.max_latency_s, solved.max_latency_s) && upper(now.max_area_mm2, solved.max_area_mm2) &&
         upper(now.max_peak_tops, solved.max_peak_tops) &&
         upper(now.max_energy_per_inference_j, solved.max_energy_per_inference_j) &&
         (!solved.min_accuracy || (now.min_accuracy && *now.min_accuracy >= *solved.min_accuracy));
}

}   // namespace

void ExactReference::startSolving(const cdse::Scenario& scenario, std::uint64_t runId)
{
  clear();
  state_ = State::Solving;
  solved_ = scenario;
  runId_ = runId;
}

void ExactReference::useRunItself(const cdse::Scenario& scenario, std::uint64_t runId)
{
  startSolving(scenario, runId);
  self_ = true;
}

void ExactReference::adopt(std::shared_ptr<cdse::Archive> archive, const cdse::CarbonSettings& carbon,
                           const cdse::SearchConstraints& constraints)
{
  archive_ = std::move(archive);
  self_ = false;
  state_ = State::Ready;
  cache_.reset();
  if (archive_->carbon_settings() != carbon)
    archive_->rescore(carbon);
  if (archive_->constraints() != constraints)
    archive_->set_constraints(constraints);
}

void ExactReference::markRunFinished()
{
  if (self_ && state_ == State::Solving) {
    state_ = State::Ready;
    cache_.reset();
  }
}

void ExactReference::clear()
{
  state_ = State::None;
  runId_ = k_unbound;
  self_ = false;
  fraction_ = 0;
  archive_.reset();
  cache_.reset();
}

bool ExactReference::holdsUnder(const cdse::CarbonSettings& carbon, const cdse::SearchConstraints& constraints) const
{
  if (!noLooser(constraints, solved_.constraints))
    return false;
  // A carbon limit is not a filter of the solve (total carbon never decreases along its
  // coordinates, docs/search.md#exact), so it only re-selects. A node override changes the energies
  // the solve compared (exact_refusal says when it is not allowed at all); the DRAM size decides
  // whether the solve compared the designs' weights (sized from them) or not (fixed).
  if (carbon != solved_.carbon && (carbon.node_nm != solved_.carbon.node_nm || carbon.dram_gb != solved_.carbon.dram_gb))
    return false;
  return true;
}

bool ExactReference::setCarbonSettings(const cdse::CarbonSettings& carbon)
{
  if (state_ == State::None)
    return true;
  const cdse::SearchConstraints& now = archive_ ? archive_->constraints() : solved_.constraints;
  if (!holdsUnder(carbon, now))
    return false;
  if (archive_ && archive_->carbon_settings() != carbon)
    archive_->rescore(carbon);
  cache_.reset();
  return true;
}

bool ExactReference::setConstraints(const cdse::SearchConstraints& constraints)
{
  if (state_ == State::None)
    return true;
  const cdse::CarbonSettings& now = archive_ ? archive_->carbon_settings() : solved_.carbon;
  if (!holdsUnder(now, constraints))
    return false;
  if (archive_ && archive_->constraints() != constraints)
    archive_->set_constraints(constraints);
  cache_.reset();
  return true;
}

ExactFrontView ExactReference::view(const cdse::Archive& shown, std::uint64_t shownRunId) const
{
  if (state_ == State::None || runId_ != shownRunId)
    return {};
  if (state_ == State::Solving) {
    ExactFrontView v;
    v.state = State::Solving;
    v.solve_fraction = fraction_;
    return v;
  }
  const cdse::Archive& exact = self_ ? shown : *archive_;
  if (exact.objective_list() != shown.objective_list())
    return {};   // solved for other objectives: not this run's reference
  if (cache_ && !self_ && cacheReference_ == shown.reference_point())
    return *cache_;
  ExactFrontView v;
  v.state = State::Ready;
  v.front.reserve(exact.front().size());
  for (std::size_t i : exact.front()) {
    v.front.push_back(plotPointOf(exact, i));
    v.front.back().on_front = true;
  }
  // Against the run's own reference point, exactly as the run's archive measures its front.
  v.hypervolume = cdse::hypervolume(exact.objective_points().subset(exact.front()), shown.reference_point());
  cache_ = v;
  cacheReference_ = shown.reference_point();
  return v;
}
