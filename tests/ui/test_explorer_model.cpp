// ExplorerModel: the state every panel shares. Baselines are evaluated on load; a search streams
// its records in; the sliders re-score without simulating; constraints re-derive feasibility;
// sessions round-trip; pins and selection follow the designs.
#include <QSignalSpy>
#include <QtTest>

#include "explorer/explorer_model.h"
#include "search/scenario.h"
#include "search/search_runner.h"
#include "search_controller.h"
#include "session/session_json_v1.h"

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
  const auto outcome = finished.takeFirst().at(0).value<SearchRunOutcome>();
  QVERIFY(outcome.archive);
  QCOMPARE(model.designCount(), outcome.archive->size());
  QCOMPARE(model.archive().front(), outcome.archive->front());
}

} // namespace

class TestExplorerModel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

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
    a.mutableAt(5).total_kg = -1;                                  // first chunk
    a.mutableAt(3 * PlotPoints::k_chunk_size + 2).on_front = true;  // the partial last chunk
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
      QCOMPARE(after.points[i].embodied_kg, before.points[i].embodied_kg);       // embodied unchanged
      QVERIFY(after.points[i].operational_kg > 9.9 * before.points[i].operational_kg);
      QCOMPARE(after.points[i].latency_s, before.points[i].latency_s);           // invariants untouched
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
    double fastestFeasible = std::numeric_limits<double>::infinity();
    for (const auto& p : model.snapshot().points)
      if (!p.failed && p.feasible)
        fastestFeasible = std::min(fastestFeasible, p.latency_s);
    const auto fastest = model.bestBy(cdse::Objective::Latency);
    QVERIFY(fastest.has_value());
    QCOMPARE(model.snapshot().points[fastest->index].latency_s, fastestFeasible);
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

    const cdse::Session session = model.toSession({});
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
};

QTEST_MAIN(TestExplorerModel)
#include "test_explorer_model.moc"
