#include "core/search/archive/archive.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/carbon/carbon_scorer.h"
#include "core/search/genome/genome_key.h"
#include "core/search/front/hypervolume.h"
#include "core/search/front/pareto.h"

namespace cdse {

namespace {

constexpr double k_infinity = std::numeric_limits<double>::infinity();
// A design the simulator refused counts as far outside every limit.
constexpr double k_failed_violation = 1.0e6;
// Derived reference components sit 10 % beyond the worst anchor, so the anchors themselves count.
constexpr double k_reference_margin = 1.1;

}   // namespace

Archive::Archive(ArchiveSetup setup) : setup_(std::move(setup)), points_(static_cast<int>(setup_.objectives.size()))
{
  if (setup_.objectives.size() < 2 || setup_.objectives.size() > 3)
    throw std::invalid_argument("Archive: 2 or 3 objectives are supported");
  scorer_ = std::make_unique<CarbonScorer>(setup_.carbon);
  accuracy_required_ = std::find(setup_.objectives.begin(), setup_.objectives.end(), Objective::Accuracy) !=
                       setup_.objectives.end();
  derive_reference_point();
}

void Archive::derive_reference_point()
{
  const CarbonScorer& scorer = *scorer_;
  reference_.assign(setup_.objectives.size(), 1.0);
  for (std::size_t k = 0; k < setup_.objectives.size(); ++k) {
    const Objective o = setup_.objectives[k];
    const auto fixed = std::find_if(setup_.fixed_reference.begin(), setup_.fixed_reference.end(),
                                    [&](const auto& p) { return p.first == o; });
    const auto& c = setup_.constraints;
    if (fixed != setup_.fixed_reference.end()) {
      reference_[k] = minimised_value(o, fixed->second);
    } else if (o == Objective::Accuracy) {
      reference_[k] = c.min_accuracy ? 1.0 - *c.min_accuracy : 1.0;
    } else if (o == Objective::Latency && c.max_latency_s) {
      reference_[k] = *c.max_latency_s;
    } else if (o == Objective::Area && c.max_area_mm2) {
      reference_[k] = *c.max_area_mm2;
    } else if (o == Objective::TotalCarbon && c.max_total_carbon_kg) {
      reference_[k] = *c.max_total_carbon_kg;
    } else {
      double worst = 0;
      for (const auto& anchor : setup_.anchors) {
        const double v = objective_value(o, anchor, scorer.score(anchor), setup_.carbon);
        if (std::isfinite(v))
          worst = std::max(worst, v);
      }
      // Without usable anchors there is no scale to derive; 1.0 in SI units is documented as the
      // fallback (scenarios can always fix the reference point).
      reference_[k] = worst > 0 ? worst * k_reference_margin : 1.0;
    }
  }
}

std::optional<std::size_t> Archive::find(const Genome& genome) const
{
  const auto it = by_genome_.find(genome_key(genome));
  if (it == by_genome_.end())
    return std::nullopt;
  return it->second;
}

void Archive::reserve(std::size_t records)
{
  by_genome_.reserve(records);
  points_.reserve(records);
  if (trace_valid_)
    trace_.reserve(records);
}

void Archive::score(std::size_t i)
{
  static thread_local std::vector<double> values;
  const ArchiveRecord& r = records_[i];
  const std::size_t m = setup_.objectives.size();
  values.assign(m, k_infinity);
  Feasibility f;
  CarbonBreakdown carbon;
  if (r.failed) {
    f.feasible = false;
    f.violated = SearchConstraints::EvaluationFailed;
    f.violation = k_failed_violation;
  } else {
    carbon = scorer_->score(r.invariants);
    for (std::size_t k = 0; k < m; ++k) {
      const double v = objective_value(setup_.objectives[k], r.invariants, carbon, setup_.carbon);
      values[k] = std::isfinite(v) ? v : k_infinity;
    }
    f = setup_.constraints.check(r.invariants, carbon, accuracy_required_);
  }
  carbon_[i] = carbon;
  auto target = points_.mutable_point(i);
  std::copy(values.begin(), values.end(), target.begin());
  if (f.feasible && !feasibility_[i].feasible)
    ++feasible_count_;
  else if (!f.feasible && feasibility_[i].feasible)
    --feasible_count_;
  feasibility_[i] = f;
}

void Archive::add(ArchiveRecord record)
{
  const std::size_t i = records_.size();
  by_genome_.emplace(genome_key(record.genome), i);
  records_.push_back(std::move(record));
  carbon_.emplace_back();
  points_.add(std::vector<double>(setup_.objectives.size(), k_infinity));
  feasibility_.push_back(Feasibility{false, 0, 0});
  score(i);
  if (offer_to_front(front_, i, front_witness_))
    hypervolume_ = front_hypervolume(front_);
  if (trace_valid_)
    trace_.push_back({static_cast<std::int64_t>(records_.size()), hypervolume_});
}

bool Archive::offer_to_front(std::vector<std::size_t>& front, std::size_t i, std::size_t& witness) const
{
  if (!feasibility_[i].feasible)
    return false;
  const auto p = points_[i];
  // Most designs are beaten by the same few strong ones: try the last design that beat one first.
  // It need not be on the front any more: whatever pushed it off dominates p as well.
  if (witness < i && dominates(points_[witness], p))
    return false;
  for (std::size_t j : front)
    if (dominates(points_[j], p)) {
      witness = j;
      return false;
    }
  std::erase_if(front, [&](std::size_t j) { return dominates(p, points_[j]); });
  front.insert(std::upper_bound(front.begin(), front.end(), i), i);
  return true;
}

double Archive::front_hypervolume(const std::vector<std::size_t>& front) const
{
  return cdse::hypervolume(points_.subset(front), reference_);
}

void Archive::rescore(const CarbonSettings& carbon)
{
  // The scorer validates the settings: built first, so bad settings (an InputError) leave the
  // archive as it was.
  auto validated = std::make_unique<CarbonScorer>(carbon);
  setup_.carbon = carbon;
  scorer_ = std::move(validated);
  derive_reference_point();
  const CarbonScorer& scorer = *scorer_;
  const std::size_t m = setup_.objectives.size();
  std::vector<std::size_t> feasible;
  feasible.reserve(records_.size());
  for (std::size_t i = 0; i < records_.size(); ++i) {
    const ArchiveRecord& r = records_[i];
    if (r.failed)
      continue;   // nothing to re-score: still failed
    const CarbonBreakdown c = scorer.score(r.invariants);
    carbon_[i] = c;
    auto target = points_.mutable_point(i);
    for (std::size_t k = 0; k < m; ++k) {
      const double v = objective_value(setup_.objectives[k], r.invariants, c, setup_.carbon);
      target[k] = std::isfinite(v) ? v : k_infinity;
    }
    if (judge(i))   // in the same pass: a second walk over the records costs ~10 ms at 100,000
      feasible.push_back(i);
  }
  rebuild_front(feasible);
}

void Archive::set_constraints(const SearchConstraints& constraints)
{
  setup_.constraints = constraints;
  derive_reference_point();   // limits double as reference components
  // Carbon and objective values do not depend on the limits: only feasibility is judged again.
  std::vector<std::size_t> feasible;
  feasible.reserve(records_.size());
  for (std::size_t i = 0; i < records_.size(); ++i)
    if (!records_[i].failed && judge(i))   // a failed design stays failed, whatever the limits
      feasible.push_back(i);
  rebuild_front(feasible);
}

bool Archive::judge(std::size_t i)
{
  feasibility_[i] = setup_.constraints.check(records_[i].invariants, carbon_[i], accuracy_required_);
  return feasibility_[i].feasible;
}

void Archive::rebuild_front(const std::vector<std::size_t>& feasible)
{
  feasible_count_ = feasible.size();
  front_ = pareto_front_indices(points_, feasible);
  front_witness_ = k_no_witness;   // it may be infeasible now
  hypervolume_ = front_hypervolume(front_);
  trace_.clear();
  trace_valid_ = false;
}

const std::vector<HypervolumeSample>& Archive::hypervolume_trace() const
{
  if (!trace_valid_) {
    std::vector<std::size_t> front;
    std::size_t witness = k_no_witness;
    double hv = 0;
    trace_.clear();
    trace_.reserve(records_.size());
    for (std::size_t i = 0; i < records_.size(); ++i) {
      if (offer_to_front(front, i, witness))
        hv = front_hypervolume(front);
      trace_.push_back({static_cast<std::int64_t>(i + 1), hv});
    }
    trace_valid_ = true;
  }
  return trace_;
}

std::vector<HypervolumeSample> Archive::sampled_hypervolume_trace(std::size_t max_samples) const
{
  std::vector<HypervolumeSample> out;
  const std::size_t n = records_.size();
  if (n == 0 || max_samples == 0)
    return out;
  // After a re-score the whole trace is rebuilt once (it costs about as much as computing the
  // samples alone: the walk over every design dominates), so the designs that arrive next extend
  // it in O(1) instead of every later call walking the archive again.
  const std::vector<HypervolumeSample>& trace = hypervolume_trace();
  const std::size_t stride = (n + max_samples - 1) / max_samples;
  out.reserve(n / stride + 1);
  for (std::size_t i = stride - 1; i < n; i += stride)
    out.push_back(trace[i]);
  if (out.empty() || out.back().evaluations != static_cast<std::int64_t>(n))
    out.push_back(trace[n - 1]);
  return out;
}

EvaluatedGenome Archive::evaluated_genome(std::size_t i) const
{
  EvaluatedGenome e;
  e.genome = records_[i].genome;
  const auto p = points_[i];
  e.objectives.assign(p.begin(), p.end());
  e.feasible = feasibility_[i].feasible;
  e.constraint_violation = feasibility_[i].violation;
  return e;
}

}   // namespace cdse
