#include "plots/fronts_view.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include "plots/projection_plot.h"

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
  hint_ = new QLabel(this);
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
  connect(redrawTimer_, &QTimer::timeout, this, &FrontsView::redrawStep);
  retranslateUi();
}

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
  if (!redrawTimer_->isActive() && !staged_)
    redrawTimer_->start();
}

bool FrontsView::redrawPending() const { return pending_ != nullptr || staged_ != nullptr; }

void FrontsView::redrawNow()
{
  redrawTimer_->stop();
  std::shared_ptr<const FrontSnapshot> snapshot = pending_ ? std::move(pending_) : std::move(staged_);
  pending_.reset();
  staged_.reset();
  if (!snapshot)
    return;
  for (ProjectionPlot* p : plots_)
    p->draw(snapshot);
}

void FrontsView::redrawStep()
{
  // One plot per event-loop turn: with 200,000 designs a plot takes ~20 ms, three in a row would
  // hold the event loop (and the mouse) for 60.
  if (!staged_) {
    if (!pending_)
      return;
    staged_ = std::move(pending_);
    pending_.reset();
    stagedNext_ = 0;
  }
  const std::shared_ptr<const FrontSnapshot> snapshot = staged_;
  plots_[static_cast<std::size_t>(stagedNext_)]->draw(snapshot);
  if (++stagedNext_ < k_projection_count) {
    QTimer::singleShot(0, this, [this, snapshot] {
      if (staged_ == snapshot)   // not superseded by redrawNow
        redrawStep();
    });
    return;
  }
  staged_.reset();
  if (pending_)
    redrawTimer_->start();
}

void FrontsView::setShowDominated(bool show)
{
  showDominated_ = show;
  if (showDominatedBox_->isChecked() != show)
    showDominatedBox_->setChecked(show);   // re-enters through toggled; harmless
  for (ProjectionPlot* p : plots_)
    p->setShowDominated(show);
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
