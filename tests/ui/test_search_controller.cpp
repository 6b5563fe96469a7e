// SearchController under the offscreen platform: progress arrives coalesced, every design is
// streamed once before runFinished, stop() ends the run within a bounded time, a search can be
// destroyed mid-run (window closed) without a hang or a crash, and a bad request is reported
// instead of thrown. The panel only asks for a start. No fixed sleeps: QSignalSpy::wait/QTRY_*.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"

#include <QPushButton>

#include <set>

namespace {

// Collects what the window's model receives: the run setup and every streamed record.
struct StreamedRun {
  int setups = 0;
  std::vector<cdse::ArchiveRecord> records;

  explicit StreamedRun(SearchController& controller)
  {
    QObject::connect(&controller, &SearchController::runSetupReady, &controller,
                     [this](const cdse::Scenario&, const cdse::ArchiveSetup&, const cdse::SessionRunSettings&) {
                       ++setups;
                     });
    QObject::connect(&controller, &SearchController::recordsArrived, &controller,
                     [this](const std::vector<cdse::ArchiveRecord>& r) {
                       records.insert(records.end(), r.begin(), r.end());
                     });
  }
  std::set<std::int64_t> indexes() const
  {
    std::set<std::int64_t> out;
    for (const auto& r : records)
      out.insert(r.index);
    return out;
  }
};

}   // namespace

class TestSearchController : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

  void runsToTheEndAndStreamsEveryDesignOnce()
  {
    SearchController controller;
    StreamedRun streamed(controller);
    QSignalSpy text(&controller, &SearchController::textProgress);
    QSignalSpy finished(&controller, &SearchController::runFinished);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 48;
    request.threads = 2;
    QVERIFY(controller.start(cdse::builtin_scenario("reference-clip-b16"), request));
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!controller.isRunning());
    QVERIFY(text.count() >= 1);
    const auto outcome = finished.takeFirst().at(0).value<SearchRunOutcome>();
    QCOMPARE(outcome.state, cdse::SearchState::Finished);
    QVERIFY(outcome.error.isEmpty());
    const auto last = text.last().at(0).value<cdse::SearchProgress>();
    QCOMPARE(last.evaluations, std::int64_t(48));
    QCOMPARE(last.state, cdse::SearchState::Finished);
    // All of them arrived before runFinished, each once, after one setup.
    QCOMPARE(streamed.setups, 1);
    QCOMPARE(streamed.records.size(), std::size_t(48));
    QCOMPARE(streamed.indexes().size(), std::size_t(48));
  }

  void stopEndsTheRunQuickly()
  {
    SearchController controller;
    StreamedRun streamed(controller);
    QSignalSpy text(&controller, &SearchController::textProgress);
    QSignalSpy finished(&controller, &SearchController::runFinished);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 1000000;
    request.threads = 2;
    QVERIFY(controller.start(cdse::builtin_scenario("reference-clip-b16"), request));
    QTRY_VERIFY_WITH_TIMEOUT(controller.latestProgress().evaluations > 0, 60000);
    QElapsedTimer clock;
    clock.start();
    controller.stop();
    QVERIFY(finished.wait(10000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const auto outcome = finished.takeFirst().at(0).value<SearchRunOutcome>();
    QCOMPARE(outcome.state, cdse::SearchState::Cancelled);
    // The designs evaluated before the stop are all streamed, none twice.
    const std::int64_t evaluated = controller.latestProgress().evaluations;
    QVERIFY(evaluated > 0 && evaluated < 1000000);
    QCOMPARE(static_cast<std::int64_t>(streamed.records.size()), evaluated);
    QCOMPARE(static_cast<std::int64_t>(streamed.indexes().size()), evaluated);
  }

  void pauseHoldsAndResumeContinues()
  {
    SearchController controller;
    QSignalSpy finished(&controller, &SearchController::runFinished);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 1000000;
    QVERIFY(controller.start(cdse::builtin_scenario("reference-clip-b16"), request));
    QTRY_VERIFY_WITH_TIMEOUT(controller.latestProgress().evaluations > 0, 60000);
    controller.pause();
    QVERIFY(controller.isPaused());
    QTRY_COMPARE_WITH_TIMEOUT(controller.latestProgress().state, cdse::SearchState::Paused, 10000);
    controller.resume();
    QTRY_COMPARE_WITH_TIMEOUT(controller.latestProgress().state, cdse::SearchState::Running, 10000);
    controller.stop();
    QVERIFY(finished.wait(10000));
  }

  void destroyingDuringASearchIsClean()
  {
    auto controller = std::make_unique<SearchController>();
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 1000000;
    request.threads = 2;
    QVERIFY(controller->start(cdse::builtin_scenario("reference-clip-b16"), request));
    QTRY_VERIFY_WITH_TIMEOUT(controller->latestProgress().evaluations > 0, 60000);
    QElapsedTimer clock;
    clock.start();
    controller.reset();   // what closing the main window does
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
  }

  void unknownAlgorithmIsReportedNotThrown()
  {
    SearchController controller;
    QSignalSpy failed(&controller, &SearchController::runFailed);
    SearchRunRequest request;
    request.algorithm = QStringLiteral("simulated-annealing");
    QVERIFY(!controller.start(cdse::builtin_scenario("reference-clip-b16"), request));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("simulated-annealing")));
    QVERIFY(!controller.isRunning());
  }

  // Start only asks; whoever owns the scenario (the window) starts the controller, and the panel's
  // buttons follow the controller's run, however it was started.
  void panelAsksToStartAndFollowsTheRun()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    const cdse::Scenario scenario = cdse::builtin_scenario("reference-clip-b16");
    panel.setScenario(scenario);
    QSignalSpy requested(&panel, &SearchPanel::startRequested);
    QSignalSpy finished(&controller, &SearchController::runFinished);
    QVERIFY(!panel.stopButton()->isEnabled());
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(!controller.isRunning());   // the panel does not start a run itself
    QVERIFY(panel.startButton()->isEnabled());
    QVERIFY(controller.start(scenario, panel.request()));
    QVERIFY(!panel.startButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(panel.countersText().contains(QStringLiteral("Evaluations: ")) &&
                                 controller.latestProgress().evaluations > 0,
                             60000);
    if (panel.stopButton()->isEnabled())   // a 300-design run may already be over
      QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(panel.startButton()->isEnabled());
    QVERIFY(!panel.stopButton()->isEnabled());
  }
};

QTEST_MAIN(TestSearchController)
#include "test_search_controller.moc"
