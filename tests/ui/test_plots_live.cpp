// The fronts and hypervolume plots fed by a real search of the built-in reference scenario,
// through ExplorerModel as the window does: every evaluated design with metrics is drawn, the
// baselines are placed. Set CARBONDSE_PLOTS_SCREENSHOT=<dir> to save pictures to look at.
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

#include "ui/explorer/explorer_model.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/plots/plot_export.h"
#include "ui/plots/projection_plot.h"
#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"

class TestPlotsLive : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

  void aRealSearchIsDrawn()
  {
    ExplorerModel model;
    model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
    SearchController controller;
    connect(&controller, &SearchController::runSetupReady, &model, &ExplorerModel::beginRun);
    connect(&controller, &SearchController::recordsArrived, &model, &ExplorerModel::appendRecords);
    QSignalSpy finished(&controller, &SearchController::runFinished);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("nsga2");
    request.budget = 600;
    request.threads = 2;
    cdse::Scenario scenario = model.scenario();
    scenario.carbon = model.carbonSettings();
    QVERIFY(controller.start(scenario, request));
    QVERIFY(finished.wait(240000));
    if (const auto best = model.bestBy(cdse::Objective::TotalCarbon))
      model.select(best);
    if (const auto fastest = model.bestBy(cdse::Objective::Latency))
      model.pin(*fastest);

    const FrontSnapshot s = model.snapshot();
    FrontsView fronts;
    fronts.resize(1500, 500);
    fronts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fronts));
    fronts.setSnapshot(s);
    fronts.redrawNow();
    std::size_t withMetrics = 0;
    std::size_t onFront = 0;
    for (const auto& p : s.points) {
      withMetrics += (!p.failed && std::isfinite(p.latency_s) && std::isfinite(p.total_kg)) ? 1 : 0;
      onFront += (!p.failed && p.on_front) ? 1 : 0;
    }
    ProjectionPlot* latCarbon = fronts.projection(1);
    QCOMPARE(latCarbon->pointCount(PointClass::Front) + latCarbon->pointCount(PointClass::Dominated) +
                 latCarbon->pointCount(PointClass::Infeasible),
             withMetrics);
    QCOMPARE(latCarbon->pointCount(PointClass::Front), onFront);
    QVERIFY(latCarbon->staircaseCount() > 0);
    std::size_t evaluatedBaselines = 0;
    for (const auto& b : s.baselines)
      evaluatedBaselines += b.evaluated ? 1 : 0;
    QCOMPARE(latCarbon->baselineCount(), evaluatedBaselines);
    if (s.selected)
      QVERIFY(latCarbon->hasSelectionMark());

    HypervolumePlot hv;
    hv.resize(500, 300);
    hv.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hv));
    hv.setSnapshot(s);
    hv.redrawNow();
    QCOMPARE(hv.sampleCount(), s.hypervolume_trace.size());

    const QByteArray dir = qgetenv("CARBONDSE_PLOTS_SCREENSHOT");
    if (!dir.isEmpty()) {
      QTest::qWait(100);
      fronts.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/fronts.png"));
      hv.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/hypervolume.png"));
      for (const char* name : {"/fronts_export.png", "/fronts_export.svg", "/fronts_export.pdf"})
        QCOMPARE(exportPlots(fronts.plots(), QString::fromLocal8Bit(dir) + QLatin1String(name)), QString());
    }
  }
};

QTEST_MAIN(TestPlotsLive)
#include "test_plots_live.moc"
