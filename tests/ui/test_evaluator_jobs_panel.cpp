// The Evaluator Jobs panel and its table model, fed with snapshots as the window feeds them: rows,
// states and their colours, counts, rows updated in place while jobs progress, the empty states,
// the stop button; and the SearchController handing over real snapshots of a search whose accuracy
// comes from a local external evaluator (tests/data/evaluators/fake_finetune.py, real processes).
// CARBONDSE_JOBS_SCREENSHOT=<dir> saves the panel to look at.
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include "core/search/scenario/scenario.h"
#include "ui/jobs/evaluator_jobs_model.h"
#include "ui/jobs/evaluator_jobs_panel.h"
#include "ui/search/search_controller.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"

namespace {

using cdse::EvaluatorJobState;

const std::string k_key_a = "clip-vit-b16|text:8,6,6,1536,384,77|vision:10,10,10,2304,576,197";
const std::string k_key_b = "clip-vit-b16|text:12,8,8,2048,512,77|vision:12,12,12,3072,768,197";
const std::string k_key_c = "clip-vit-b16|text:6,4,4,1024,256,77|vision:8,8,8,1536,384,197";
const std::string k_key_d = "clip-vit-b16|text:10,8,8,2048,512,77|vision:12,12,12,2304,576,197";
const std::string k_key_e = "clip-vit-b16|text:4,4,4,1024,256,77|vision:6,6,6,1536,384,197";

cdse::EvaluatorJob job(const std::string& key, const std::string& id, EvaluatorJobState state, double elapsed_s,
                       std::optional<double> accuracy = {}, const std::string& detail = "")
{
  cdse::EvaluatorJob j;
  j.key = key;
  j.job_id = id;
  j.state = state;
  j.elapsed_s = elapsed_s;
  j.accuracy = accuracy;
  j.detail = detail;
  j.submitted_at = std::chrono::system_clock::now() - std::chrono::seconds(static_cast<int>(elapsed_s));
  return j;
}

cdse::EvaluatorJobsSnapshot snapshotOf(std::vector<cdse::EvaluatorJob> jobs, std::uint64_t version)
{
  cdse::EvaluatorJobsSnapshot s;
  s.source_runs_jobs = true;
  s.version = version;
  for (const auto& j : jobs)
    s.counts.add(j.state);
  s.jobs = std::move(jobs);
  return s;
}

// A SLURM search in full swing: two queued, one running, one done, one failed.
cdse::EvaluatorJobsSnapshot busySnapshot()
{
  return snapshotOf(
      {job(k_key_a, "4711_0", EvaluatorJobState::Done, 754, 0.4712),
       job(k_key_b, "4711_1", EvaluatorJobState::Running, 3725),
       job(k_key_c, "4711_2", EvaluatorJobState::Failed, 42, std::nullopt,
           "SLURM job 4711_2 ended in state OUT_OF_MEMORY: it ran out of memory (raise --mem in sbatch_args)"),
       job(k_key_d, "4712", EvaluatorJobState::Pending, 12, std::nullopt, "Resources"),
       job(k_key_e, "4713", EvaluatorJobState::Submitted, 1)},
      7);
}

QString cell(const EvaluatorJobsModel& model, int row, int column, int role = Qt::DisplayRole)
{
  return model.data(model.index(row, column), role).toString();
}

}   // namespace

class TestEvaluatorJobsPanel : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { registerSearchMetaTypes(); }

  void listsEveryJobWithItsStateAndNumbers()
  {
    EvaluatorJobsModel model;
    model.setSnapshot(busySnapshot());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(EvaluatorJobsModel::ColumnCount));
    // The configuration without its preset; the full key in the tooltip.
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::ConfigurationColumn),
             QStringLiteral("text 8·6·1536·384 | vision 10·10·2304·576"));
    QVERIFY(model.headerData(EvaluatorJobsModel::ConfigurationColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("layers · heads · FFN width · embedding width")));
    // A key of another shape is shown whole, less its preset.
    QCOMPARE(EvaluatorJobsModel::shortConfiguration("custom|block:1,2"), QStringLiteral("block:1,2"));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::ConfigurationColumn, Qt::ToolTipRole), QString::fromStdString(k_key_a));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::JobIdColumn), QStringLiteral("4711_0"));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::StateColumn), QStringLiteral("done"));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::AccuracyColumn), QStringLiteral("47.1 %"));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::ElapsedColumn), QStringLiteral("12:34"));
    QCOMPARE(cell(model, 1, EvaluatorJobsModel::StateColumn), QStringLiteral("running"));
    QCOMPARE(cell(model, 1, EvaluatorJobsModel::ElapsedColumn), QStringLiteral("1:02:05"));
    QVERIFY(
        cell(model, 1, EvaluatorJobsModel::ElapsedColumn, Qt::ToolTipRole).contains(QStringLiteral("still counting")));
    QVERIFY(cell(model, 0, EvaluatorJobsModel::ElapsedColumn, Qt::ToolTipRole)
                .contains(QStringLiteral("until the job ended")));
    QCOMPARE(cell(model, 1, EvaluatorJobsModel::AccuracyColumn), QString());   // no number before the result
    QCOMPARE(cell(model, 2, EvaluatorJobsModel::StateColumn), QStringLiteral("failed"));
    QVERIFY(cell(model, 2, EvaluatorJobsModel::StateColumn, Qt::ToolTipRole).contains(QStringLiteral("OUT_OF_MEMORY")));
    QCOMPARE(cell(model, 3, EvaluatorJobsModel::StateColumn), QStringLiteral("queued"));
    QCOMPARE(cell(model, 3, EvaluatorJobsModel::StateColumn, Qt::ToolTipRole), QStringLiteral("queued: Resources"));
    QCOMPARE(cell(model, 3, EvaluatorJobsModel::ElapsedColumn), QStringLiteral("12 s"));
    QCOMPARE(cell(model, 4, EvaluatorJobsModel::StateColumn), QStringLiteral("submitted"));
    // Each state its own colour, as text colour and swatch.
    QSet<QRgb> colours;
    for (int r = 0; r < model.rowCount(); ++r) {
      const auto colour = model.data(model.index(r, EvaluatorJobsModel::StateColumn), Qt::ForegroundRole).value<QColor>();
      QVERIFY(colour.isValid());
      QCOMPARE(model.data(model.index(r, EvaluatorJobsModel::StateColumn), Qt::DecorationRole).value<QColor>(), colour);
      colours.insert(colour.rgb());
    }
    QCOMPARE(colours.size(), 4);   // submitted and queued share "waiting"
    // A local command has no job id.
    model.setSnapshot(snapshotOf({job(k_key_a, "", EvaluatorJobState::Running, 3)}, 1));
    QCOMPARE(cell(model, 0, EvaluatorJobsModel::JobIdColumn), QStringLiteral("local"));
  }

  void countsLineSumsTheStates()
  {
    EvaluatorJobsPanel panel;
    panel.setSnapshot(busySnapshot());
    QCOMPARE(panel.countsText(), QStringLiteral("2 queued · 1 running · 1 done · 1 failed"));
    cdse::EvaluatorJobCounts counts;
    counts.pending = 3;
    counts.running = 2;
    counts.done = 10;
    counts.failed = 1;
    counts.cancelled = 4;
    QCOMPARE(EvaluatorJobsPanel::countsText(counts),
             QStringLiteral("3 queued · 2 running · 10 done · 1 failed · 4 cancelled"));
    counts = {};
    counts.done = 1;
    QCOMPARE(EvaluatorJobsPanel::countsText(counts), QStringLiteral("0 queued · 0 running · 1 done"));
    // A capped snapshot says so.
    auto capped = busySnapshot();
    capped.jobs_left_out = 12;
    panel.setSnapshot(capped);
    QVERIFY(panel.countsText().contains(QStringLiteral("The oldest 12 jobs are not listed.")));
  }

  void rowsStayInPlaceWhileJobsProgress()
  {
    EvaluatorJobsPanel panel;
    panel.setSnapshot(snapshotOf(
        {job(k_key_a, "9_0", EvaluatorJobState::Pending, 1), job(k_key_b, "9_1", EvaluatorJobState::Pending, 1)}, 2));
    panel.table()->selectRow(1);
    QSignalSpy resets(panel.model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(panel.model(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
    panel.setSnapshot(snapshotOf({job(k_key_a, "9_0", EvaluatorJobState::Done, 5, 0.5),
                                  job(k_key_b, "9_1", EvaluatorJobState::Running, 5),
                                  job(k_key_c, "10", EvaluatorJobState::Submitted, 0)},
                                 5));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(panel.table()->selectionModel()->selectedRows().front().row(), 1);   // still the same job
    QCOMPARE(cell(*panel.model(), 0, EvaluatorJobsModel::StateColumn), QStringLiteral("done"));
    QCOMPARE(panel.countsText(), QStringLiteral("1 queued · 1 running · 1 done"));
    // Another search's jobs: a fresh table.
    panel.setSnapshot(snapshotOf({job(k_key_d, "11", EvaluatorJobState::Pending, 0)}, 1));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(panel.model()->rowCount(), 1);
  }

  void emptyStatesSayWhereJobsWouldAppear()
  {
    EvaluatorJobsPanel panel;
    auto* stop = panel.findChild<QPushButton*>(QStringLiteral("stopSearchAndCancelJobs"));
    QVERIFY(stop);
    // Before any search.
    QVERIFY(panel.showsEmptyState());
    QVERIFY(panel.emptyStateText().contains(QStringLiteral("No search has run yet")));
    QVERIFY(stop->isHidden());
    // A search on the built-in estimate: no jobs, and why.
    panel.setSnapshot(cdse::EvaluatorJobsSnapshot{});
    QVERIFY(panel.showsEmptyState());
    QVERIFY(panel.emptyStateText().contains(QStringLiteral("runs no evaluator jobs")));
    QVERIFY(panel.emptyStateText().contains(QStringLiteral("\"kind\": \"external\"")));
    QVERIFY(panel.countsText().isEmpty());
    // An external evaluator with nothing submitted yet: the (empty) table, not the explanation.
    cdse::EvaluatorJobsSnapshot none;
    none.source_runs_jobs = true;
    panel.setSnapshot(none);
    QVERIFY(!panel.showsEmptyState());
    QCOMPARE(panel.model()->rowCount(), 0);
    QVERIFY(panel.countsText().startsWith(QStringLiteral("No jobs yet")));
    panel.setSnapshot(busySnapshot());
    QVERIFY(!panel.showsEmptyState());
    QCOMPARE(panel.emptyStateText(), QString());
  }

  void stopButtonAsksToStopWhileJobsWait()
  {
    EvaluatorJobsPanel panel;
    auto* stop = panel.findChild<QPushButton*>(QStringLiteral("stopSearchAndCancelJobs"));
    QSignalSpy requested(&panel, &EvaluatorJobsPanel::stopSearchRequested);
    panel.setSnapshot(busySnapshot());
    QVERIFY(!stop->isEnabled());   // no search running
    panel.setSearchRunning(true);
    QVERIFY(stop->isEnabled());
    stop->click();
    QCOMPARE(requested.count(), 1);
    // Every job ended: nothing left to cancel.
    panel.setSnapshot(snapshotOf({job(k_key_a, "1", EvaluatorJobState::Done, 3, 0.4)}, 9));
    QVERIFY(!stop->isEnabled());
  }

  void looksRight()
  {
    EvaluatorJobsPanel panel;
    panel.resize(620, 300);
    panel.setSnapshot(busySnapshot());
    panel.setSearchRunning(true);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // Every column but the configuration fits its text; the configuration gets the rest.
    QHeaderView* header = panel.table()->horizontalHeader();
    QVERIFY(header->sectionSize(EvaluatorJobsModel::ConfigurationColumn) > 100);
    const QFontMetrics metrics = panel.table()->fontMetrics();
    QVERIFY(header->sectionSize(EvaluatorJobsModel::AccuracyColumn) >
            metrics.horizontalAdvance(QStringLiteral("47.1 %")));
    if (const QByteArray dir = qgetenv("CARBONDSE_JOBS_SCREENSHOT"); !dir.isEmpty()) {
      QVERIFY(panel.grab().save(QStringLiteral("%1/jobs_panel.png").arg(QString::fromLocal8Bit(dir))));
      panel.setSnapshot(cdse::EvaluatorJobsSnapshot{});
      QVERIFY(panel.grab().save(QStringLiteral("%1/jobs_panel_empty.png").arg(QString::fromLocal8Bit(dir))));
    }
  }

  // A real search whose accuracy comes from a local external evaluator: the controller hands over
  // snapshots with the commands running, then every job done, the last one before runFinished.
  void controllerHandsOverTheSearchsJobs()
  {
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    cdse::Scenario scenario = cdse::builtin_scenario("reference-clip-b16");
    scenario.accuracy = {{"kind", "external"},
                         {"command",
                          {"python3", std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/evaluators/fake_finetune.py",
                           "--sleep", "0.6"}}};
    scenario.base_dir = dir.path().toStdString();
    SearchController controller;
    std::vector<cdse::EvaluatorJobsSnapshot> seen;
    bool finishedBeforeLastJobs = false;
    connect(&controller, &SearchController::evaluatorJobsChanged, this,
            [&](const cdse::EvaluatorJobsSnapshot& s) { seen.push_back(s); });
    QSignalSpy finished(&controller, &SearchController::runFinished);
    connect(&controller, &SearchController::runFinished, this,
            [&] { finishedBeforeLastJobs = seen.empty() || seen.back().counts.active() > 0; });
    SearchRunRequest request;
    request.algorithm = QStringLiteral("random");
    request.budget = 4;
    request.threads = 2;
    QVERIFY(controller.start(scenario, request));
    QVERIFY(!seen.empty());   // one at once, at the start
    QVERIFY(seen.front().source_runs_jobs);
    QVERIFY(finished.wait(120000));
    QVERIFY(!finishedBeforeLastJobs);
    const auto& last = seen.back();
    QVERIFY(last.counts.done > 0);
    QCOMPARE(last.counts.done, last.counts.total());
    for (const auto& j : last.jobs) {
      QVERIFY(j.accuracy.has_value());
      QVERIFY(j.elapsed_s >= 0.5);
    }
    bool sawRunning = false;
    for (const auto& s : seen)
      sawRunning = sawRunning || s.counts.running > 0;
    QVERIFY(sawRunning);

    // A search on the built-in estimate says it runs no jobs.
    seen.clear();
    request.budget = 8;
    QVERIFY(controller.start(cdse::builtin_scenario("reference-clip-b16"), request));
    QVERIFY(finished.wait(60000));
    QVERIFY(!seen.empty());
    for (const auto& s : seen)
      QVERIFY(!s.source_runs_jobs);
  }

  // In the window: a tab beside Design Details, in the Panels menu; a search hands its snapshots
  // to the panel, and the panel's button is Search ▸ Stop.
  void windowShowsTheSearchsJobs()
  {
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages, false);
    window.resize(1366, 768);
    QVERIFY(window.openScenario(QStringLiteral("reference-clip-b16")).isEmpty());
    window.show();
    window.showJobsView();
    EvaluatorJobsPanel* jobs = window.jobs();
    auto* dock = qobject_cast<QDockWidget*>(jobs->parentWidget());
    QVERIFY(dock && dock->isVisible());
    QVERIFY(!window.tabifiedDockWidgets(dock).isEmpty());
    QVERIFY(window.actions()->panelsMenu->actions().contains(dock->toggleViewAction()));
    QVERIFY(jobs->emptyStateText().contains(QStringLiteral("No search has run yet")));

    QSignalSpy finished(window.controller(), &SearchController::runFinished);
    QSignalSpy stopped(window.actions()->stopSearch, &QAction::triggered);
    window.startSearch();
    QVERIFY(window.controller()->isRunning());
    // The built-in estimate runs no jobs: the panel says so while the search runs.
    QVERIFY(jobs->emptyStateText().contains(QStringLiteral("runs no evaluator jobs")));
    // Fed like a SLURM search, the button stops the search through the Stop action.
    jobs->setSnapshot(busySnapshot());
    auto* stop = jobs->findChild<QPushButton*>(QStringLiteral("stopSearchAndCancelJobs"));
    QVERIFY(stop->isEnabled());
    stop->click();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(finished.wait(60000));
    QVERIFY(!stop->isEnabled());
  }
};

QTEST_MAIN(TestEvaluatorJobsPanel)
#include "test_evaluator_jobs_panel.moc"
