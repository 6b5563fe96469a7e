#include "ui/window/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

#include "ui/widgets/elided_label.h"
#include "ui/window/language_manager.h"
#include "ui/window/main_actions.h"
#include "ui/window/recent_files_menu.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/compare/compare_panel.h"
#include "ui/details/details_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/explorer/session_capture.h"
#include "ui/jobs/evaluator_jobs_panel.h"
#include "core/io/input_error.h"
#include "ui/plots/fronts_view.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/runs/run_list_panel.h"
#include "core/search/scenario/scenario.h"
#include "ui/search/exact_reference_solver.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"
#include "ui/regime/regime_panel.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/ab/ab_panel.h"
#include "core/session/session_file.h"

namespace {

constexpr int k_refresh_interval_ms = 40;   // ≈25 Hz, the plots' redraw budget

}   // namespace

MainWindow::MainWindow(LanguageManager* languages, bool persistent, QWidget* parent)
    : QMainWindow(parent), languages_(languages), model_(new ExplorerModel(this)),
      controller_(new SearchController(this)), persistent_(persistent)
{
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/icons/carbondse.svg")));
  setDockNestingEnabled(true);
  // The assumptions and search column runs the full height; the bottom docks sit beside it.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

  fronts_ = new FrontsView(this);
  setCentralWidget(fronts_);

  assumptions_ = new AssumptionsPanel;
  auto* assumptionsScroll = new QScrollArea;
  assumptionsScroll->setWidget(assumptions_);
  assumptionsScroll->setWidgetResizable(true);
  assumptionsScroll->setFrameShape(QFrame::NoFrame);
  assumptionsDock_ = addPanelDock(assumptionsScroll, "assumptionsDock", Qt::LeftDockWidgetArea);

  search_ = new SearchPanel(controller_);
  searchDock_ = addPanelDock(search_, "searchDock", Qt::LeftDockWidgetArea);
  hypervolume_ = new HypervolumePlot;
  fronts_->setCornerWidget(hypervolume_);

  details_ = new DetailsPanel;
  detailsDock_ = addPanelDock(details_, "detailsDock", Qt::RightDockWidgetArea);
  compare_ = new ComparePanel;
  compareDock_ = addPanelDock(compare_, "compareDock", Qt::BottomDockWidgetArea);
  sweep_ = new SweepPanel;
  sweepDock_ = addPanelDock(sweep_, "sweepDock", Qt::RightDockWidgetArea);
  ab_ = new AbPanel;
  abDock_ = addPanelDock(ab_, "abDock", Qt::RightDockWidgetArea);
  regime_ = new RegimePanel;
  regimeDock_ = addPanelDock(regime_, "regimeDock", Qt::RightDockWidgetArea);
  runs_ = new RunListPanel(model_);
  runsDock_ = addPanelDock(runs_, "runsDock", Qt::BottomDockWidgetArea);
  jobs_ = new EvaluatorJobsPanel;
  jobsDock_ = addPanelDock(jobs_, "jobsDock", Qt::RightDockWidgetArea);

  actions_ = new MainActions(this);
  for (QDockWidget* dock : {assumptionsDock_, searchDock_, detailsDock_, compareDock_, sweepDock_, regimeDock_, abDock_,
                            runsDock_, jobsDock_})
    actions_->panelsMenu->addAction(dock->toggleViewAction());
  for (const auto& info : cdse::builtin_scenarios()) {
    const QString name = QString::fromStdString(info.name);
    QAction* a = actions_->builtinScenarios->addAction(QString::fromStdString(info.title));
    a->setToolTip(QString::fromStdString(info.description));
    a->setData(name);
    connect(a, &QAction::triggered, this, [this, name] {
      if (const QString error = openScenario(name); !error.isEmpty())
        showError(tr("Cannot open the scenario"), error);
    });
  }

  statusDesigns_ = new ElidedLabel(this);
  statusDesigns_->setObjectName(QStringLiteral("statusDesigns"));
  statusSplit_ = new ElidedLabel(this);
  statusSplit_->setObjectName(QStringLiteral("statusSplit"));
  statusBar()->addWidget(statusDesigns_, 1);
  statusBar()->addPermanentWidget(statusSplit_);
  fileProgress_ = new QProgressBar(this);
  fileProgress_->setObjectName(QStringLiteral("sessionFileProgress"));
  fileProgress_->setRange(0, 1000);
  fileProgress_->setMaximumWidth(220);
  fileProgress_->hide();
  cancelOpen_ = new QToolButton(this);
  cancelOpen_->setObjectName(QStringLiteral("cancelSessionOpen"));
  cancelOpen_->hide();
  statusBar()->addPermanentWidget(fileProgress_);
  statusBar()->addPermanentWidget(cancelOpen_);
  connectSessionIo();

  refreshTimer_.setSingleShot(true);
  refreshTimer_.setInterval(k_refresh_interval_ms);
  connect(&refreshTimer_, &QTimer::timeout, this, [this] { refresh(Redraw::Coalesced); });

  exactSolver_ = new ExactReferenceSolver(this);
  connectExactReference();   // first: its handlers run before the ones that redraw
  connectSweep();
  connectAb();
  connectJobs();
  connectPanels();
  connectActions();
  applyDefaultLayout();
  defaultState_ = saveState(k_layout_version);
  retranslateUi();
  restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPanels()
{
  connect(model_, &ExplorerModel::designsChanged, this, &MainWindow::scheduleRefresh);
  connect(model_, &ExplorerModel::selectionChanged, this, [this] {
    showSelection();
    scheduleRefresh();
  });
  connect(model_, &ExplorerModel::pinnedChanged, this, [this] {
    showPinned();
    scheduleRefresh();
  });
  connect(model_, &ExplorerModel::scenarioChanged, this, [this] {
    const QSignalBlocker block(assumptions_);
    assumptions_->setSettings(model_->carbonSettings());
    assumptions_->setConstraints(model_->constraints());
    search_->setScenario(model_->scenario());
    details_->setCarbonSettings(model_->carbonSettings());
    setWindowTitle(tr("%1 — CarbonDSE").arg(QString::fromStdString(model_->scenario().title)));
  });

  connect(assumptions_, &AssumptionsPanel::settingsChanged, this, [this](const cdse::CarbonSettings& s) {
    try {
      model_->setCarbonSettings(s);   // re-scores every stored design; nothing is simulated
    } catch (const std::exception& e) {
      statusBar()->showMessage(tr("Assumption not applied: %1").arg(QString::fromStdString(e.what())), 5000);
      return;
    }
    details_->setCarbonSettings(s);
    showPinned();
    refresh(Redraw::Soon);   // the slider's feedback is immediate, not coalesced
  });
  connect(assumptions_, &AssumptionsPanel::constraintsChanged, this, [this](const cdse::SearchConstraints& c) {
    model_->setConstraints(c);
    showSelection();
    showPinned();
    refresh(Redraw::Soon);
  });

  connect(fronts_, &FrontsView::designClicked, this, [this](const DesignRef& ref) { model_->select(ref); });
  connect(compare_, &ComparePanel::unpinRequested, model_, &ExplorerModel::unpin);

  connect(controller_, &SearchController::runSetupReady, model_, &ExplorerModel::beginRun);
  connect(controller_, &SearchController::recordsArrived, model_, &ExplorerModel::appendRecords);
  connect(search_, &SearchPanel::startRequested, this, &MainWindow::startSearch);
  connect(controller_, &SearchController::runStarted, this, [this] { setSearchRunning(true); });
  connect(controller_, &SearchController::runFinished, this, &MainWindow::runFinished);
  connect(controller_, &SearchController::runFailed, this,
          [this](const QString& message) { showError(tr("The search could not run"), message); });
}

void MainWindow::startSearch()
{
  if (controller_->isRunning())
    return;
  // The shown run's scenario under the assumptions on screen, in the mode chosen on the panel.
  cdse::Scenario scenario = model_->scenario();
  scenario.mode = search_->mode();
  scenario.carbon = model_->carbonSettings();
  scenario.constraints = model_->constraints();
  const SearchRunRequest request = search_->request();
  if (controller_->start(scenario, request))   // a refusal arrives as runFailed
    startExactReference(scenario, request.algorithm);
}

void MainWindow::setSearchRunning(bool running)
{
  searchRunning_ = running;
  runs_->setSearchRunning(running);
  jobs_->setSearchRunning(running);
  fronts_->setSearchRunning(running);
  for (QAction* a : {actions_->openScenario, actions_->openSession})
    a->setEnabled(!running);
  actions_->builtinScenarios->setEnabled(!running);
  actions_->recent->setEnabled(!running);
  actions_->startSearch->setEnabled(!running);
  actions_->pauseSearch->setEnabled(running);
  actions_->stopSearch->setEnabled(running);
}

void MainWindow::connectActions()
{
  MainActions* a = actions_;
  connect(a->openScenario, &QAction::triggered, this, &MainWindow::openScenarioInteractive);
  connect(a->openSession, &QAction::triggered, this, &MainWindow::openSessionInteractive);
  connect(a->recent, &RecentFilesMenu::fileChosen, this, [this](const QString& path) {
    if (SessionIo::looksLikeSession(path) && !mayReplaceSession())
      return;
    if (const QString error = openFile(path); !error.isEmpty())
      showError(tr("Cannot open the file"), error);
  });
  connect(a->saveSession, &QAction::triggered, this, [this] { saveSessionInteractive(false); });
  connect(a->saveSessionAs, &QAction::triggered, this, [this] { saveSessionInteractive(true); });
  connect(a->exportAllCsv, &QAction::triggered, this, [this] { exportDesigns(false, false); });
  connect(a->exportAllJson, &QAction::triggered, this, [this] { exportDesigns(false, true); });
  connect(a->exportFrontCsv, &QAction::triggered, this, [this] { exportDesigns(true, false); });
  connect(a->exportFrontJson, &QAction::triggered, this, [this] { exportDesigns(true, true); });
  connect(a->exportPlots, &QAction::triggered, this, &MainWindow::exportPlots);
  connect(a->exportReport, &QAction::triggered, this, &MainWindow::exportReport);
  connect(a->quit, &QAction::triggered, this, &QWidget::close);
  connect(a->startSearch, &QAction::triggered, this, &MainWindow::startSearch);
  connect(a->pauseSearch, &QAction::triggered, search_, &SearchPanel::togglePause);
  connect(a->stopSearch, &QAction::triggered, controller_, &SearchController::stop);
  a->pauseSearch->setEnabled(false);
  a->stopSearch->setEnabled(false);
  auto selectOrSay = [this](cdse::Objective objective) {
    if (!selectBest(objective))
      statusBar()->showMessage(tr("No feasible design yet: run a search first."), 4000);
  };
  connect(a->selectBestCarbon, &QAction::triggered, this, [selectOrSay] { selectOrSay(cdse::Objective::TotalCarbon); });
  connect(a->selectBestLatency, &QAction::triggered, this, [selectOrSay] { selectOrSay(cdse::Objective::Latency); });
  connect(a->selectBestAccuracy, &QAction::triggered, this, [selectOrSay] { selectOrSay(cdse::Objective::Accuracy); });
  connect(a->pinSelected, &QAction::triggered, this, [this] {
    const auto selected = model_->selected();
    if (!selected)
      statusBar()->showMessage(tr("Select a design first (click a point)."), 4000);
    else if (!model_->pin(*selected))
      statusBar()->showMessage(tr("Already pinned, or %1 designs pinned already.").arg(ExplorerModel::k_max_pinned),
                               4000);
  });
  connect(a->clearPins, &QAction::triggered, model_, &ExplorerModel::clearPins);
  connect(a->showDominated, &QAction::toggled, fronts_, &FrontsView::setShowDominated);
  connect(a->showEquivalents, &QAction::toggled, details_, &DetailsPanel::setShowEquivalents);
  connect(a->showEquivalents, &QAction::toggled, ab_, &AbPanel::setShowEquivalents);
  connect(a->lockAxes, &QAction::toggled, fronts_, &FrontsView::setAxesLocked);
  connect(a->resetLayout, &QAction::triggered, this, [this] {
    applyDefaultLayout();
    restoreState(defaultState_, k_layout_version);
    applyDefaultDockSizes();
  });
  connect(a->languages, &QActionGroup::triggered, this, [this](QAction* action) {
    if (!languages_->chooseLanguage(action->data().toString()))
      showError(tr("Language"), tr("The translation could not be loaded."));
  });
  connect(a->about, &QAction::triggered, this, &MainWindow::showAbout);
  a->bindUndoStack(assumptions_->undoStack());
}

void MainWindow::retranslateUi()
{
  assumptionsDock_->setWindowTitle(tr("Assumptions"));
  searchDock_->setWindowTitle(tr("Search"));
  detailsDock_->setWindowTitle(tr("Design Details"));
  compareDock_->setWindowTitle(tr("Compare Pinned Designs"));
  sweepDock_->setWindowTitle(tr("Sweep an Assumption"));
  abDock_->setWindowTitle(tr("A/B Assumptions"));
  regimeDock_->setWindowTitle(tr("Regime Map"));
  runsDock_->setWindowTitle(tr("Runs"));
  jobsDock_->setWindowTitle(tr("Evaluator Jobs"));
  cancelOpen_->setText(tr("Cancel"));
  cancelOpen_->setToolTip(tr("Stop opening the session and keep the current one"));
  actions_->retranslate();
  for (QAction* a : actions_->languages->actions())
    a->setChecked(a->data().toString() == languages_->language());
  if (!model_->scenario().title.empty())
    setWindowTitle(tr("%1 — CarbonDSE").arg(QString::fromStdString(model_->scenario().title)));
  else
    setWindowTitle(tr("CarbonDSE"));
  updateStatus();
}

void MainWindow::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
  // A running search stops cooperatively; the controller's destructor joins its threads.
  controller_->stop();
  exactSolver_->stop();   // its destructor joins the runner (at most one accelerator's work)
  // A save still being captured would die with the slice timer: finish the copy now and hand it
  // to the writer, whose destructor waits for the file.
  if (capture_) {
    while (!capture_->complete())
      capture_->copySome(std::size_t{1} << 16);
    continueCapture();
  }
  saveSettings();
  event->accept();
}

void MainWindow::scheduleRefresh()
{
  if (!refreshTimer_.isActive())
    refreshTimer_.start();
}

void MainWindow::refreshNow() { refresh(Redraw::Now); }

void MainWindow::refresh(Redraw when)
{
  refreshTimer_.stop();
  FrontSnapshot snapshot = model_->snapshot();
  snapshot.exact = exactReference_.view(model_->archive(), model_->shownRunId());
  hypervolume_->setSnapshot(snapshot);
  fronts_->setSnapshot(std::move(snapshot));
  // A streaming search lets the fronts coalesce; a slider starts the (off-thread) projection at
  // once; a screenshot or an export needs the plots drawn before it goes on.
  if (when == Redraw::Soon)
    fronts_->redrawSoon();
  else if (when == Redraw::Now)
    fronts_->redrawNow();
  updateStatus();
}

void MainWindow::showSelection()
{
  const auto selected = model_->selected();
  details_->showDesign(selected ? model_->designInfo(*selected) : std::nullopt);
  updateStatus();
}

void MainWindow::showPinned()
{
  std::vector<SelectedDesign> designs;
  for (const auto& ref : model_->pinned())
    if (auto info = model_->designInfo(ref))
      designs.push_back(std::move(*info));
  compare_->setDesigns(designs);
  sweep_->setDesigns(designs);
  ab_->setDesigns(designs);
}

void MainWindow::updateStatus()
{
  const cdse::Archive& archive = model_->archive();
  statusDesigns_->setText(tr("%L1 designs, %L2 feasible, %L3 on the Pareto front, %L4 baselines")
                              .arg(archive.size())
                              .arg(archive.feasible_count())
                              .arg(archive.front().size())
                              .arg(model_->baselines().size()));
  // The selected design; with none, the lowest-carbon one (said so, or it reads like a selection).
  auto ref = model_->selected();
  QString role;
  if (!ref && (ref = model_->bestBy(cdse::Objective::TotalCarbon)))
    role = tr("Lowest carbon");
  if (!ref && !model_->baselines().empty())
    ref = DesignRef::baseline(0);
  const auto info = ref ? model_->designInfo(*ref) : std::nullopt;
  if (!info || !info->evaluated || !(info->carbon.total_kg > 0)) {
    statusSplit_->clear();
    return;
  }
  const double embodiedShare = 100.0 * info->carbon.embodied_kg / info->carbon.total_kg;
  statusSplit_->setText(tr("%1: %2 kg CO2e total, embodied %3 %, operational %4 %")
                            .arg(role.isEmpty() ? info->label : tr("%1, %2").arg(role, info->label))
                            .arg(info->carbon.total_kg, 0, 'g', 3)
                            .arg(embodiedShare, 0, 'f', 0)
                            .arg(100.0 - embodiedShare, 0, 'f', 0));
}

bool MainWindow::selectBest(cdse::Objective objective)
{
  const auto best = model_->bestBy(objective);
  if (!best)
    return false;
  model_->select(best);
  return true;
}

void MainWindow::showError(const QString& title, const QString& message)
{
  statusBar()->showMessage(message, 8000);
  if (QApplication::platformName() == QLatin1String("offscreen"))
    return;   // headless runs (tests, screenshots) must never block on a dialog
  QMessageBox::warning(this, title, message);
}

void MainWindow::runFinished(const SearchRunOutcome& outcome)
{
  setSearchRunning(false);
  refreshNow();
  updateSweepCandidates();
  if (outcome.state == cdse::SearchState::Failed)
    return;   // runFailed showed the error
  statusBar()->showMessage(outcome.state == cdse::SearchState::Cancelled
                               ? tr("Search stopped; %L1 designs kept.").arg(model_->designCount())
                               : tr("Search finished: %L1 designs.").arg(model_->designCount()),
                           6000);
}

void MainWindow::showAbout()
{
  QMessageBox::about(
      this, tr("About CarbonDSE"),
      tr("<h3>CarbonDSE %1</h3><p>Carbon-aware co-design of Transformer models and edge accelerators.</p>"
         "<p>Total carbon = operational (energy per inference × inferences × grid intensity, plus leakage) + "
         "embodied (chip area × carbon per area after the ACT model, plus DRAM and packaging).</p>"
         "<p>After CATransformers (2025) and ACT (ISCA 2022). Accuracy values are estimates unless "
         "measured accuracies are imported. Every model and its sources: docs/models.md.</p>")
          .arg(QStringLiteral(CARBONDSE_VERSION)));
}
