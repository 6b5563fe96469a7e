// MainWindow: the Sweep and Regime Map panels' inputs (issue 16). The pinned designs come with showPinned(); the
// other assumptions follow the sliders; the candidates for the optimum are the exact universal
// front when it has been solved for the shown run (it holds the optimum for every slider setting),
// else the shown run's designs, refreshed when a run ends (MainWindow::runFinished), another run is
// shown or the limits change.
#include <algorithm>

#include "core/search/archive/archive.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/search/exact_reference_solver.h"
#include "ui/ab/ab_panel.h"
#include "ui/regime/regime_panel.h"
#include "ui/sweep/sweep_panel.h"
#include "ui/window/main_window.h"

#include <QDockWidget>

void MainWindow::connectSweep()
{
  sweep_->setCarbonSettings(model_->carbonSettings());
  regime_->setCarbonSettings(model_->carbonSettings());
  connect(assumptions_, &AssumptionsPanel::settingsChanged, sweep_, &SweepPanel::setCarbonSettings);
  connect(assumptions_, &AssumptionsPanel::settingsChanged, regime_, &RegimePanel::setCarbonSettings);
  // A scenario, session or run shown sets the assumptions without the panel's signal.
  connect(model_, &ExplorerModel::designsChanged, this, [this] {
    sweep_->setCarbonSettings(model_->carbonSettings());
    regime_->setCarbonSettings(model_->carbonSettings());
  });
  connect(assumptions_, &AssumptionsPanel::constraintsChanged, this, [this] { updateSweepCandidates(); });
  connect(model_, &ExplorerModel::scenarioChanged, this, [this] {
    sweep_->setCarbonSettings(model_->carbonSettings());
    regime_->setCarbonSettings(model_->carbonSettings());
    updateSweepCandidates();
  });
  // Queued: the exact reference adopts the solved front in its own handler first.
  connect(
      exactSolver_, &ExactReferenceSolver::solved, this, [this] { updateSweepCandidates(); }, Qt::QueuedConnection);
}

void MainWindow::updateSweepCandidates()
{
  const cdse::Archive* exact = exactReference_.state() == ExactReference::State::Ready ? exactReference_.archive()
                                                                                       : nullptr;
  const cdse::Archive& source = exact ? *exact : model_->archive();
  auto candidates = std::make_shared<cdse::SweepCandidates>();
  auto indices = std::make_shared<std::vector<std::int64_t>>();
  candidates->constraints = model_->constraints();
  const auto& objectives = source.objective_list();
  candidates->accuracy_required = std::find(objectives.begin(), objectives.end(), cdse::Objective::Accuracy) !=
                                  objectives.end();
  candidates->designs.reserve(source.size());
  for (std::size_t i = 0; i < source.size(); ++i)
    if (!source.record(i).failed) {
      candidates->designs.push_back(source.record(i).invariants);
      indices->push_back(source.record(i).index);
    }
  if (candidates->designs.empty()) {
    sweep_->setCandidates(nullptr, {}, {});
    regime_->setCandidates(nullptr, {}, {});
    ab_->setCandidates(nullptr, {}, {});
    return;
  }
  const QString what = exact ? tr("the exact universal front (%L1 designs, every design of the space accounted for)")
                                   .arg(candidates->designs.size())
                             : tr("the shown run's %L1 designs").arg(candidates->designs.size());
  // Exact candidates are not designs of the run: they are named by their place in the exact front.
  const QString prefix = exact ? tr("exact #") : QStringLiteral("#");
  const auto labelOf = [indices, prefix](std::size_t i) { return prefix + QString::number((*indices)[i]); };
  ab_->setCandidates(candidates, what, labelOf);   // the A/B and regime map pick their optima from the same designs
  regime_->setCandidates(candidates, what, labelOf);
  sweep_->setCandidates(std::move(candidates), what, labelOf);
}

void MainWindow::showSweepView()
{
  if (sweepDock_->isHidden() && !sweepDock_->isFloating())
    tabifyDockWidget(detailsDock_, sweepDock_);   // back in its place beside Design Details
  sweepDock_->show();
  sweepDock_->raise();
  // The right column is kept narrow for the fronts; a sweep shown on purpose gets room to read.
  if (!sweepDock_->isFloating())
    resizeDocks({sweepDock_}, {std::max(sweepDock_->width(), width() * 2 / 5)}, Qt::Horizontal);
}

void MainWindow::showRegimeView()
{
  if (regimeDock_->isHidden() && !regimeDock_->isFloating())
    tabifyDockWidget(detailsDock_, regimeDock_);   // back in its place beside Design Details
  regimeDock_->show();
  regimeDock_->raise();
  // A map needs room in both directions: as wide as the sweep gets.
  if (!regimeDock_->isFloating())
    resizeDocks({regimeDock_}, {std::max(regimeDock_->width(), width() * 2 / 5)}, Qt::Horizontal);
}
