#include "ui/explorer/explorer_model.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/carbon/carbon_scorer.h"
#include "ui/explorer/best_design.h"
#include "core/evaluation/design_evaluator.h"
#include "core/search/run/reference_designs.h"

namespace {

// Designs a run's genome index is sized for up front (a few MB at most; larger runs rehash).
constexpr std::size_t k_reserved_designs = 1u << 19;

constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t k_trace_samples = 512;   // plenty for a plot a few hundred pixels wide

bool refersToArchive(const DesignRef& ref) { return ref.kind == DesignRef::Kind::Archive; }

bool accuracyRequired(const cdse::Archive& archive)
{
  const auto& objectives = archive.objective_list();
  return std::find(objectives.begin(), objectives.end(), cdse::Objective::Accuracy) != objectives.end();
}

// The archive position of the design with evaluation index `index` (indexes increase).
std::optional<std::size_t> positionOf(const cdse::Archive& archive, std::int64_t index)
{
  std::size_t lo = 0, hi = archive.size();
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (archive.record(mid).index < index)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo < archive.size() && archive.record(lo).index == index)
    return lo;
  return std::nullopt;
}

std::string nowUtc() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString(); }

}   // namespace

ExplorerModel::ExplorerModel(QObject* parent) : QObject(parent)
{
  qRegisterMetaType<DesignRef>("DesignRef");
  rescore_pinned_runs_.setSingleShot(true);
  rescore_pinned_runs_.setInterval(k_pinned_runs_rescore_delay_ms);
  connect(&rescore_pinned_runs_, &QTimer::timeout, this, &ExplorerModel::rescorePinnedRuns);
}

ExplorerModel::~ExplorerModel() = default;

void ExplorerModel::announceAll()
{
  ++generation_;
  emit scenarioChanged();
  emit designsChanged();
  emit selectionChanged();
  emit pinnedChanged();
  emit runsChanged();
}

DesignRef ExplorerModel::resolved(DesignRef ref) const
{
  if (ref.run == DesignRef::k_shown_run)
    ref.run = shown().id;
  return ref;
}

std::size_t ExplorerModel::pinnedCount(std::uint64_t runId) const { return pinned_.countIn(runId); }

QString ExplorerModel::nextRunName() const { return tr("Run %1").arg(runs_.startedCount() + 1); }

ExplorerRun& ExplorerModel::addRun(ExplorerRun run)
{
  const ExplorerRun& current = shown();
  const bool replaceable = current.started_utc.empty() && current.archive->empty() && pinnedCount(current.id) == 0;
  return runs_.add(std::move(run), replaceable);
}

void ExplorerModel::loadScenario(const cdse::Scenario& scenario)
{
  cdse::SearchSpace space = scenario.space();
  std::shared_ptr<const cdse::AccuracySource> accuracy = cdse::make_accuracy_source(scenario.accuracy, "accuracy",
                                                                                    scenario.base_dir);
  cdse::DesignEvaluator evaluator(accuracy);
  cdse::ReferenceDesigns reference = cdse::evaluate_reference_designs(
      scenario, space, [&evaluator](const cdse::Design& d) { return evaluator.evaluate(d); });
  auto setup = cdse::make_archive_setup(scenario, reference.anchors);
  auto archive = std::make_shared<cdse::Archive>(setup);   // validates the carbon settings

  ExplorerRun run;
  run.name = tr("Not started");
  run.scenario = scenario;
  run.baselines = std::move(reference.baselines);
  run.archive = std::move(archive);
  carbon_ = setup.carbon;
  addRun(std::move(run));
  space_ = std::move(space);
  points_.rebuild(*shown().archive);
  selected_.reset();
  // Pins into other runs stay: they are shown under the new assumptions after the delayed re-score.
  rescore_pinned_runs_.start();
  announceAll();
}

void ExplorerModel::loadSession(const cdse::Session& session) { adoptSession(prepareSession(session)); }

void ExplorerModel::adoptSession(PreparedSession prepared)
{
  cdse::Session& session = prepared.session;
  cdse::SearchSpace space = session.runs.at(session.active_run).scenario.space();
  std::vector<ExplorerRun> runs;
  std::uint64_t nextId = runs_.nextId();
  for (std::size_t r = 0; r < session.runs.size(); ++r) {
    cdse::SessionRun& saved = session.runs[r];
    ExplorerRun run;
    run.id = nextId++;
    run.name = QString::fromStdString(saved.name);
    run.started_utc = std::move(saved.started_utc);
    run.scenario = std::move(saved.scenario);
    run.settings = saved.settings;
    run.baselines = std::move(saved.baselines);
    run.archive = std::move(prepared.archives.at(r));
    runs.push_back(std::move(run));
  }
  PinnedDesigns pinned;
  for (const cdse::SessionDesignRef& p : session.pinned) {
    const ExplorerRun& run = runs.at(p.run);
    if (const auto at = positionOf(*run.archive, p.index)) {
      DesignRef ref = DesignRef::archive(*at);
      ref.run = run.id;
      pinned.add(ref);   // past the limit, or twice: left out
    }
  }
  std::optional<DesignRef> selected;
  if (session.selected && session.selected->run == session.active_run)
    if (const auto at = positionOf(*runs.at(session.active_run).archive, session.selected->index))
      selected = DesignRef::archive(*at);

  // Nothing above touched the model: a bad session leaves the current one as it was.
  runs_.adopt(std::move(runs), session.active_run);
  streaming_run_id_ = 0;
  carbon_ = session.carbon;
  space_ = std::move(space);
  points_.rebuild(*shown().archive);
  pinned_ = std::move(pinned);
  selected_ = selected;
  rescore_pinned_runs_.stop();
  announceAll();
}

SessionCapture ExplorerModel::captureSession() const
{
  cdse::Session session;
  session.carbon = carbon_;
  session.active_run = runs_.shownIndex();
  std::vector<std::shared_ptr<const cdse::Archive>> archives;
  std::vector<std::size_t> counts;
  std::vector<std::uint64_t> ids;
  for (const auto& run : runs_) {
    cdse::SessionRun& saved = session.runs.emplace_back();
    saved.name = run.name.toStdString();
    saved.started_utc = run.started_utc;
    saved.scenario = run.scenario;
    saved.scenario.constraints = run.archive->constraints();
    saved.settings = run.settings;
    saved.anchors = run.archive->setup().anchors;
    saved.baselines = run.baselines;
    archives.push_back(run.archive);
    counts.push_back(run.archive->size());
    ids.push_back(run.id);
  }
  for (const auto& ref : pinned_.refs()) {
    const auto r = static_cast<std::size_t>(std::find(ids.begin(), ids.end(), ref.run) - ids.begin());
    if (refersToArchive(ref) && r < runs_.size())
      session.pinned.push_back({r, runs_.at(r).archive->record(ref.index).index});
  }
  if (selected_ && refersToArchive(*selected_))
    session.selected = cdse::SessionDesignRef{runs_.shownIndex(), shown().archive->record(selected_->index).index};
  return SessionCapture(std::move(session), std::move(archives), std::move(counts));
}

cdse::Session ExplorerModel::toSession() const
{
  SessionCapture capture = captureSession();
  capture.copySome(std::numeric_limits<std::size_t>::max());
  return capture.take();
}

void ExplorerModel::beginRun(const cdse::Scenario& scenario, const cdse::ArchiveSetup& setup,
                             const cdse::SessionRunSettings& settings)
{
  ExplorerRun run;
  run.name = nextRunName();
  run.started_utc = nowUtc();
  run.scenario = scenario;
  run.scenario.constraints = setup.constraints;
  run.settings = settings;
  run.baselines = shown().baselines;   // the search runs on the shown scenario
  run.archive = std::make_shared<cdse::Archive>(setup);
  run.archive->reserve(std::min<std::size_t>(
      static_cast<std::size_t>(std::max<std::int64_t>(scenario.effective_budget(), 0)), k_reserved_designs));
  // The run started from the sliders, so its carbon is the one on screen.
  carbon_ = setup.carbon;
  streaming_run_id_ = addRun(std::move(run)).id;
  space_ = scenario.space();
  points_.rebuild(*shown().archive);
  selected_.reset();
  announceAll();
}

void ExplorerModel::appendRecords(const std::vector<cdse::ArchiveRecord>& records)
{
  if (records.empty())
    return;
  const std::size_t index = runs_.indexOf(streaming_run_id_);
  if (index == runs_.size())
    return;   // the run was removed while its search was still delivering
  ExplorerRun& run = runs_.at(index);
  for (const auto& r : records)
    run.archive->add(r);
  if (index != runs_.shownIndex())
    return;
  points_.appendNew(*run.archive);
  ++generation_;
  emit designsChanged();
}

void ExplorerModel::setCarbonSettings(const cdse::CarbonSettings& settings)
{
  if (settings == carbon_)
    return;
  shown().archive->rescore(settings);   // validates first: invalid settings throw and change nothing
  points_.rescored(*shown().archive);
  carbon_ = settings;
  if (pinned_.anyOutside(shown().id))
    rescore_pinned_runs_.start();
  ++generation_;
  emit designsChanged();
}

void ExplorerModel::rescorePinnedRuns()
{
  bool changed = false;
  for (auto& run : runs_)
    if (run.id != shown().id && pinnedCount(run.id) > 0 && run.archive->carbon_settings() != carbon_) {
      run.archive->rescore(carbon_);
      changed = true;
    }
  if (changed)
    emit pinnedChanged();
}

void ExplorerModel::setConstraints(const cdse::SearchConstraints& constraints)
{
  cdse::Archive& archive = *shown().archive;
  if (constraints == archive.constraints())
    return;
  archive.set_constraints(constraints);   // in place: designs and carbon stay, feasibility and front change
  shown().scenario.constraints = constraints;
  points_.rescored(archive);
  ++generation_;
  emit designsChanged();
}

std::vector<RunSummary> ExplorerModel::runs() const
{
  std::vector<RunSummary> out;
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    const ExplorerRun& run = runs_.at(i);
    RunSummary s;
    s.id = run.id;
    s.name = run.name;
    s.scenarioTitle = QString::fromStdString(run.scenario.title);
    s.algorithm = QString::fromStdString(run.started_utc.empty() ? std::string{} : run.settings.algorithm);
    s.budget = run.settings.budget;
    s.seed = run.settings.seed;
    s.carbon = run.scenario.carbon;
    s.constraints = run.archive->constraints();
    s.startedUtc = QString::fromStdString(run.started_utc);
    s.designs = run.archive->size();
    s.pinned = pinnedCount(run.id);
    s.shown = i == runs_.shownIndex();
    out.push_back(std::move(s));
  }
  return out;
}

bool ExplorerModel::showRun(std::uint64_t id)
{
  const std::size_t index = runs_.indexOf(id);
  if (index == runs_.size())
    return false;
  if (index != runs_.shownIndex())
    showIndex(index);
  return true;
}

void ExplorerModel::showIndex(std::size_t index)
{
  ExplorerRun& run = runs_.at(index);
  if (run.archive->carbon_settings() != carbon_)
    run.archive->rescore(carbon_);
  space_ = run.scenario.space();
  runs_.setShown(index);
  points_.rebuild(*run.archive);   // the previous run's table is released
  selected_.reset();
  announceAll();
}

bool ExplorerModel::renameRun(std::uint64_t id, const QString& name)
{
  const QString trimmed = name.trimmed();
  const std::size_t index = runs_.indexOf(id);
  if (index == runs_.size() || trimmed.isEmpty())
    return false;
  if (runs_.at(index).name != trimmed) {
    runs_.at(index).name = trimmed;
    emit runsChanged();
    emit pinnedChanged();   // pinned designs are labelled with their run
  }
  return true;
}

bool ExplorerModel::removeRun(std::uint64_t id)
{
  const std::size_t index = runs_.indexOf(id);
  if (index == runs_.size() || runs_.size() < 2)
    return false;
  pinned_.removeRun(id);
  if (streaming_run_id_ == id)
    streaming_run_id_ = 0;
  const bool wasShown = index == runs_.shownIndex();
  // Erased before anything is announced, so no view rebuilds with the doomed run still listed.
  runs_.erase(index);
  if (wasShown) {
    showIndex(runs_.shownIndex());   // the next run, or the previous one if it was last
  } else {
    emit pinnedChanged();
    emit runsChanged();
  }
  return true;
}

FrontSnapshot ExplorerModel::snapshot() const
{
  const ExplorerRun& run = shown();
  FrontSnapshot s;
  s.generation = generation_;
  s.run_id = run.id;
  s.objectives = run.archive->objective_list();
  s.constraints = run.archive->constraints();
  s.selected = selected_;
  s.pinned = pinned_.ofShownRun(run.id);
  s.hypervolume = run.archive->hypervolume();
  s.hypervolume_trace = run.archive->sampled_hypervolume_trace(k_trace_samples);

  s.points = points_.points();   // shares the chunks: no copy of the designs

  const cdse::CarbonScorer scorer(carbon_);
  for (std::size_t b = 0; b < run.baselines.size(); ++b) {
    const auto& base = run.baselines[b];
    BaselinePoint p;
    p.baseline_index = b;
    p.label = QString::fromStdString(base.label);
    p.evaluated = base.invariants.has_value();
    p.error = QString::fromStdString(base.error);
    if (base.invariants) {
      const auto& v = *base.invariants;
      const auto c = scorer.score(v);
      p.accuracy = v.accuracy_available ? v.accuracy : k_nan;
      p.accuracy_source = v.accuracy_source;
      p.latency_s = v.latency_s;
      p.total_kg = c.total_kg;
      p.embodied_kg = c.embodied_kg;
      p.operational_kg = c.operational_kg;
    }
    s.baselines.push_back(std::move(p));
  }
  return s;
}

std::optional<SelectedDesign> ExplorerModel::designInfo(const DesignRef& shownOrPinned) const
{
  const DesignRef ref = resolved(shownOrPinned);
  const ExplorerRun* run = runs_.find(ref.run);
  if (!run)
    return std::nullopt;
  const cdse::Archive& archive = *run->archive;
  const bool current = archive.carbon_settings() == carbon_;   // runs not on screen may lag until re-scored
  SelectedDesign d;
  d.ref = ref;
  d.settings = carbon_;
  if (refersToArchive(ref)) {
    if (ref.index >= archive.size())
      return std::nullopt;
    const auto& r = archive.record(ref.index);
    d.label = tr("Design #%1").arg(r.index);
    d.design = (run == &shown() ? space_ : run->scenario.space()).decode(r.genome);
    d.evaluated = !r.failed;
    d.error = QString::fromStdString(r.error);
    d.invariants = r.invariants;
    const auto& front = archive.front();
    d.on_front = std::find(front.begin(), front.end(), ref.index) != front.end();
    if (current) {
      d.carbon = archive.carbon(ref.index);
      d.feasibility = archive.feasibility(ref.index);
    } else if (d.evaluated) {
      d.carbon = cdse::CarbonScorer(carbon_).score(d.invariants);
      d.feasibility = archive.constraints().check(d.invariants, d.carbon, accuracyRequired(archive));
    } else {
      d.feasibility.feasible = false;
    }
  } else {
    if (ref.index >= run->baselines.size())
      return std::nullopt;
    const auto& b = run->baselines[ref.index];
    d.label = QString::fromStdString(b.label);
    d.design = b.design;
    d.evaluated = b.invariants.has_value();
    d.error = QString::fromStdString(b.error);
    if (b.invariants) {
      d.invariants = *b.invariants;
      d.carbon = cdse::CarbonScorer(carbon_).score(d.invariants);
      d.feasibility = archive.constraints().check(d.invariants, d.carbon, accuracyRequired(archive));
    } else {
      d.feasibility.feasible = false;
    }
  }
  if (runs_.size() > 1)
    d.label = tr("%1 · %2").arg(run->name, d.label);
  return d;
}

std::optional<DesignRef> ExplorerModel::bestBy(cdse::Objective objective) const
{
  if (const auto i = bestFrontDesign(*shown().archive, objective, carbon_))
    return DesignRef::archive(*i);
  return std::nullopt;
}

void ExplorerModel::select(const std::optional<DesignRef>& ref)
{
  std::optional<DesignRef> shownRef = ref;
  if (shownRef) {
    if (shownRef->run != DesignRef::k_shown_run && shownRef->run != shown().id)
      return;   // a design of another run cannot be selected while this one is shown
    shownRef->run = DesignRef::k_shown_run;
  }
  if (shownRef == selected_)
    return;
  selected_ = shownRef;
  emit selectionChanged();
}

bool ExplorerModel::pin(const DesignRef& ref)
{
  const DesignRef p = resolved(ref);
  if (!pinned_.mayAdd(p) || !designInfo(p))
    return false;
  pinned_.add(p);
  emit pinnedChanged();
  emit runsChanged();
  return true;
}

void ExplorerModel::unpin(const DesignRef& ref)
{
  if (pinned_.remove(resolved(ref))) {
    emit pinnedChanged();
    emit runsChanged();
  }
}

void ExplorerModel::clearPins()
{
  if (!pinned_.clear())
    return;
  emit pinnedChanged();
  emit runsChanged();
}
