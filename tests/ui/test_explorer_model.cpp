// ExplorerModel: the state every panel shares. Baselines are evaluated on load; a search streams
// its records in; the sliders re-score without simulating; constraints re-derive feasibility;
// sessions round-trip; pins and selection follow the designs; every search is a run of its own,
// earlier runs and their pins are kept; "best by" picks from the feasible Pareto front.
#include <QSignalSpy>
#include <QtTest>

#include "core/carbon/carbon_scorer.h"
#include "ui/explorer/explorer_model.h"
#include "ui/explorer/explorer_runs.h"
#include "ui/explorer/pinned_designs.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_runner.h"
#include "ui/search/search_controller.h"
#include "core/session/session_json_v1.h"
#include "synthetic_session.h"

namespace {

// Runs a real search (the core simulator) and streams it into the model, as the window does.
void runSearchInto(ExplorerModel& model, const char* algorithm, int budget)
{
  SearchController controller;
  QObject::connect(&controller, &SearchController::runSetupReady, &model, &ExplorerModel::beginRun);
  QObject::connect(&controller, &SearchController::recordsArrived, &model, &ExplorerModel::appendRecords);
  QSignalSpy finished(&controller, &SearchController::runFinished);
  SearchRunRequest request;
  request.algorithm = QString::fromLatin1(algorithm);
  request.budget = budget;
  request.threads = 2;
  cdse::Scenario scenario = model.scenario();
  scenario.carbon = model.carbonSettings();
  QVERIFY(controller.start(scenario, request));
  QVERIFY(finished.wait(120000));
  // Every evaluated design has streamed in before runFinished: the run's last counters and front.
  const cdse::SearchProgress last = controller.latestProgress();
  QCOMPARE(static_cast<std::int64_t>(model.designCount()), last.evaluations);
  QCOMPARE(static_cast<std::int64_t>(model.archive().feasible_count()), last.feasible);
  std::vector<std::size_t> front;
  for (const auto& p : last.front)
    front.push_back(p.archive_index);
  std::sort(front.begin(), front.end());
  QCOMPARE(model.archive().front(), front);
}

// A one-run session whose designs have the given (accuracy, area) and otherwise equal
// invariants, in this order: the carbon grows with the area.
cdse::Session handMadeSession(const std::vector<std::pair<double, double>>& accuracyAndArea)
{
  return syntheticSession(accuracyAndArea.size(), [&](std::size_t i) {
    SyntheticDesign d;
    d.accuracy = accuracyAndArea[i].first;
    d.area_mm2 = accuracyAndArea[i].second;
    return d;
  });
}

}   // namespace

class TestExplorerModel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

  // The run list's bookkeeping: ids are never reused, the shown run stays shown when another run
  // goes, and removing the shown run shows its successor (or the new last run).
  void runIdsAreNeverReusedAndErasingKeepsTheShownRun()
  {
    ExplorerRuns runs;
    QCOMPARE(runs.size(), std::size_t{1});   // the placeholder, shown
    const std::uint64_t placeholder = runs.shown().id;
    ExplorerRun started;
    started.started_utc = "2026-01-01T00:00:00Z";
    const std::uint64_t a = runs.add(started, true).id;   // replaces the placeholder
    QCOMPARE(runs.size(), std::size_t{1});
    QVERIFY(a != placeholder);
    const std::uint64_t b = runs.add(started, false).id;
    const std::uint64_t c = runs.add(ExplorerRun{}, false).id;
    QCOMPARE(runs.startedCount(), 2);
    QCOMPARE(runs.shown().id, c);
    runs.setShown(runs.indexOf(b));
    runs.erase(runs.indexOf(a));   // before the shown run
    QCOMPARE(runs.shown().id, b);
    runs.erase(runs.indexOf(b));   // the shown run: its successor
    QCOMPARE(runs.shown().id, c);
    QVERIFY(!runs.find(b));
    runs.erase(runs.indexOf(c));   // never the last one
    QCOMPARE(runs.size(), std::size_t{1});
    std::vector<ExplorerRun> adopted(2);
    adopted[0].id = runs.nextId();
    adopted[1].id = runs.nextId() + 1;
    runs.adopt(std::move(adopted), 1);
    QCOMPARE(runs.shownIndex(), std::size_t{1});
    const std::uint64_t next = runs.add(ExplorerRun{}, false).id;
    for (std::uint64_t used : {placeholder, a, b, c})
      QVERIFY(next != used);
    QVERIFY(next > runs.at(1).id);
  }

  // Pins: at most k_max, none twice, counted and dropped per run, and handed to the shown run's
  // snapshot as references to the run on screen.
  void pinsAreBoundedUniqueAndFollowTheirRuns()
  {
    PinnedDesigns pins;
    auto ref = [](std::size_t index, std::uint64_t run) {
      DesignRef r = DesignRef::archive(index);
      r.run = run;
      return r;
    };
    QVERIFY(!pins.clear());
    QVERIFY(pins.add(ref(0, 1)));
    QVERIFY(!pins.add(ref(0, 1)));   // already pinned
    QVERIFY(pins.add(ref(0, 2)));    // the same index of another run is another design
    QVERIFY(pins.add(ref(5, 2)));
    QVERIFY(pins.add(ref(7, 3)));
    QVERIFY(!pins.add(ref(8, 3)));   // full
    QCOMPARE(pins.refs().size(), std::size_t(PinnedDesigns::k_max));
    QCOMPARE(pins.countIn(2), std::size_t{2});
    QVERIFY(pins.anyOutside(2));
    const std::vector<DesignRef> shown = pins.ofShownRun(2);
    QCOMPARE(shown.size(), std::size_t{2});
    QCOMPARE(shown[1], DesignRef::archive(5));   // run 0: the run on screen
    pins.removeRun(2);
    QCOMPARE(pins.refs().size(), std::size_t{2});
    QVERIFY(pins.remove(ref(0, 1)));
    QVERIFY(!pins.remove(ref(0, 1)));
    QVERIFY(!pins.anyOutside(3));
    QVERIFY(pins.clear());
    QVERIFY(pins.empty());
  }

  // Snapshots share the model's storage: a copy must not see later changes, in any chunk.
  void plotPointCopiesAreIndependentValues()
  {
    PlotPoints a;
    for (std::size_t i = 0; i < 3 * PlotPoints::k_chunk_size + 7; ++i) {
      PlotPoint p;
      p.archive_index = i;
      p.total_kg = static_cast<double>(i);
      a.push_back(p);
    }
    const PlotPoints copy = a;
    a.mutableAt(5).total_kg = -1;                                    // first chunk
    a.mutableAt(3 * PlotPoints::k_chunk_size + 2).on_front = true;   // the partial last chunk
    PlotPoint extra;
    extra.archive_index = a.size();
    a.push_back(extra);
    QCOMPARE(copy.size(), 3 * PlotPoints::k_chunk_size + 7);
    QCOMPARE(a.size(), copy.size() + 1);
    QCOMPARE(copy[5].total_kg, 5.0);
    QCOMPARE(a[5].total_kg, -1.0);
    QVERIFY(!copy[3 * PlotPoints::k_chunk_size + 2].on_front);
    QVERIFY(a[3 * PlotPoints::k_chunk_size + 2].on_front);
    std::size_t expected = 0;
    for (const PlotPoint& p : copy)
      QCOMPARE(p.archive_index, expected++);
    QCOMPARE(expected, copy.size());
    a.resize(10);
    QCOMPARE(a.size(), std::size_t{10});
    QCOMPARE(copy.back().archive_index, copy.size() - 1);
  }

  // The model's snapshots stay what they were when taken while designs arrive and the sliders move.
  void aSnapshotIsNotChangedByLaterDesignsOrRescoring()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 64);
    const FrontSnapshot before = model.snapshot();
    std::vector<double> totals;
    for (const auto& p : before.points)
      totals.push_back(p.total_kg);
    cdse::CarbonSettings dirtier = model.carbonSettings();
    dirtier.grid_region.clear();
    dirtier.grid_intensity_g_per_kwh *= 10;
    model.setCarbonSettings(dirtier);
    const FrontSnapshot after = model.snapshot();
    QCOMPARE(before.points.size(), totals.size());
    for (std::size_t i = 0; i < totals.size(); ++i) {
      QCOMPARE(before.points[i].total_kg, totals[i]);
      if (!after.points[i].failed)
        QVERIFY(after.points[i].total_kg > totals[i]);
    }
  }

  void loadingAScenarioEvaluatesItsBaselines()
  {
    ExplorerModel model;
    QSignalSpy changed(&model, &ExplorerModel::designsChanged);
    const auto scenario = cdse::builtin_scenario("reference-clip-b16");
    model.loadScenario(scenario);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.baselines().size(), scenario.baselines.size());
    QVERIFY(!model.baselines().empty());
    const FrontSnapshot s = model.snapshot();
    QCOMPARE(s.baselines.size(), scenario.baselines.size());
    for (const auto& b : s.baselines) {
      QVERIFY2(b.evaluated, qPrintable(b.error));
      QVERIFY(b.latency_s > 0);
      QVERIFY(b.total_kg > 0);
      QCOMPARE(b.total_kg, b.embodied_kg + b.operational_kg);
    }
    QCOMPARE(model.designCount(), std::size_t{0});
    const auto info = model.designInfo(DesignRef::baseline(0));
    QVERIFY(info.has_value());
    QCOMPARE(info->label, QString::fromStdString(scenario.baselines[0].label));
    QVERIFY(!model.designInfo(DesignRef::baseline(99)).has_value());
  }

  void aSearchStreamsEveryDesignIntoTheModel()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 96);
    const FrontSnapshot s = model.snapshot();
    QCOMPARE(s.points.size(), std::size_t{96});
    int onFront = 0;
    for (const auto& p : s.points)
      onFront += p.on_front ? 1 : 0;
    QCOMPARE(std::size_t(onFront), model.archive().front().size());
    QVERIFY(!s.hypervolume_trace.empty());
  }

  void movingTheGridSliderRescoresWithoutSimulating()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 64);
    const FrontSnapshot before = model.snapshot();
    const auto latencyBefore = model.archive().record(0).invariants.latency_s;

    cdse::CarbonSettings dirty = model.carbonSettings();
    dirty.grid_intensity_g_per_kwh *= 10;
    dirty.grid_region.clear();
    QSignalSpy changed(&model, &ExplorerModel::designsChanged);
    model.setCarbonSettings(dirty);
    QCOMPARE(changed.count(), 1);
    const FrontSnapshot after = model.snapshot();
    QVERIFY(after.generation != before.generation);
    for (std::size_t i = 0; i < after.points.size(); ++i) {
      if (after.points[i].failed)
        continue;
      QCOMPARE(after.points[i].embodied_kg, before.points[i].embodied_kg);   // embodied unchanged
      QVERIFY(after.points[i].operational_kg > 9.9 * before.points[i].operational_kg);
      QCOMPARE(after.points[i].latency_s, before.points[i].latency_s);   // invariants untouched
    }
    // The split shifts towards operational carbon.
    const auto share = [](const PlotPoint& p) { return p.operational_kg / p.total_kg; };
    QVERIFY(share(after.points[0]) > share(before.points[0]));
    QCOMPARE(model.archive().record(0).invariants.latency_s, latencyBefore);
    // Same settings again: no work, no signal.
    model.setCarbonSettings(dirty);
    QCOMPARE(changed.count(), 1);
  }

  void invalidSettingsAreRefusedAndChangeNothing()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    const auto good = model.carbonSettings();
    cdse::CarbonSettings bad = good;
    bad.yield = 0;
    bool threw = false;
    try {
      model.setCarbonSettings(bad);
    } catch (const std::exception&) {
      threw = true;
    }
    QVERIFY(threw);
    QVERIFY(model.carbonSettings() == good);
  }

  void aLatencyLimitMakesSlowDesignsInfeasible()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 64);
    std::vector<double> latencies;
    for (const auto& p : model.snapshot().points)
      if (!p.failed)
        latencies.push_back(p.latency_s);
    std::sort(latencies.begin(), latencies.end());
    const double limit = latencies[latencies.size() / 2];
    cdse::SearchConstraints c = model.constraints();
    c.max_latency_s = limit;
    model.setConstraints(c);
    for (const auto& p : model.snapshot().points)
      if (!p.failed && p.latency_s > limit)
        QVERIFY(!p.feasible);
    double fastestOnFront = std::numeric_limits<double>::infinity();
    for (const auto& p : model.snapshot().points)
      if (!p.failed && p.feasible && p.on_front)
        fastestOnFront = std::min(fastestOnFront, p.latency_s);
    const auto fastest = model.bestBy(cdse::Objective::Latency);
    QVERIFY(fastest.has_value());
    QVERIFY(model.snapshot().points[fastest->index].feasible);
    QCOMPARE(model.snapshot().points[fastest->index].latency_s, fastestOnFront);
  }

  void aSessionRoundTripsDesignsPinsAndSelection()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 48);
    cdse::CarbonSettings s = model.carbonSettings();
    s.lifetime_years = 7;
    model.setCarbonSettings(s);
    QVERIFY(model.pin(DesignRef::archive(3)));
    QVERIFY(model.pin(DesignRef::archive(5)));
    QVERIFY(!model.pin(DesignRef::archive(5)));   // already pinned
    model.select(DesignRef::archive(7));

    const cdse::Session session = model.toSession();
    const auto json = cdse::session_to_v1_json(session);
    ExplorerModel reopened;
    reopened.loadSession(cdse::session_from_v1_json(json));
    QCOMPARE(reopened.designCount(), model.designCount());
    QCOMPARE(reopened.carbonSettings().lifetime_years, 7.0);
    QCOMPARE(reopened.pinned().size(), std::size_t{2});
    QVERIFY(reopened.selected() == DesignRef::archive(7));
    const auto a = model.snapshot(), b = reopened.snapshot();
    for (std::size_t i = 0; i < a.points.size(); ++i)
      QCOMPARE(b.points[i].total_kg, a.points[i].total_kg);
    QCOMPARE(b.baselines.size(), a.baselines.size());
  }

  void atMostFourDesignsArePinned()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 16);
    for (std::size_t i = 0; i < 4; ++i)
      QVERIFY(model.pin(DesignRef::archive(i)));
    QVERIFY(!model.pin(DesignRef::archive(4)));
    model.unpin(DesignRef::archive(0));
    QVERIFY(model.pin(DesignRef::baseline(0)));
  }

  // Issue 12: "most accurate" picked a dominated design that merely tied on accuracy (the first of
  // the tie in evaluation order) instead of the front design of that accuracy with less carbon.
  void bestByPicksFromTheFeasibleFrontAndBreaksTiesByTheOtherObjectives()
  {
    // 0: accurate but large (dominated by 1); 1: as accurate, small; 2: less accurate, smallest.
    ExplorerModel model;
    model.loadSession(handMadeSession({{0.80, 40}, {0.80, 6}, {0.70, 3}}));
    QCOMPARE(model.designCount(), std::size_t{3});
    const auto& front = model.archive().front();
    QVERIFY(std::find(front.begin(), front.end(), std::size_t{0}) == front.end());
    QVERIFY(model.archive().carbon(0).total_kg > model.archive().carbon(1).total_kg);
    QCOMPARE(model.bestBy(cdse::Objective::Accuracy), std::optional<DesignRef>(DesignRef::archive(1)));
    QCOMPARE(model.bestBy(cdse::Objective::TotalCarbon), std::optional<DesignRef>(DesignRef::archive(2)));
    // All equally fast: the tie goes to the run's first objective (accuracy), then carbon.
    QCOMPARE(model.bestBy(cdse::Objective::Latency), std::optional<DesignRef>(DesignRef::archive(1)));
    // An accuracy floor above 0.8 leaves no feasible design: nothing to pick.
    cdse::SearchConstraints floor = model.constraints();
    floor.min_accuracy = 0.9;
    model.setConstraints(floor);
    QVERIFY(!model.bestBy(cdse::Objective::Accuracy).has_value());
  }

  // A real search: whatever "best by" returns is on the feasible front, and no front design is
  // better in that objective, nor equal in it and better in the next one.
  void bestByIsAlwaysAFrontDesignOfARealRun()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 120);
    const auto& a = model.archive();
    for (auto objective : {cdse::Objective::Accuracy, cdse::Objective::TotalCarbon, cdse::Objective::Latency}) {
      const auto best = model.bestBy(objective);
      QVERIFY(best.has_value());
      QVERIFY(std::find(a.front().begin(), a.front().end(), best->index) != a.front().end());
      const double v = cdse::objective_value(objective, a.record(best->index).invariants, a.carbon(best->index),
                                             model.carbonSettings());
      for (std::size_t i : a.front())
        QVERIFY(cdse::objective_value(objective, a.record(i).invariants, a.carbon(i), model.carbonSettings()) >=
                v - 1e-12 * std::abs(v));
    }
  }

  // Issue 12: a new search used to discard the previous run and every pin.
  void aNewSearchKeepsEarlierRunsAndTheirPins()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    QCOMPARE(model.runCount(), std::size_t{1});
    runSearchInto(model, "random", 32);
    QCOMPARE(model.runCount(), std::size_t{1});   // the scenario's not-started run became run 1
    const std::uint64_t run1 = model.shownRunId();
    QVERIFY(model.pin(DesignRef::archive(3)));
    const cdse::ArchiveRecord pinnedRecord = model.archive().record(3);

    runSearchInto(model, "random", 24);
    QCOMPARE(model.runCount(), std::size_t{2});
    QVERIFY(model.shownRunId() != run1);
    QCOMPARE(model.designCount(), std::size_t{24});
    QCOMPARE(model.pinned().size(), std::size_t{1});
    QCOMPARE(model.pinned()[0].run, run1);
    QVERIFY(model.snapshot().pinned.empty());   // not drawn on run 2's fronts
    const auto info = model.designInfo(model.pinned()[0]);
    QVERIFY(info.has_value());
    QCOMPARE(info->invariants.latency_s, pinnedRecord.invariants.latency_s);
    const auto runs = model.runs();
    QVERIFY(info->label.startsWith(runs[0].name));
    QCOMPARE(runs[0].designs, std::size_t{32});
    QCOMPARE(runs[0].pinned, std::size_t{1});
    QCOMPARE(runs[1].algorithm, QStringLiteral("random"));
    QVERIFY(!runs[1].startedUtc.isEmpty());
    QVERIFY(runs[1].shown && !runs[0].shown);

    // The pin of run 1 follows the sliders while run 2 is shown: its carbon at once, its run's
    // front after the delayed re-score.
    cdse::CarbonSettings dirty = model.carbonSettings();
    dirty.grid_intensity_g_per_kwh *= 5;
    dirty.grid_region.clear();
    QSignalSpy pinned(&model, &ExplorerModel::pinnedChanged);
    model.setCarbonSettings(dirty);
    const auto rescored = model.designInfo(model.pinned()[0]);
    QCOMPARE(rescored->carbon.total_kg, cdse::CarbonScorer(dirty).score(pinnedRecord.invariants).total_kg);
    QVERIFY(pinned.wait(2000));

    // Showing run 1 again: its designs, with the pin drawn.
    QVERIFY(model.showRun(run1));
    QCOMPARE(model.designCount(), std::size_t{32});
    QCOMPARE(model.snapshot().pinned.size(), std::size_t{1});
    QCOMPARE(model.snapshot().pinned[0], DesignRef::archive(3));
    QCOMPARE(model.snapshot().points.size(), std::size_t{32});
    QVERIFY(model.renameRun(run1, QStringLiteral("  first try ")));
    QCOMPARE(model.runs()[0].name, QStringLiteral("first try"));
    QVERIFY(!model.renameRun(run1, QStringLiteral("  ")));

    // Removing run 1 (the window asks first) takes its pin along; the last run stays.
    QVERIFY(model.removeRun(run1));
    QCOMPARE(model.runCount(), std::size_t{1});
    QVERIFY(model.pinned().empty());
    QCOMPARE(model.designCount(), std::size_t{24});
    QVERIFY(!model.removeRun(model.shownRunId()));
  }

  // Several runs, pins into both and the selection survive toSession → file value → adoptSession.
  void aMultiRunSessionRoundTrips()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 20);
    QVERIFY(model.pin(DesignRef::archive(2)));
    runSearchInto(model, "nsga2", 30);
    QVERIFY(model.pin(DesignRef::archive(5)));
    model.select(DesignRef::archive(7));
    QVERIFY(model.renameRun(model.shownRunId(), QStringLiteral("wide")));

    const cdse::Session session = model.toSession();
    QCOMPARE(session.runs.size(), std::size_t{2});
    QCOMPARE(session.active_run, std::size_t{1});
    QCOMPARE(session.runs[1].name, std::string("wide"));
    QCOMPARE(session.runs[1].settings.algorithm, std::string("nsga2"));
    QCOMPARE(session.pinned.size(), std::size_t{2});

    ExplorerModel reopened;
    reopened.adoptSession(prepareSession(session));
    QCOMPARE(reopened.runCount(), std::size_t{2});
    QCOMPARE(reopened.designCount(), std::size_t{30});
    QCOMPARE(reopened.runs()[1].name, QStringLiteral("wide"));
    QCOMPARE(reopened.runs()[0].designs, std::size_t{20});
    QCOMPARE(reopened.pinned().size(), std::size_t{2});
    QCOMPARE(reopened.pinned()[0].run, reopened.runs()[0].id);
    QCOMPARE(reopened.pinned()[0].index, std::size_t{2});
    QCOMPARE(reopened.selected(), std::optional<DesignRef>(DesignRef::archive(7)));
    for (const auto& ref : reopened.pinned())
      QCOMPARE(reopened.designInfo(ref)->invariants.latency_s,
               model.designInfo(model.pinned()[&ref - &reopened.pinned()[0]])->invariants.latency_s);
  }

  // A save is copied a slice at a time; what streams in or changes meanwhile is not in it, and the
  // slices add up to exactly the state at capture time.
  void aSessionCapturedInSlicesIsTheStateAtCaptureTime()
  {
    ExplorerModel model;
    model.loadSession(handMadeSession({{0.80, 40}, {0.80, 6}, {0.70, 3}, {0.75, 9}, {0.72, 12}}));
    const cdse::Session whole = model.toSession();
    SessionCapture capture = model.captureSession();
    QVERIFY(!capture.copySome(2));
    cdse::CarbonSettings dirty = model.carbonSettings();
    dirty.grid_intensity_g_per_kwh *= 3;
    dirty.grid_region.clear();
    model.setCarbonSettings(dirty);   // re-scores, designs unchanged
    cdse::SearchConstraints limit = model.constraints();
    limit.min_accuracy = 0.74;
    model.setConstraints(limit);   // re-judges the run's designs in place
    QVERIFY(!capture.copySome(2));
    QVERIFY(capture.copySome(2));
    const cdse::Session sliced = capture.take();
    QCOMPARE(sliced.runs.size(), std::size_t{1});
    QCOMPARE(sliced.runs[0].designs.size(), whole.runs[0].designs.size());
    for (std::size_t i = 0; i < whole.runs[0].designs.size(); ++i) {
      QCOMPARE(sliced.runs[0].designs[i].index, whole.runs[0].designs[i].index);
      QCOMPARE(sliced.runs[0].designs[i].invariants.area_mm2, whole.runs[0].designs[i].invariants.area_mm2);
    }
    QVERIFY(sliced.carbon == whole.carbon);   // the assumptions when the save was asked for
    QVERIFY(!sliced.runs[0].scenario.constraints.min_accuracy.has_value());
  }

  // Opening a scenario adds a run instead of dropping the designs searched so far.
  // A plot may still show the previous run's frame for a moment after another run is shown; a
  // click on it names that run (snapshot.run_id) and selects nothing in the new one.
  void aClickOnAFrameOfAnotherRunSelectsNothing()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 16);
    const FrontSnapshot stale = model.snapshot();
    QCOMPARE(stale.run_id, model.shownRunId());
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 16);
    QVERIFY(model.shownRunId() != stale.run_id);
    DesignRef click = DesignRef::archive(2);
    click.run = stale.run_id;
    model.select(click);
    QVERIFY(!model.selected());
    click.run = model.snapshot().run_id;
    model.select(click);
    QCOMPARE(model.selected(), std::optional<DesignRef>(DesignRef::archive(2)));
  }

  // Removing the shown run announces once, with the run already gone from the list.
  void removingTheShownRunAnnouncesOnceWithoutIt()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 8);
    const std::uint64_t first = model.shownRunId();
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 12);
    const std::uint64_t second = model.shownRunId();
    int announced = 0;
    bool listedWhileAnnounced = false;
    connect(&model, &ExplorerModel::runsChanged, this, [&] {
      ++announced;
      for (const RunSummary& r : model.runs())
        listedWhileAnnounced = listedWhileAnnounced || r.id == second;
    });
    QVERIFY(model.removeRun(second));
    QCOMPARE(announced, 1);
    QVERIFY(!listedWhileAnnounced);
    QCOMPARE(model.shownRunId(), first);
    QCOMPARE(model.designCount(), std::size_t{8});
    QVERIFY(!model.removeRun(first));   // the last run stays
  }

  void openingAScenarioKeepsTheRunsSoFar()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    runSearchInto(model, "random", 16);
    QVERIFY(model.pin(DesignRef::archive(1)));
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    QCOMPARE(model.runCount(), std::size_t{2});
    QCOMPARE(model.designCount(), std::size_t{0});
    QCOMPARE(model.pinned().size(), std::size_t{1});
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));   // replaces the empty one
    QCOMPARE(model.runCount(), std::size_t{2});
  }
};

QTEST_MAIN(TestExplorerModel)
#include "test_explorer_model.moc"
