#include "ui/plots/fronts_view.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <latch>

#include "ui/plots/projection_plot.h"
#include "ui/widgets/elided_label.h"
#include "core/threads/thread_priority.h"

namespace {

// Frame builders run between the GUI thread (nice 0) and the search threads (nice 10): frames
// are ready promptly, yet the event loop keeps the CPU when it needs it.
constexpr int k_frame_builder_nice = 5;

ProjectionFrame buildOnPool(std::shared_ptr<const FrontSnapshot> snapshot, const ProjectionSpec& spec)
{
  thread_local const bool lowered = cdse::lower_current_thread_priority(k_frame_builder_nice);
  (void)lowered;
  return buildProjectionFrame(std::move(snapshot), spec);
}

}   // namespace

FrontsView::FrontsView(QWidget* parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("frontsView"));
  // A 2 × 2 grid: the three projections and a corner cell, so each plot keeps a readable size.
  auto* splitter = new QSplitter(Qt::Vertical, this);
  splitter->setObjectName(QStringLiteral("frontsSplitter"));
  splitter->setChildrenCollapsible(false);
  auto* topRow = new QSplitter(Qt::Horizontal, splitter);
  bottomRow_ = new QSplitter(Qt::Horizontal, splitter);
  for (QSplitter* row : {topRow, bottomRow_})
    row->setChildrenCollapsible(false);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 1);
  for (int i = 0; i < k_projection_count; ++i) {
    plots_[i] = new ProjectionPlot(i, i < 2 ? topRow : bottomRow_);
    connect(plots_[i], &ProjectionPlot::designClicked, this, &FrontsView::designClicked);
  }

  showDominatedBox_ = new QCheckBox(this);
  showDominatedBox_->setObjectName(QStringLiteral("showDominated"));
  showDominatedBox_->setChecked(showDominated_);
  connect(showDominatedBox_, &QCheckBox::toggled, this, &FrontsView::setShowDominated);
  hint_ = new ElidedLabel(this);   // shortens before it widens the window (1366 px, Japanese)
  hint_->setObjectName(QStringLiteral("frontsHint"));
  hint_->setEnabled(false);   // greyed: a hint, not data

  auto* controls = new QHBoxLayout;
  controls->addWidget(showDominatedBox_);
  controls->addStretch(1);
  controls->addWidget(hint_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  layout->addWidget(splitter, 1);

  redrawTimer_ = new QTimer(this);
  redrawTimer_->setSingleShot(true);
  redrawTimer_->setInterval(k_redraw_interval_ms);
  connect(redrawTimer_, &QTimer::timeout, this, &FrontsView::startBuild);
  autoLockTimer_ = new QTimer(this);
  autoLockTimer_->setSingleShot(true);
  autoLockTimer_->setInterval(k_auto_lock_delay_ms);
  connect(autoLockTimer_, &QTimer::timeout, this, [this] {
    searchLocked_ = true;
    applyAxesLock();
  });
  // One thread per projection (at nice +5: below the GUI thread, above the search workers).
  pool_.setMaxThreadCount(k_projection_count);
  retranslateUi();
}

FrontsView::~FrontsView() { pool_.waitForDone(); }

void FrontsView::setCornerWidget(QWidget* widget)
{
  bottomRow_->addWidget(widget);
  bottomRow_->setSizes({1, 1});
}

QList<QCustomPlot*> FrontsView::plots() const
{
  QList<QCustomPlot*> list;
  for (ProjectionPlot* p : plots_)
    list.append(p);
  return list;
}

ProjectionPlot* FrontsView::projection(int i) const
{
  return i >= 0 && i < k_projection_count ? plots_[static_cast<std::size_t>(i)] : nullptr;
}

void FrontsView::setSnapshot(const FrontSnapshot& snapshot) { setSnapshot(FrontSnapshot(snapshot)); }

void FrontsView::setSnapshot(FrontSnapshot&& snapshot)
{
  // Keep only the newest; the timer is not restarted, so a steady stream still draws at 25 Hz.
  pending_ = std::make_shared<const FrontSnapshot>(std::move(snapshot));
  if (!redrawTimer_->isActive() && !building_)
    redrawTimer_->start();
}

bool FrontsView::redrawPending() const { return pending_ != nullptr || building_ != nullptr; }

void FrontsView::redrawSoon()
{
  if (building_) {
    urgent_ = true;   // right after the frames in flight
    return;
  }
  redrawTimer_->stop();
  startBuild();
}

void FrontsView::startBuild()
{
  urgent_ = false;
  if (!pending_)
    return;
  building_ = std::move(pending_);
  pending_.reset();
  const std::uint64_t build = ++build_;
  framesOutstanding_ = k_projection_count;
  for (int i = 0; i < k_projection_count; ++i) {
    const ProjectionSpec spec = plots_[static_cast<std::size_t>(i)]->spec();
    pool_.start([this, build, i, spec, snapshot = building_] {
      auto frame = std::make_shared<ProjectionFrame>(buildOnPool(snapshot, spec));
      // Queued to the GUI thread; the destructor waits for the pool, and Qt drops calls queued
      // to a deleted object.
      QMetaObject::invokeMethod(
          this, [this, build, i, frame] { frameReady(build, i, *frame); }, Qt::QueuedConnection);
    });
  }
}

void FrontsView::frameReady(std::uint64_t build, int plot, ProjectionFrame& frame)
{
  if (build != build_)
    return;   // superseded by redrawNow
  plots_[static_cast<std::size_t>(plot)]->showFrame(std::move(frame));
  if (--framesOutstanding_ > 0)
    return;
  building_.reset();
  if (!pending_)
    return;
  if (urgent_)
    startBuild();
  else
    redrawTimer_->start();
}

void FrontsView::redrawNow()
{
  redrawTimer_->stop();
  const std::shared_ptr<const FrontSnapshot> snapshot = pending_ ? pending_ : building_;
  pending_.reset();
  building_.reset();
  urgent_ = false;
  ++build_;   // frames still in flight are dropped when they arrive
  framesOutstanding_ = 0;
  if (!snapshot)
    return;
  // Two projections on the pool, one here; then all three shown in order.
  std::array<ProjectionFrame, k_projection_count> frames;
  std::latch done(k_projection_count - 1);
  for (int i = 1; i < k_projection_count; ++i) {
    const ProjectionSpec spec = plots_[static_cast<std::size_t>(i)]->spec();
    pool_.start([&frames, &done, i, spec, snapshot] {
      frames[static_cast<std::size_t>(i)] = buildOnPool(snapshot, spec);
      done.count_down();
    });
  }
  frames[0] = buildProjectionFrame(snapshot, plots_[0]->spec());
  done.wait();
  for (int i = 0; i < k_projection_count; ++i)
    plots_[static_cast<std::size_t>(i)]->showFrame(std::move(frames[static_cast<std::size_t>(i)]));
}

void FrontsView::setShowDominated(bool show)
{
  showDominated_ = show;
  if (showDominatedBox_->isChecked() != show)
    showDominatedBox_->setChecked(show);   // re-enters through toggled; harmless
  for (ProjectionPlot* p : plots_)
    p->setShowDominated(show);
}

void FrontsView::setAxesLocked(bool locked)
{
  userLocked_ = locked;
  applyAxesLock();
}

void FrontsView::setSearchRunning(bool running)
{
  if (running) {
    autoLockTimer_->start();
    return;
  }
  autoLockTimer_->stop();
  searchLocked_ = false;
  applyAxesLock();
}

void FrontsView::applyAxesLock()
{
  for (ProjectionPlot* p : plots_)
    p->setAxesLocked(axesLocked());
}

void FrontsView::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void FrontsView::retranslateUi()
{
  showDominatedBox_->setText(tr("Show dominated and infeasible designs"));
  showDominatedBox_->setToolTip(
      tr("A dominated design is matched or beaten on every objective by another design; an infeasible design "
         "breaks a constraint. Hide them to see the fronts alone."));
  hint_->setText(tr("Drag to pan, scroll to zoom, double-click to reset, click a point to select it."));
}
