// SearchController under the offscreen platform: progress arrives coalesced, stop() ends the run
// within a bounded time, a search can be destroyed mid-run (window closed) without a hang or a
// crash, and a bad request is reported instead of thrown. No fixed sleeps: QSignalSpy::wait/QTRY_*.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include "core/search/scenario/scenario.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"

#include <QPushButton>

class TestSearchController : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

  void runsToTheEndAndDeliversTheArchive()
  {
    SearchController controller;
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
    QVERIFY(outcome.archive);
    QCOMPARE(static_cast<qint64>(outcome.archive->size()), qint64(48));
    const auto last = text.last().at(0).value<cdse::SearchProgress>();
    QCOMPARE(last.evaluations, std::int64_t(48));
    QCOMPARE(last.state, cdse::SearchState::Finished);
  }

  void stopEndsTheRunQuickly()
  {
    SearchController controller;
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
    QVERIFY(outcome.archive->size() < 1000000u);
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

  void panelStartsAndStopsARun()
  {
    SearchController controller;
    SearchPanel panel(&controller);
    panel.setScenario(cdse::builtin_scenario("reference-clip-b16"));
    QSignalSpy finished(&panel, &SearchPanel::runFinished);
    QVERIFY(!panel.stopButton()->isEnabled());
    QTest::mouseClick(panel.startButton(), Qt::LeftButton);
    QVERIFY(controller.isRunning());
    QVERIFY(!panel.startButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(panel.countersText().contains(QStringLiteral("Evaluations: ")) &&
                                 controller.latestProgress().evaluations > 0, 60000);
    if (panel.stopButton()->isEnabled())   // a 300-design run may already be over
      QTest::mouseClick(panel.stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(panel.startButton()->isEnabled());
    QVERIFY(!panel.stopButton()->isEnabled());
  }
};

QTEST_MAIN(TestSearchController)
#include "test_search_controller.moc"
