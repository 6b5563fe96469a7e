// MainWindow: the Jobs panel. The SearchController hands over the accuracy source's job snapshots
// (evaluatorJobsChanged, values taken on the GUI thread's timer); the panel's stop button is the
// Search ▸ Stop action, which is what cancels SLURM jobs (SearchRunner::cancel → cancel_pending).
#include <QAction>
#include <QDockWidget>

#include "ui/jobs/evaluator_jobs_panel.h"
#include "ui/search/search_controller.h"
#include "ui/window/main_actions.h"
#include "ui/window/main_window.h"

void MainWindow::connectJobs()
{
  connect(controller_, &SearchController::runStarted, this, [this] { jobsShownThisRun_ = false; });
  connect(controller_, &SearchController::evaluatorJobsChanged, this, [this](const cdse::EvaluatorJobsSnapshot& jobs) {
    jobs_->setSnapshot(jobs);
    // A search that waits for fine-tuning jobs shows them once, unless the user closed the panel.
    if (jobs.source_runs_jobs && !jobsShownThisRun_ && controller_->isRunning()) {
      jobsShownThisRun_ = true;
      if (!jobsDock_->isHidden())
        jobsDock_->raise();
    }
  });
  connect(jobs_, &EvaluatorJobsPanel::stopSearchRequested, actions_->stopSearch, &QAction::trigger);
}

void MainWindow::showJobsView()
{
  if (jobsDock_->isHidden() && !jobsDock_->isFloating())
    tabifyDockWidget(detailsDock_, jobsDock_);   // back in its place beside Design Details
  jobsDock_->show();
  jobsDock_->raise();
}
