#include "ui/window/main_window.h"

// The main window's dock layout: the default arrangement and sizes for the screen it opens on, and
// the geometry and dock state kept between sessions (window_placement.h has the arithmetic).
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>

#include <algorithm>

#include "ui/assumptions/assumptions_panel.h"
#include "ui/details/details_panel.h"
#include "ui/plots/fronts_view.h"
#include "ui/search/search_panel.h"
#include "ui/window/main_actions.h"
#include "ui/window/window_placement.h"

namespace {

const char* k_geometry_key = "window/geometry";
const char* k_state_key = "window/state";
const char* k_layout_version_key = "window/layoutVersion";
constexpr int k_combo_minimum_chars = 14;

// A docked panel must be able to get narrower than its longest combo-box item (the popup still
// shows every item whole), or one long entry widens the whole column on a 1366-pixel screen.
void letComboBoxesShrink(QWidget* panel)
{
  for (auto* combo : panel->findChildren<QComboBox*>())
    if (combo->sizeAdjustPolicy() != QComboBox::AdjustToMinimumContentsLengthWithIcon) {
      combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
      combo->setMinimumContentsLength(k_combo_minimum_chars);
    }
}

}   // namespace

QDockWidget* MainWindow::addPanelDock(QWidget* panel, const char* objectName, Qt::DockWidgetArea area)
{
  letComboBoxesShrink(panel);
  auto* dock = new QDockWidget(this);
  dock->setObjectName(QLatin1String(objectName));
  dock->setWidget(panel);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::applyDefaultLayout()
{
  for (QDockWidget* dock : {assumptionsDock_, searchDock_, detailsDock_, compareDock_, runsDock_})
    dock->show();
  addDockWidget(Qt::LeftDockWidgetArea, assumptionsDock_);
  addDockWidget(Qt::LeftDockWidgetArea, searchDock_);
  splitDockWidget(assumptionsDock_, searchDock_, Qt::Vertical);
  addDockWidget(Qt::RightDockWidgetArea, detailsDock_);
  addDockWidget(Qt::BottomDockWidgetArea, runsDock_);
  addDockWidget(Qt::BottomDockWidgetArea, compareDock_);
  splitDockWidget(runsDock_, compareDock_, Qt::Horizontal);   // pins of any run beside the run list
  // The sweep, a tab beside Design Details: the tall right column has room for a tab bar and a plot;
  // tabbed with Compare it would add a tab bar to the low bottom row, which at 1366 × 768 does not fit.
  addDockWidget(Qt::RightDockWidgetArea, sweepDock_);
  tabifyDockWidget(detailsDock_, sweepDock_);
  addDockWidget(Qt::RightDockWidgetArea, regimeDock_);
  tabifyDockWidget(sweepDock_, regimeDock_);
  addDockWidget(Qt::RightDockWidgetArea, abDock_);
  tabifyDockWidget(regimeDock_, abDock_);
  addDockWidget(Qt::RightDockWidgetArea, jobsDock_);
  tabifyDockWidget(abDock_, jobsDock_);
  detailsDock_->raise();
}

void MainWindow::applyDefaultDockSizes()
{
  // The left column must fit the assumption controls beside a vertical scroll bar.
  auto* scroll = qobject_cast<QScrollArea*>(assumptionsDock_->widget());
  const int scrollBar_px = scroll ? scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth() : 0;
  const int dockFrame_px = 2 * assumptionsDock_->style()->pixelMetric(QStyle::PM_DockWidgetFrameWidth, nullptr,
                                                                      assumptionsDock_);
  const int leftMinimum_px = std::max(assumptions_->minimumSizeHint().width() + scrollBar_px + dockFrame_px,
                                      search_->minimumSizeHint().width());
  DockSizes s = defaultDockSizes(size(), leftMinimum_px, details_->minimumSizeHint().width(),
                                 search_->sizeHint().height());
  // When the plots' minimum leaves less, the details give way first, down to a width that still
  // shows value and unit beside an elided label: the assumption controls should stay whole.
  constexpr int k_details_floor_px = 298;
  const int separators_px = 4 * style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
  const int room_px = width() - fronts_->minimumSizeHint().width() - separators_px;
  if (s.left_px + s.right_px > room_px) {
    s.right_px = std::max({k_details_floor_px, details_->minimumSizeHint().width(), room_px - s.left_px});
    s.left_px = std::max(1, std::min(s.left_px, room_px - s.right_px));
  }
  resizeDocks({assumptionsDock_, detailsDock_}, {s.left_px, s.right_px}, Qt::Horizontal);
  const int column_px = std::max(1, assumptionsDock_->height() + searchDock_->height());
  resizeDocks({assumptionsDock_, searchDock_}, {std::max(1, column_px - s.search_px), s.search_px}, Qt::Vertical);
  resizeDocks({compareDock_}, {s.bottom_px}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event)
{
  QMainWindow::showEvent(event);
  if (dockSizesPending_) {
    dockSizesPending_ = false;
    applyDefaultDockSizes();   // now the window has its size
  }
  // A message shown before the window was (the first show un-hides the status labels under it).
  if (const QString message = statusBar()->currentMessage(); !message.isEmpty()) {
    statusBar()->clearMessage();   // showMessage ignores the message it already shows
    statusBar()->showMessage(message, 6000);
  }
}

QRect MainWindow::availableScreenArea() const
{
  const QScreen* where = QGuiApplication::screenAt(geometry().center());
  return (where ? where : screen())->availableGeometry();
}

void MainWindow::restoreSettings()
{
  // A screenshot or test window has no window-manager frame; an interactive one gets an allowance.
  const QMargins frame = persistent_ ? estimatedFrameMargins(fontMetrics().height()) : QMargins();
  const QSize preferred = persistent_ ? QSize(1500, 920) : QSize(1600, 1000);
  QSettings settings;
  // The saved geometry only when the whole window fits the screen it lands on; its dock layout
  // was made for that size, so it goes with it.
  const bool restored = persistent_ && settings.contains(QLatin1String(k_geometry_key)) &&
                        restoreGeometry(settings.value(QLatin1String(k_geometry_key)).toByteArray()) &&
                        fitsOnScreen(geometry().marginsAdded(frame), availableScreenArea());
  if (!restored) {
    setWindowState(windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    setGeometry(fittedWindowGeometry(availableScreenArea(), preferred, frame));
  }
  if (!persistent_)
    return;
  if (restored && settings.value(QLatin1String(k_layout_version_key)).toInt() == k_layout_version)
    dockSizesPending_ = !restoreState(settings.value(QLatin1String(k_state_key)).toByteArray(), k_layout_version);
  actions_->showDominated->setChecked(settings.value(QStringLiteral("view/showDominated"), true).toBool());
  actions_->showEquivalents->setChecked(settings.value(QStringLiteral("view/showEquivalents"), true).toBool());
}

void MainWindow::saveSettings() const
{
  if (!persistent_)
    return;
  QSettings settings;
  settings.setValue(QLatin1String(k_geometry_key), saveGeometry());
  settings.setValue(QLatin1String(k_state_key), saveState(k_layout_version));
  settings.setValue(QLatin1String(k_layout_version_key), k_layout_version);
  settings.setValue(QStringLiteral("view/showDominated"), actions_->showDominated->isChecked());
  settings.setValue(QStringLiteral("view/showEquivalents"), actions_->showEquivalents->isChecked());
}
