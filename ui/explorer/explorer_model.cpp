#include "explorer/explorer_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "accuracy/accuracy_source_factory.h"
#include "carbon/carbon_scorer.h"
#include "search/design_evaluator.h"
#include "search/reference_designs.h"

namespace {

// Designs a run's genome index is sized for up front (a few MB at most; larger runs rehash).
constexpr std::size_t k_reserved_designs = 1u << 19;

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t k_trace_samples = 512;   // plenty for a plot a few hundred pixels wide

bool refersToArchive(const DesignRef& ref) { return ref.kind == DesignRef::Kind::Archive; }

} // namespace

ExplorerModel::ExplorerModel(QObject* parent) : QObject(parent)
{
  qRegisterMetaType<DesignRef>("DesignRef");
  objectives_ = {cdse::Objective::Accuracy, cdse::Objective::TotalCarbon};
  archive_ = std::make_unique<cdse::Archive>(currentSetup());
}

ExplorerModel::~ExplorerModel() = default;

cdse::ArchiveSetup ExplorerModel::currentSetup() const
{
  cdse::ArchiveSetup setup;
  setup.objectives = objectives_;
  setup.constraints = constraints_;
  setup.carbon = carbon_;
  setup.fixed_reference = fixed_reference_;
  setup.anchors = anchors_;
  return setup;
}

void ExplorerModel::loadScenario(const cdse::Scenario& scenario)
{
  cdse::SearchSpace space = scenario.space();
  std::shared_ptr<const cdse::AccuracySource> accuracy =
      cdse::make_accuracy_source(scenario.accuracy, "accuracy", scenario.base_dir);
  cdse::DesignEvaluator evaluator(accuracy);
  cdse::ReferenceDesigns reference = cdse::evaluate_reference_designs(
      scenario, space, [&evaluator](const cdse::Design& d) { return evaluator.evaluate(d); });
  auto setup = cdse::make_archive_setup(scenario, reference.anchors);
  auto archive = std::make_unique<cdse::Archive>(setup);   // validates the carbon settings

  scenario_ = scenario;
  space_ = std::move(space);
  carbon_ = setup.carbon;
  constraints_ = setup.constraints;
  objectives_ = setup.objectives;
  fixed_reference_ = setup.fixed_reference;
  anchors_ = std::move(reference.anchors);
  baselines_ = std::move(reference.baselines);
  archive_ = std::move(archive);
  points_.rebuild(*archive_);
  selected_.reset();
  pinned_.clear();
  ++generation_;
  emit scenarioChanged();
  emit designsChanged();
  emit selectionChanged();
  emit pinnedChanged();
}

void ExplorerModel::loadSession(const cdse::Session& session)
{
  const cdse::SessionRun& run = session.runs.at(session.active_run);
  cdse::SearchSpace space = run.scenario.space();
  auto archive = cdse::make_session_archive(session, session.active_run);

  scenario_ = run.scenario;
  space_ = std::move(space);
  carbon_ = archive->carbon_settings();
  constraints_ = archive->constraints();
  objectives_ = archive->objective_list();
  fixed_reference_ = archive->setup().fixed_reference;
  anchors_ = run.anchors;
  baselines_ = run.baselines;
  archive_ = std::move(archive);
  points_.rebuild(*archive_);
  selected_.reset();
  pinned_.clear();
  auto refFor = [this](std::int64_t index) -> std::optional<DesignRef> {
    for (std::size_t i = 0; i < archive_->size(); ++i)
      if (archive_->record(i).index == index)
        return DesignRef::archive(i);
    return std::nullopt;
  };
  for (const cdse::SessionDesignRef& p : session.pinned)
    if (const auto ref = p.run == session.active_run ? refFor(p.index) : std::nullopt;
        ref && static_cast<int>(pinned_.size()) < k_max_pinned)
      pinned_.push_back(*ref);
  if (session.selected && session.selected->run == session.active_run)
    selected_ = refFor(session.selected->index);
  ++generation_;
  emit scenarioChanged();
  emit designsChanged();
  emit selectionChanged();
  emit pinnedChanged();
}

cdse::Session ExplorerModel::toSession(const cdse::SessionRunSettings& run) const
{
  cdse::Scenario scenario = scenario_;
  scenario.constraints = constraints_;
  cdse::Session session = cdse::make_single_run_session(cdse::make_session_run(scenario, *archive_, baselines_, run),
                                                        archive_->carbon_settings());
  for (const auto& ref : pinned_)
    if (refersToArchive(ref))
      session.pinned.push_back({0, archive_->record(ref.index).index});
  if (selected_ && refersToArchive(*selected_))
    session.selected = cdse::SessionDesignRef{0, archive_->record(selected_->index).index};
  return session;
}

void ExplorerModel::beginRun(const cdse::Scenario& scenario, const cdse::ArchiveSetup& setup)
{
  scenario_ = scenario;
  space_ = scenario.space();
  objectives_ = setup.objectives;
  anchors_ = setup.anchors;
  fixed_reference_ = setup.fixed_reference;
  // The run started from the sliders, so its carbon and constraints are the ones on screen.
  carbon_ = setup.carbon;
  constraints_ = setup.constraints;
  archive_ = std::make_unique<cdse::Archive>(currentSetup());
  archive_->reserve(std::min<std::size_t>(static_cast<std::size_t>(std::max<std::int64_t>(scenario.effective_budget(), 0)), k_reserved_designs));
  points_.rebuild(*archive_);
  if (selected_ && refersToArchive(*selected_))
    selected_.reset();
  std::erase_if(pinned_, refersToArchive);
  ++generation_;
  emit designsChanged();
  emit selectionChanged();
  emit pinnedChanged();
}

void ExplorerModel::appendRecords(const std::vector<cdse::ArchiveRecord>& records)
{
  if (records.empty())
    return;
  for (const auto& r : records)
    archive_->add(r);
  points_.appendNew(*archive_);
  ++generation_;
  emit designsChanged();
}

void ExplorerModel::setCarbonSettings(const cdse::CarbonSettings& settings)
{
  if (settings == carbon_)
    return;
  archive_->rescore(settings);   // validates first: invalid settings throw and change nothing
  points_.rescored(*archive_);
  carbon_ = settings;
  ++generation_;
  emit designsChanged();
}

void ExplorerModel::setConstraints(const cdse::SearchConstraints& constraints)
{
  if (constraints == constraints_)
    return;
  constraints_ = constraints;
  std::vector<cdse::ArchiveRecord> records;
  records.reserve(archive_->size());
  for (std::size_t i = 0; i < archive_->size(); ++i)
    records.push_back(archive_->record(i));
  rebuildArchive(std::move(records));
}

void ExplorerModel::rebuildArchive(std::vector<cdse::ArchiveRecord> records)
{
  auto archive = std::make_unique<cdse::Archive>(currentSetup());
  for (auto& r : records)
    archive->add(std::move(r));
  archive_ = std::move(archive);
  points_.rebuild(*archive_);
  ++generation_;
  emit designsChanged();
}

FrontSnapshot ExplorerModel::snapshot() const
{
  FrontSnapshot s;
  s.generation = generation_;
  s.objectives = objectives_;
  s.constraints = constraints_;
  s.selected = selected_;
  s.pinned = pinned_;
  s.hypervolume = archive_->hypervolume();
  s.hypervolume_trace = archive_->sampled_hypervolume_trace(k_trace_samples);

  s.points = points_.points();   // shares the chunks: no copy of the designs

  const cdse::CarbonScorer scorer(carbon_);
  for (std::size_t b = 0; b < baselines_.size(); ++b) {
    const auto& base = baselines_[b];
    BaselinePoint p;
    p.baseline_index = b;
    p.label = QString::fromStdString(base.label);
    p.evaluated = base.invariants.has_value();
    p.error = QString::fromStdString(base.error);
    if (base.invariants) {
      const auto& v = *base.invariants;
      const auto c = scorer.score(v);
      p.accuracy = v.accuracy_available ? v.accuracy : k_nan;
      p.latency_s = v.latency_s;
      p.total_kg = c.total_kg;
      p.embodied_kg = c.embodied_kg;
      p.operational_kg = c.operational_kg;
    }
    s.baselines.push_back(std::move(p));
  }
  return s;
}

std::optional<SelectedDesign> ExplorerModel::designInfo(const DesignRef& ref) const
{
  SelectedDesign d;
  d.ref = ref;
  d.settings = carbon_;
  if (refersToArchive(ref)) {
    if (ref.index >= archive_->size())
      return std::nullopt;
    const auto& r = archive_->record(ref.index);
    d.label = tr("Design #%1").arg(r.index);
    d.design = space_.decode(r.genome);
    d.evaluated = !r.failed;
    d.error = QString::fromStdString(r.error);
    d.invariants = r.invariants;
    d.carbon = archive_->carbon(ref.index);
    d.feasibility = archive_->feasibility(ref.index);
    const auto& front = archive_->front();
    d.on_front = std::find(front.begin(), front.end(), ref.index) != front.end();
    return d;
  }
  if (ref.index >= baselines_.size())
    return std::nullopt;
  const auto& b = baselines_[ref.index];
  d.label = QString::fromStdString(b.label);
  d.design = b.design;
  d.evaluated = b.invariants.has_value();
  d.error = QString::fromStdString(b.error);
  if (b.invariants) {
    d.invariants = *b.invariants;
    d.carbon = cdse::CarbonScorer(carbon_).score(d.invariants);
    d.feasibility = constraints_.check(d.invariants, d.carbon,
                                       std::find(objectives_.begin(), objectives_.end(), cdse::Objective::Accuracy) !=
                                           objectives_.end());
  } else {
    d.feasibility.feasible = false;
  }
  return d;
}

std::optional<DesignRef> ExplorerModel::bestBy(cdse::Objective objective) const
{
  std::optional<DesignRef> best;
  double bestValue = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i < archive_->size(); ++i) {
    if (!archive_->feasibility(i).feasible || archive_->record(i).failed)
      continue;
    const double v = cdse::objective_value(objective, archive_->record(i).invariants, archive_->carbon(i), carbon_);
    if (std::isfinite(v) && v < bestValue) {
      bestValue = v;
      best = DesignRef::archive(i);
    }
  }
  return best;
}

void ExplorerModel::select(const std::optional<DesignRef>& ref)
{
  if (ref == selected_)
    return;
  selected_ = ref;
  emit selectionChanged();
}

bool ExplorerModel::pin(const DesignRef& ref)
{
  if (static_cast<int>(pinned_.size()) >= k_max_pinned || std::find(pinned_.begin(), pinned_.end(), ref) != pinned_.end())
    return false;
  pinned_.push_back(ref);
  emit pinnedChanged();
  return true;
}

void ExplorerModel::unpin(const DesignRef& ref)
{
  if (std::erase(pinned_, ref) > 0)
    emit pinnedChanged();
}

void ExplorerModel::clearPins()
{
  if (pinned_.empty())
    return;
  pinned_.clear();
  emit pinnedChanged();
}
