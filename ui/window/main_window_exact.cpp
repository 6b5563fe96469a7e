// MainWindow: the exact reference of the shown run (issue 14). When a search starts on a scenario
// the exact algorithm can solve, a second, background solve computes its universal front (or, for
// an exact run, the run is its own reference); the front and its hypervolume are drawn in the
// plots as a reference. The reference belongs to that run: showing another run, opening a session
// or a scenario drops it; stopping the search stops the solve; a slider move that breaks the
// solve's premises (a looser limit, a node override) solves again.
#include <QStatusBar>

#include "core/search/exact/exact_refusal.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/plots/hypervolume_plot.h"
#include "ui/search/exact_reference_solver.h"
#include "ui/search/search_controller.h"
#include "ui/search/search_panel.h"
#include "ui/window/main_window.h"

void MainWindow::connectExactReference()
{
  // Connected before connectPanels(), so the reference is up to date when those handlers redraw.
  connect(model_, &ExplorerModel::scenarioChanged, this, [this] {
    if (exactAwaitingRun_ && controller_->isRunning()) {
      exactAwaitingRun_ = false;   // the run the search just began (ExplorerModel::beginRun)
      exactReference_.bindRun(model_->shownRunId());
      return;
    }
    if (exactReference_.state() != ExactReference::State::None && exactReference_.runId() != model_->shownRunId())
      dropExactReference();
  });
  connect(assumptions_, &AssumptionsPanel::settingsChanged, this, [this](const cdse::CarbonSettings& s) {
    search_->setCarbonSettings(s);
    try {
      if (!exactReference_.setCarbonSettings(s))
        solveExactAgain(s, model_->constraints());
    } catch (const std::exception&) {
      // Invalid settings: the model refuses them too and says why; the reference stays as it was.
    }
  });
  connect(assumptions_, &AssumptionsPanel::constraintsChanged, this, [this](const cdse::SearchConstraints& c) {
    if (!exactReference_.setConstraints(c))
      solveExactAgain(model_->carbonSettings(), c);
  });
  connect(controller_, &SearchController::plotProgress, this, [this](const cdse::SearchProgress& p) {
    if (!exactReference_.selfReference() || exactReference_.state() != ExactReference::State::Solving)
      return;
    exactReference_.setSolveFraction(p.phase == "solving" ? p.solve_fraction : 1.0);
    hypervolume_->setExact(exactReference_.view(model_->archive(), model_->shownRunId()));
  });
  connect(controller_, &SearchController::runFinished, this, [this](const SearchRunOutcome& outcome) {
    exactAwaitingRun_ = false;
    if (outcome.state == cdse::SearchState::Finished) {
      exactReference_.markRunFinished();   // an exact run has evaluated its whole universal front
      return;
    }
    // Stopped or failed: the solve started with it stops too; a front already solved stays.
    exactSolver_->stop();
    if (exactReference_.state() != ExactReference::State::Ready)
      exactReference_.clear();
  });
  connect(exactSolver_, &ExactReferenceSolver::progress, this, [this](double fraction) {
    exactReference_.setSolveFraction(fraction);
    // Only the note in the hypervolume plot changes: no redraw of the fronts.
    hypervolume_->setExact(exactReference_.view(model_->archive(), model_->shownRunId()));
  });
  connect(exactSolver_, &ExactReferenceSolver::solved, this, [this](std::shared_ptr<cdse::Archive> archive) {
    if (exactReference_.state() != ExactReference::State::Solving || exactReference_.selfReference())
      return;
    try {
      exactReference_.adopt(std::move(archive), model_->carbonSettings(), model_->constraints());
    } catch (const std::exception&) {
      exactReference_.clear();
    }
    refresh(Redraw::Soon);
  });
  connect(exactSolver_, &ExactReferenceSolver::failed, this, [this](const QString& message) {
    exactReference_.clear();
    if (!message.isEmpty())
      statusBar()->showMessage(tr("The exact front could not be solved: %1").arg(message), 6000);
    refresh(Redraw::Soon);
  });
}

void MainWindow::startExactReference(const cdse::Scenario& scenario, const QString& algorithm)
{
  exactSolver_->stop();
  exactReference_.clear();
  exactAwaitingRun_ = false;
  if (cdse::exact_refusal(scenario))
    return;   // nothing exact to compare with
  if (algorithm == QLatin1String("exact"))
    exactReference_.useRunItself(scenario);   // its own front is exact once it has finished
  else if (exactSolver_->start(scenario))
    exactReference_.startSolving(scenario);
  else
    return;
  exactAwaitingRun_ = true;   // bound to the run when it begins
}

void MainWindow::solveExactAgain(const cdse::CarbonSettings& carbon, const cdse::SearchConstraints& constraints)
{
  const std::uint64_t runId = exactReference_.runId();
  dropExactReference();
  if (runId == ExactReference::k_unbound || runId != model_->shownRunId())
    return;
  cdse::Scenario scenario = model_->scenario();   // the run's, in the mode it ran in
  scenario.carbon = carbon;
  scenario.constraints = constraints;
  if (!cdse::exact_refusal(scenario) && exactSolver_->start(scenario))
    exactReference_.startSolving(scenario, runId);
}

void MainWindow::dropExactReference()
{
  exactSolver_->stop();
  exactReference_.clear();
  exactAwaitingRun_ = false;
}
