// The main window as a user drives it (offscreen): the reference scenario's baselines are on the
// plots at start, a slider re-scores the front, a search starts and stops from the menu actions,
// a selection fills the drill-down, sessions round-trip, exports write files that parse, the
// language switches live, and closing the window mid-search stops the workers.
#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "app/language_manager.h"
#include "app/main_actions.h"
#include "app/main_window.h"
#include "assumptions/assumptions_panel.h"
#include "explorer/explorer_model.h"
#include "export/design_table_export.h"
#include "plots/fronts_view.h"
#include "plots/plot_export.h"
#include "search_controller.h"
#include "search_panel.h"

namespace {

// Runs a short real search from the window's Start action and waits for it to end.
void runSearch(MainWindow& window, int budget)
{
  auto* budgetBox = window.searchPanel()->findChild<QSpinBox*>(QStringLiteral("searchBudget"));
  QVERIFY(budgetBox);
  budgetBox->setValue(budget);
  QSignalSpy finished(window.searchPanel(), &SearchPanel::runFinished);
  window.actions()->startSearch->trigger();
  QVERIFY(window.controller()->isRunning());
  QVERIFY(finished.wait(120000));
  QCOMPARE(window.model()->designCount(), std::size_t(budget));
}

} // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
private slots:
  void initTestCase()
  {
    QCoreApplication::setOrganizationName(QStringLiteral("CarbonDSE-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
    languages_.setLanguage(QStringLiteral("en"));
  }

  void startsWithTheReferenceBaselinesPlottedWithinASecond()
  {
    QElapsedTimer clock;
    clock.start();
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const qint64 ms = clock.elapsed();
    qInfo("window up with baselines in %lld ms", static_cast<long long>(ms));
    QVERIFY(ms < 1000);
    const FrontSnapshot s = window.model()->snapshot();
    QVERIFY(!s.baselines.empty());
    for (const auto& b : s.baselines)
      QVERIFY(b.evaluated && b.total_kg > 0);
    QVERIFY(window.windowTitle().contains(QStringLiteral("CarbonDSE")));
  }

  void aSliderMoveRescoresTheFrontWithoutASearch()
  {
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    runSearch(window, 80);
    const FrontSnapshot before = window.model()->snapshot();
    cdse::CarbonSettings s = window.assumptions()->settings();
    s.grid_intensity_g_per_kwh = 800;
    s.grid_region.clear();
    window.assumptions()->setSettings(s);
    emit window.assumptions()->settingsChanged(s);   // what a slider move sends
    const FrontSnapshot after = window.model()->snapshot();
    QCOMPARE(window.model()->carbonSettings().grid_intensity_g_per_kwh, 800.0);
    QCOMPARE(after.points.size(), before.points.size());
    bool shifted = false;
    for (std::size_t i = 0; i < after.points.size(); ++i)
      if (!after.points[i].failed) {
        QCOMPARE(after.points[i].embodied_kg, before.points[i].embodied_kg);
        shifted = shifted || after.points[i].operational_kg > before.points[i].operational_kg;
      }
    QVERIFY(shifted);
    auto* split = window.findChild<QLabel*>(QStringLiteral("statusSplit"));
    QVERIFY(split && split->text().contains(QStringLiteral("operational")));
  }

  void selectionFillsTheDrillDown()
  {
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    runSearch(window, 40);
    QVERIFY(window.selectBest(cdse::Objective::TotalCarbon));
    const auto selected = window.model()->selected();
    QVERIFY(selected.has_value());
    const auto info = window.model()->designInfo(*selected);
    QVERIFY(info && info->evaluated);
    // The status line names the selected design and its carbon split.
    auto* split = window.findChild<QLabel*>(QStringLiteral("statusSplit"));
    QVERIFY(split->text().contains(info->label));
  }

  void sessionsRoundTripThroughTheWindow()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.cdse.json"));
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    runSearch(window, 32);
    QVERIFY(window.model()->pin(DesignRef::archive(1)));
    QVERIFY(window.saveSession(path).isEmpty());
    MainWindow reopened(&languages_, false);
    QVERIFY(reopened.openSession(path).isEmpty());
    QCOMPARE(reopened.model()->designCount(), std::size_t{32});
    QCOMPARE(reopened.model()->pinned().size(), std::size_t{1});
    // A broken file is refused with a message naming it, and the open session is kept.
    const QString broken = dir.filePath(QStringLiteral("broken.cdse.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"carbondse-session\", \"version\": 1, \"designs\": [");
    f.close();
    const QString error = reopened.openSession(broken);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("broken.cdse.json")), qPrintable(error));
    QCOMPARE(reopened.model()->designCount(), std::size_t{32});
  }

  void exportsWriteFilesThatParse()
  {
    QTemporaryDir dir;
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window.show();
    runSearch(window, 40);
    window.refreshNow();
    const QString csv = dir.filePath(QStringLiteral("all.csv")), json = dir.filePath(QStringLiteral("front.json"));
    QVERIFY(exportDesignsCsv(csv, window.model()->archive(), window.model()->space(), DesignSelection::All).ok);
    QVERIFY(exportDesignsJson(json, window.model()->archive(), window.model()->space(), DesignSelection::Front).ok);
    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll().count('\n'), 41);   // header + 40 designs
    QFile j(json);
    QVERIFY(j.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(j.readAll()).isNull());
    for (const char* suffix : {"png", "svg", "pdf"}) {
      const QString path = dir.filePath(QStringLiteral("fronts.%1").arg(QLatin1String(suffix)));
      QVERIFY2(exportPlots(window.fronts()->plots(), path).isEmpty(), suffix);
      QVERIFY(QFileInfo(path).size() > 100);
    }
  }

  void theLanguageSwitchesLive()
  {
    MainWindow window(&languages_, false);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    const QString english = window.actions()->fileMenu->title();
    QCOMPARE(english, QStringLiteral("&File"));
    QVERIFY(languages_.setLanguage(QStringLiteral("ja")));
    QCoreApplication::processEvents();
    const QString japanese = window.actions()->fileMenu->title();
    QVERIFY2(japanese != english, qPrintable(japanese));
    QVERIFY(window.searchPanel()->startButton()->text() != QStringLiteral("Start"));
    QVERIFY(languages_.setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(window.actions()->fileMenu->title(), english);
  }

  void closingTheWindowMidSearchStopsTheWorkers()
  {
    auto* window = new MainWindow(&languages_, false);
    QVERIFY(window->openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window->show();
    auto* budgetBox = window->searchPanel()->findChild<QSpinBox*>(QStringLiteral("searchBudget"));
    budgetBox->setValue(10000000);
    window->actions()->startSearch->trigger();
    QVERIFY(window->controller()->isRunning());
    QTest::qWait(300);
    // Sliders during a search are safe: the GUI-side copy re-scores, the run goes on.
    cdse::CarbonSettings s = window->assumptions()->settings();
    s.lifetime_years = 9;
    emit window->assumptions()->settingsChanged(s);
    QTest::qWait(100);
    QElapsedTimer clock;
    clock.start();
    window->close();
    delete window;   // joins the search threads
    qInfo("closed mid-search in %lld ms", static_cast<long long>(clock.elapsed()));
    QVERIFY(clock.elapsed() < 2000);
  }

private:
  LanguageManager languages_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
