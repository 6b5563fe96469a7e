#include "ui/window/main_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

#include "ui/about/about_data_dialog.h"
#include "ui/window/language_manager.h"
#include "ui/window/recent_files_menu.h"

MainActions::MainActions(QMainWindow* window) : QObject(window)
{
  auto make = [window](const char* name, const QKeySequence& shortcut = {}) {
    auto* a = new QAction(window);
    a->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
      a->setShortcut(shortcut);
    return a;
  };
  QMenuBar* bar = window->menuBar();
  fileMenu = bar->addMenu(QString());
  openScenario = make("actionOpenScenario", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
  builtinScenarios = new QMenu(window);
  openSession = make("actionOpenSession", QKeySequence::Open);
  recent = new RecentFilesMenu(window);
  saveSession = make("actionSaveSession", QKeySequence::Save);
  saveSessionAs = make("actionSaveSessionAs", QKeySequence::SaveAs);
  exportMenu = new QMenu(window);
  exportAllCsv = make("actionExportAllCsv", QKeySequence(Qt::CTRL | Qt::Key_E));
  exportAllJson = make("actionExportAllJson");
  exportFrontCsv = make("actionExportFrontCsv");
  exportFrontJson = make("actionExportFrontJson");
  exportPlots = make("actionExportPlots", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
  exportReport = make("actionExportReport", QKeySequence(Qt::CTRL | Qt::Key_R));
  quit = make("actionQuit", QKeySequence::Quit);
  quit->setMenuRole(QAction::QuitRole);
  fileMenu->addAction(openScenario);
  fileMenu->addMenu(builtinScenarios);
  fileMenu->addSeparator();
  fileMenu->addAction(openSession);
  fileMenu->addMenu(recent);
  fileMenu->addAction(saveSession);
  fileMenu->addAction(saveSessionAs);
  fileMenu->addSeparator();
  fileMenu->addMenu(exportMenu);
  for (QAction* a : {exportAllCsv, exportAllJson, exportFrontCsv, exportFrontJson})
    exportMenu->addAction(a);
  exportMenu->addSeparator();
  exportMenu->addAction(exportPlots);
  exportMenu->addAction(exportReport);
  fileMenu->addSeparator();
  fileMenu->addAction(quit);

  editMenu = bar->addMenu(QString());
  undo = make("actionUndo", QKeySequence::Undo);
  redo = make("actionRedo");
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  undo->setEnabled(false);
  redo->setEnabled(false);
  editMenu->addAction(undo);
  editMenu->addAction(redo);

  searchMenu = bar->addMenu(QString());
  startSearch = make("actionStartSearch", QKeySequence(Qt::Key_F5));
  pauseSearch = make("actionPauseSearch", QKeySequence(Qt::Key_F6));
  stopSearch = make("actionStopSearch", QKeySequence(Qt::SHIFT | Qt::Key_F5));
  searchMenu->addAction(startSearch);
  searchMenu->addAction(pauseSearch);
  searchMenu->addAction(stopSearch);

  designsMenu = bar->addMenu(QString());
  selectBestCarbon = make("actionSelectBestCarbon", QKeySequence(Qt::CTRL | Qt::Key_1));
  selectBestLatency = make("actionSelectBestLatency", QKeySequence(Qt::CTRL | Qt::Key_2));
  selectBestAccuracy = make("actionSelectBestAccuracy", QKeySequence(Qt::CTRL | Qt::Key_3));
  pinSelected = make("actionPinSelected", QKeySequence(Qt::CTRL | Qt::Key_P));
  clearPins = make("actionClearPins");
  for (QAction* a : {selectBestCarbon, selectBestLatency, selectBestAccuracy})
    designsMenu->addAction(a);
  designsMenu->addSeparator();
  designsMenu->addAction(pinSelected);
  designsMenu->addAction(clearPins);

  viewMenu = bar->addMenu(QString());
  showDominated = make("actionShowDominated", QKeySequence(Qt::CTRL | Qt::Key_D));
  showDominated->setCheckable(true);
  showDominated->setChecked(true);
  showEquivalents = make("actionShowEquivalents", QKeySequence());
  showEquivalents->setCheckable(true);
  showEquivalents->setChecked(true);
  lockAxes = make("actionLockAxes", QKeySequence(Qt::CTRL | Qt::Key_L));
  lockAxes->setCheckable(true);
  resetLayout = make("actionResetLayout");
  panelsMenu = new QMenu(window);
  languageMenu = new QMenu(window);
  languages = new QActionGroup(this);
  languages->setExclusive(true);
  for (const QString& l : LanguageManager::availableLanguages()) {
    QAction* a = languageMenu->addAction(LanguageManager::displayName(l));
    a->setObjectName(QStringLiteral("actionLanguage_%1").arg(l));
    a->setData(l);
    a->setCheckable(true);
    languages->addAction(a);
  }
  viewMenu->addAction(showDominated);
  viewMenu->addAction(showEquivalents);
  viewMenu->addAction(lockAxes);
  viewMenu->addMenu(panelsMenu);
  viewMenu->addAction(resetLayout);
  viewMenu->addSeparator();
  viewMenu->addMenu(languageMenu);

  helpMenu = bar->addMenu(QString());
  aboutData = make("actionAboutData");
  helpMenu->addAction(aboutData);
  // The About Data window needs nothing from the main window's state, so it is wired here.
  connect(aboutData, &QAction::triggered, window, [window] {
    auto* dialog = new AboutDataDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
  });
  about = make("actionAbout");
  about->setMenuRole(QAction::AboutRole);
  helpMenu->addAction(about);
  retranslate();
}

void MainActions::bindUndoStack(QUndoStack* stack)
{
  undoStack_ = stack;
  connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
  connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
  connect(stack, &QUndoStack::indexChanged, this, &MainActions::updateUndoTexts);
  connect(stack, &QUndoStack::canRedoChanged, this, &MainActions::updateUndoTexts);
  updateUndoTexts();
}

void MainActions::updateUndoTexts()
{
  const bool canUndo = undoStack_ && undoStack_->canUndo(), canRedo = undoStack_ && undoStack_->canRedo();
  undo->setEnabled(canUndo);
  redo->setEnabled(canRedo);
  undo->setText(canUndo ? tr("&Undo %1").arg(undoStack_->undoText()) : tr("&Undo"));
  redo->setText(canRedo ? tr("&Redo %1").arg(undoStack_->redoText()) : tr("&Redo"));
}

void MainActions::retranslate()
{
  fileMenu->setTitle(tr("&File"));
  editMenu->setTitle(tr("&Edit"));
  updateUndoTexts();
  openScenario->setText(tr("Open &Scenario File…"));
  openScenario->setToolTip(tr("Start a new exploration from a scenario JSON file"));
  builtinScenarios->setTitle(tr("&Built-in Scenarios"));
  openSession->setText(tr("&Open Session…"));
  saveSession->setText(tr("&Save Session"));
  saveSessionAs->setText(tr("Save Session &As…"));
  exportMenu->setTitle(tr("&Export"));
  exportAllCsv->setText(tr("All Designs as &CSV…"));
  exportAllJson->setText(tr("All Designs as &JSON…"));
  exportFrontCsv->setText(tr("Pareto Front as C&SV…"));
  exportFrontJson->setText(tr("Pareto Front as J&SON…"));
  exportPlots->setText(tr("&Plots as PNG, SVG or PDF…"));
  exportReport->setText(tr("&Report (HTML or PDF)…"));
  quit->setText(tr("&Quit"));
  searchMenu->setTitle(tr("&Search"));
  startSearch->setText(tr("&Start"));
  pauseSearch->setText(tr("&Pause / Resume"));
  stopSearch->setText(tr("S&top"));
  designsMenu->setTitle(tr("&Designs"));
  selectBestCarbon->setText(tr("Select the Lowest-&Carbon Design"));
  selectBestLatency->setText(tr("Select the &Fastest Design"));
  selectBestAccuracy->setText(tr("Select the Most &Accurate Design"));
  pinSelected->setText(tr("&Pin Selected Design for Comparison"));
  clearPins->setText(tr("C&lear Pinned Designs"));
  viewMenu->setTitle(tr("&View"));
  showDominated->setText(tr("Show &Dominated and Infeasible Designs"));
  showEquivalents->setText(tr("Everyday &Equivalents"));
  showEquivalents->setToolTip(
      tr("Show carbon totals also as km by car, smartphone charges and tree-years (EPA averages)"));
  lockAxes->setText(tr("&Lock Axes"));
  lockAxes->setToolTip(tr("Keep the fronts' axes where they are while designs arrive, so a moving front is seen "
                          "moving. A search locks them by itself after its first second, until it ends."));
  panelsMenu->setTitle(tr("&Panels"));
  resetLayout->setText(tr("&Reset Layout"));
  languageMenu->setTitle(tr("&Language"));
  helpMenu->setTitle(tr("&Help"));
  aboutData->setText(tr("About &Data and Sources…"));
  aboutData->setToolTip(tr("Every data table, the source of each entry, and the bibliography"));
  about->setText(tr("&About CarbonDSE"));
}
