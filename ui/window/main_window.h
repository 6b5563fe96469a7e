#pragma once
// The explorer's main window: composes the panels (assumptions, fronts, search + hypervolume,
// details, compare) around one ExplorerModel and one SearchController, and owns the menus. The
// panels do the work; this class only wires them and handles files.
#include <QMainWindow>
#include <QString>
#include <QTimer>

#include "core/search/archive/objective.h"
#include "core/search/scenario/scenario.h"
#include "ui/explorer/exact_reference.h"
#include "ui/runs/session_io.h"

#include <functional>
#include <memory>

class AbPanel;
class AssumptionsPanel;
class ElidedLabel;
class EvaluatorJobsPanel;
class ExactReferenceSolver;
class ComparePanel;
class DetailsPanel;
class ExplorerModel;
class FrontsView;
class HypervolumePlot;
class LanguageManager;
class MainActions;
class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;
class RunListPanel;
class SessionCapture;
class SearchController;
class SearchPanel;
class RegimePanel;
class SweepPanel;
struct SearchRunOutcome;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  // `persistent`: restore and remember the window layout in QSettings (off for screenshots/tests).
  explicit MainWindow(LanguageManager* languages, bool persistent = true, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Each returns an empty string on success, else the (translated) error shown to the user.
  QString openScenario(const QString& nameOrPath);
  // Reads the session on the calling thread (command line, screenshots, scripts).
  QString openSession(const QString& path);
  // On a worker thread with progress (and Cancel) in the status bar; the current runs stay until
  // the new ones are fully loaded. sessionOpened follows unless it cannot start (the error).
  QString openSessionInBackground(const QString& path);
  // A session file or a scenario file, told apart by content; sessions open in the background.
  QString openFile(const QString& path);
  // Captures the session on the GUI thread (every run's designs copied) and writes it on a worker
  // with progress in the status bar; sessionSaved follows unless it cannot start (the error).
  QString saveSession(const QString& path);
  // Asked before a session the user opens replaces runs with designs or pins that were not saved;
  // the default shows a question box. Tests (and headless runs) replace it.
  void setReplaceConfirm(std::function<bool(const QString& question)> confirm) { replaceConfirm_ = std::move(confirm); }
  bool sessionFileBusy() const { return capture_ || sessionIo_->busy() != SessionIo::Operation::None; }
  // Selects the feasible design best in `objective`; false when there is none yet.
  bool selectBest(cdse::Objective objective);
  // Start (F5): a search on the shown run's scenario under the current assumptions, with the
  // search panel's mode and settings; nothing while one runs. Its designs stream into a new run.
  void startSearch();

  ExplorerModel* model() const { return model_; }
  SearchController* controller() const { return controller_; }
  SearchPanel* searchPanel() const { return search_; }
  FrontsView* fronts() const { return fronts_; }
  HypervolumePlot* hypervolumePlot() const { return hypervolume_; }
  AssumptionsPanel* assumptions() const { return assumptions_; }
  DetailsPanel* details() const { return details_; }
  ComparePanel* compare() const { return compare_; }
  SweepPanel* sweep() const { return sweep_; }
  void showSweepView();   // raises the Sweep dock (screenshots: --view sweep)
  RegimePanel* regime() const { return regime_; }
  void showRegimeView();   // raises the Regime Map dock (screenshots: --view regime)
  EvaluatorJobsPanel* jobs() const { return jobs_; }
  void showJobsView();   // raises the Jobs dock (screenshots: --view jobs)
  AbPanel* ab() const { return ab_; }
  void showAbView();   // raises the A/B dock (screenshots: --view ab)
  RunListPanel* runList() const { return runs_; }
  // The shown run's exact front (issue 14), and the background solve behind it.
  const ExactReference& exactReference() const { return exactReference_; }
  ExactReferenceSolver* exactSolver() const { return exactSolver_; }
  MainActions* actions() const { return actions_; }
  QString sessionPath() const { return sessionPath_; }

  // Pushes the model's snapshot to the plots now (normally coalesced at ≈25 Hz).
  void refreshNow();

signals:
  // `error` is empty on success, else it names the file and the reason.
  void sessionSaved(const QString& path, const QString& error);
  void sessionOpened(const QString& path, const QString& error);

protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  void showEvent(QShowEvent* event) override;

private:
  static constexpr int k_layout_version = 6;   // bump when the docks change, so an old layout is not restored
  QDockWidget* addPanelDock(QWidget* panel, const char* objectName, Qt::DockWidgetArea area);
  void connectPanels();
  void connectActions();
  // The exact reference (main_window_exact.cpp).
  void connectExactReference();
  void startExactReference(const cdse::Scenario& scenario, const QString& algorithm);
  void solveExactAgain(const cdse::CarbonSettings& carbon, const cdse::SearchConstraints& constraints);
  void dropExactReference();
  void connectSweep();
  void connectAb();               // main_window_ab.cpp
  void connectJobs();             // main_window_jobs.cpp
  void updateSweepCandidates();   // the exact universal front if solved, else the shown run's designs
  void retranslateUi();
  // Dock layout and saved geometry (main_window_layout.cpp).
  void restoreSettings();
  void saveSettings() const;
  void applyDefaultLayout();
  void applyDefaultDockSizes();   // shares of the current window size (window_placement.h)
  QRect availableScreenArea() const;
  void scheduleRefresh();
  enum class Redraw { Coalesced, Soon, Now };
  void refresh(Redraw when);
  void showSelection();
  void showPinned();
  void updateStatus();
  void showError(const QString& title, const QString& message);
  void setSearchRunning(bool running);   // the actions, runs list and plots follow the search
  void runFinished(const SearchRunOutcome& outcome);
  void saveSessionInteractive(bool askForPath);
  void connectSessionIo();
  void continueCapture();   // copies the next slice of designs, then hands the session to the writer
  void showFileProgress(const QString& text, bool cancellable);
  void hideFileProgress();
  void adoptOpenedSession(const QString& path, PreparedSession session, bool drawNow);
  void openSessionInteractive();
  bool mayReplaceSession();   // false: the user keeps the current runs
  void openScenarioInteractive();
  void exportDesigns(bool frontOnly, bool json);
  void exportPlots();
  void exportAbFigure();   // the A/B panel's "Export Figure…" (main_window_export.cpp)
  void exportReport();
  void showAbout();

  LanguageManager* languages_;
  ExplorerModel* model_;
  SearchController* controller_;
  MainActions* actions_ = nullptr;
  AssumptionsPanel* assumptions_ = nullptr;
  FrontsView* fronts_ = nullptr;
  SearchPanel* search_ = nullptr;
  HypervolumePlot* hypervolume_ = nullptr;
  DetailsPanel* details_ = nullptr;
  ComparePanel* compare_ = nullptr;
  SweepPanel* sweep_ = nullptr;
  EvaluatorJobsPanel* jobs_ = nullptr;
  RegimePanel* regime_ = nullptr;
  AbPanel* ab_ = nullptr;
  RunListPanel* runs_ = nullptr;
  SessionIo* sessionIo_ = nullptr;
  ExactReferenceSolver* exactSolver_ = nullptr;
  ExactReference exactReference_;
  bool exactAwaitingRun_ = false;             // a reference was started for the search's run, not yet begun
  std::shared_ptr<SessionCapture> capture_;   // a save being captured, slice by slice
  QString capturePath_;
  QProgressBar* fileProgress_ = nullptr;
  QToolButton* cancelOpen_ = nullptr;
  QDockWidget* assumptionsDock_ = nullptr;
  QDockWidget* searchDock_ = nullptr;
  QDockWidget* detailsDock_ = nullptr;
  QDockWidget* compareDock_ = nullptr;
  QDockWidget* sweepDock_ = nullptr;
  QDockWidget* regimeDock_ = nullptr;
  QDockWidget* abDock_ = nullptr;
  QDockWidget* runsDock_ = nullptr;
  QDockWidget* jobsDock_ = nullptr;
  bool jobsShownThisRun_ = false;   // the Jobs dock is raised once per run whose source runs jobs
  ElidedLabel* statusDesigns_ = nullptr;
  ElidedLabel* statusSplit_ = nullptr;
  QTimer refreshTimer_;
  QByteArray defaultState_;
  QString sessionPath_;
  bool searchRunning_ = false;
  bool unsavedWork_ = false;           // runs, pins or assumptions changed since the last save or open
  bool changedWhileOpening_ = false;   // the same, while a background open was loading
  std::function<bool(const QString&)> replaceConfirm_;
  bool persistent_ = true;
  bool dockSizesPending_ = true;   // no saved dock layout: size the docks on the first show
};
