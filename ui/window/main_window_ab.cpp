// MainWindow: the A/B panel's inputs (issue 16). The pinned designs come with showPinned() and
// the candidates for the optima with updateSweepCandidates() (the same as the sweep's); the
// sliders' values are what "A ← Sliders" and "B ← Sliders" take; "Show" sets the sliders to a set
// as one undoable edit, so the Assumptions panel is the editor of both sets; "Export Figure…" is
// MainWindow::exportAbFigure (main_window_export.cpp).
#include <algorithm>

#include <QDockWidget>

#include "ui/ab/ab_panel.h"
#include "ui/assumptions/assumptions_panel.h"
#include "ui/explorer/explorer_model.h"
#include "ui/window/main_window.h"

void MainWindow::connectAb()
{
  ab_->setSliderSettings(model_->carbonSettings());
  connect(assumptions_, &AssumptionsPanel::settingsChanged, ab_, &AbPanel::setSliderSettings);
  // A scenario, session or run shown sets the assumptions without the panel's signal.
  connect(model_, &ExplorerModel::designsChanged, this, [this] { ab_->setSliderSettings(model_->carbonSettings()); });
  connect(model_, &ExplorerModel::scenarioChanged, this, [this] { ab_->setSliderSettings(model_->carbonSettings()); });
  connect(ab_, &AbPanel::applyToSliders, assumptions_, &AssumptionsPanel::applySettings);
  connect(ab_, &AbPanel::exportFigureRequested, this, &MainWindow::exportAbFigure);
}

void MainWindow::showAbView()
{
  if (abDock_->isHidden() && !abDock_->isFloating())
    tabifyDockWidget(detailsDock_, abDock_);   // back in its place beside Design Details
  abDock_->show();
  abDock_->raise();
  if (!abDock_->isFloating())
    resizeDocks({abDock_}, {std::max(abDock_->width(), width() * 2 / 5)}, Qt::Horizontal);
}
