// MainWindow's file commands: opening scenarios, and opening and saving sessions in the background
// (captured on the GUI thread in slices, written and read by SessionIo on a worker, with progress
// in the status bar). The formats live in core/session; this file only decides when and asks.
#include "ui/window/main_window.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <utility>

#include "ui/window/main_actions.h"
#include "ui/window/recent_files_menu.h"
#include "ui/explorer/explorer_model.h"
#include "ui/explorer/session_capture.h"
#include "core/io/input_error.h"
#include "core/search/scenario/scenario.h"
#include "ui/search/search_panel.h"
#include "core/session/session_file.h"

QString MainWindow::openScenario(const QString& nameOrPath)
{
  if (searchRunning_)
    return tr("Stop the running search first.");
  try {
    model_->loadScenario(cdse::load_scenario(nameOrPath.toStdString()));
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
  sessionPath_.clear();
  if (QFileInfo::exists(nameOrPath))
    actions_->recent->add(nameOrPath);
  refreshNow();
  return {};
}

namespace {

// A core error names the file already; one that does not gets its path in front.
QString withFile(const QString& path, const QString& message)
{
  return message.contains(QFileInfo(path).fileName()) ? message : QStringLiteral("%1: %2").arg(path, message);
}

}   // namespace

QString MainWindow::openSession(const QString& path)
{
  if (searchRunning_)
    return tr("Stop the running search first.");
  if (sessionFileBusy())
    return tr("A session file is being read or written; try again when it is done.");
  try {
    adoptOpenedSession(path, SessionIo::openNow(path), true);
  } catch (const std::exception& e) {
    return withFile(path, QString::fromStdString(e.what()));
  }
  return {};
}

QString MainWindow::openSessionInBackground(const QString& path)
{
  if (searchRunning_)
    return tr("Stop the running search first.");
  // sessionFileBusy() and not only open()'s answer: a save still capturing has not reached the
  // writer yet, and an open started now would make its hand-over fail.
  if (sessionFileBusy() || !sessionIo_->open(path))
    return tr("A session file is being read or written; try again when it is done.");
  changedWhileOpening_ = false;
  showFileProgress(tr("Opening %1…").arg(QFileInfo(path).fileName()), true);
  return {};
}

QString MainWindow::openFile(const QString& path)
{
  if (SessionIo::looksLikeSession(path))
    return openSessionInBackground(path);
  return openScenario(path);
}

void MainWindow::adoptOpenedSession(const QString& path, PreparedSession prepared, bool drawNow)
{
  const cdse::SessionRunSettings settings = prepared.session.runs.at(prepared.session.active_run).settings;
  model_->adoptSession(std::move(prepared));
  search_->setRunSettings(settings);
  // Saving writes the current format, so an old ".cdse.json" is not overwritten silently.
  sessionPath_ = path.endsWith(QLatin1String(".cdse")) ? path : QString();
  actions_->recent->add(path);
  // In the background the fronts are projected off the GUI thread like after a slider move (a
  // synchronous redraw of 200,000 designs holds the loop for ~100 ms); a script draws at once.
  refresh(drawNow ? Redraw::Now : Redraw::Soon);
  unsavedWork_ = false;
}

QString MainWindow::saveSession(const QString& path)
{
  if (sessionFileBusy())
    return tr("A session file is being read or written; try again when it is done.");
  capture_ = std::make_shared<SessionCapture>(model_->captureSession());
  capturePath_ = path;
  unsavedWork_ = false;   // the file gets the state as of now; a later change marks it again
  showFileProgress(tr("Saving %1…").arg(QFileInfo(path).fileName()), false);
  continueCapture();
  return {};
}

void MainWindow::continueCapture()
{
  // A few ms per event-loop turn: the copies land in fresh memory, and on a VM each new page costs
  // ~15 us to fault in (16,384 designs a turn stalled the loop for 36 ms).
  constexpr std::size_t k_designs_per_turn = 4096;
  if (!capture_->copySome(k_designs_per_turn)) {
    QTimer::singleShot(0, this, &MainWindow::continueCapture);
    return;
  }
  cdse::Session session = capture_->take();
  capture_.reset();
  cdse::SessionRun& shown = session.runs.at(session.active_run);
  if (shown.started_utc.empty())
    shown.settings = search_->runSettings();   // no search yet: remember the controls
  if (!sessionIo_->save(capturePath_, std::move(session))) {
    // Cannot happen while opens wait for the capture; should it, the user must hear of it.
    unsavedWork_ = true;
    hideFileProgress();
    const QString error = tr("A session file is being read or written; try again when it is done.");
    showError(tr("Cannot save the session"), error);
    emit sessionSaved(capturePath_, error);
  }
}

void MainWindow::connectSessionIo()
{
  sessionIo_ = new SessionIo(this);
  replaceConfirm_ = [this](const QString& question) {
    return QMessageBox::question(this, tr("Open Session"), question, QMessageBox::Open | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Open;
  };
  for (auto change : {&ExplorerModel::runsChanged, &ExplorerModel::pinnedChanged, &ExplorerModel::designsChanged})
    connect(model_, change, this, [this] {
      unsavedWork_ = true;
      changedWhileOpening_ = changedWhileOpening_ || sessionIo_->busy() == SessionIo::Operation::Open;
    });
  connect(sessionIo_, &SessionIo::progress, this,
          [this](double f) { fileProgress_->setValue(static_cast<int>(f * 1000)); });
  connect(cancelOpen_, &QToolButton::clicked, sessionIo_, &SessionIo::cancelOpen);
  connect(sessionIo_, &SessionIo::saved, this, [this](const QString& path) {
    hideFileProgress();
    sessionPath_ = path;
    actions_->recent->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
    emit sessionSaved(path, {});
  });
  connect(sessionIo_, &SessionIo::opened, this, [this](const QString& path, std::shared_ptr<PreparedSession> session) {
    hideFileProgress();
    QString error;
    // Work done while the file loaded (pins, renames, another scenario, a search) is not replaced
    // without asking, as if it had been there when the open started.
    const bool changedMeanwhile = std::exchange(changedWhileOpening_, false);
    if (searchRunning_)
      error = tr("%1 was not opened: a search started meanwhile.").arg(path);
    else if (changedMeanwhile && !mayReplaceSession())
      error = tr("%1 was not opened: the runs changed meanwhile.").arg(path);
    else
      adoptOpenedSession(path, std::move(*session), false);
    if (!error.isEmpty())
      showError(tr("Cannot open the session"), error);
    emit sessionOpened(path, error);
  });
  connect(sessionIo_, &SessionIo::openCancelled, this, [this](const QString& path) {
    hideFileProgress();
    statusBar()->showMessage(tr("Opening %1 cancelled; the current session is kept.").arg(QFileInfo(path).fileName()),
                             6000);
    emit sessionOpened(path, tr("Cancelled"));
  });
  connect(sessionIo_, &SessionIo::failed, this,
          [this](const QString& path, const QString& message, SessionIo::Operation op) {
            hideFileProgress();
            const QString error = withFile(path, message);
            if (op == SessionIo::Operation::Save) {
              unsavedWork_ = true;
              showError(tr("Cannot save the session"), error);
              emit sessionSaved(path, error);
            } else {
              showError(tr("Cannot open the session"), error);
              emit sessionOpened(path, error);
            }
          });
}

void MainWindow::showFileProgress(const QString& text, bool cancellable)
{
  fileProgress_->setValue(0);
  fileProgress_->setFormat(text + QStringLiteral(" %p%"));
  fileProgress_->setTextVisible(true);
  fileProgress_->show();
  cancelOpen_->setVisible(cancellable);
  for (QAction* a : {actions_->openSession, actions_->saveSession, actions_->saveSessionAs})
    a->setEnabled(false);
  actions_->recent->setEnabled(false);   // its sessions open through the same (busy) SessionIo
}

void MainWindow::hideFileProgress()
{
  fileProgress_->hide();
  cancelOpen_->hide();
  actions_->openSession->setEnabled(!searchRunning_);
  actions_->recent->setEnabled(!searchRunning_);
  actions_->saveSession->setEnabled(true);
  actions_->saveSessionAs->setEnabled(true);
}

void MainWindow::saveSessionInteractive(bool askForPath)
{
  QString path = sessionPath_;
  if (askForPath || path.isEmpty())
    path = QFileDialog::getSaveFileName(this, tr("Save Session"), QString(), tr("CarbonDSE sessions (*.cdse)"));
  if (path.isEmpty())
    return;
  if (QFileInfo(path).suffix().isEmpty())
    path += QLatin1String(".cdse");
  if (const QString error = saveSession(path); !error.isEmpty())
    showError(tr("Cannot save the session"), error);
}

bool MainWindow::mayReplaceSession()
{
  const auto runs = model_->runs();
  const bool anyDesigns = std::any_of(runs.begin(), runs.end(), [](const RunSummary& r) { return r.designs > 0; });
  if (!unsavedWork_ || (!anyDesigns && model_->pinned().empty()))
    return true;
  // Each count gets its own plural form (one %n per string).
  const QString pins = tr("%n pinned design(s)", nullptr, static_cast<int>(model_->pinned().size()));
  return replaceConfirm_(tr("Opening a session replaces the %n run(s) shown here, with their designs and %1, "
                            "which are not saved. Open it anyway?",
                            nullptr, static_cast<int>(runs.size()))
                             .arg(pins));
}

void MainWindow::openSessionInteractive()
{
  if (!mayReplaceSession())
    return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), QString(),
                                                    tr("CarbonDSE sessions (*.cdse *.cdse.json *.json)"));
  if (path.isEmpty())
    return;
  if (const QString error = openSessionInBackground(path); !error.isEmpty())
    showError(tr("Cannot open the session"), error);
}

void MainWindow::openScenarioInteractive()
{
  const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), QString(), tr("Scenario files (*.json)"));
  if (path.isEmpty())
    return;
  if (const QString error = openScenario(path); !error.isEmpty())
    showError(tr("Cannot open the scenario"), error);
}
