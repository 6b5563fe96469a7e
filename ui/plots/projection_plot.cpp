#include "ui/plots/projection_plot.h"

#include <QEvent>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/plots/plot_palette.h"
#include "ui/plots/plot_style.h"
#include "ui/plots/plot_tooltip.h"

namespace {

constexpr double k_hit_radius_px = 6.0;
constexpr int k_click_slop_px = 4;        // a press and release closer than this is a click, not a drag
constexpr int k_legend_column_px = 170;   // about the widest legend entry: as many columns as fit

QCPRange padded(double lo, double hi)
{
  double pad = (hi - lo) * 0.06;
  if (!(pad > 0))
    pad = std::max(std::abs(lo) * 0.05, 1e-9);
  return QCPRange(lo - pad, hi + pad);
}

}   // namespace

ProjectionPlot::ProjectionPlot(int projection_index, QWidget* parent)
    : QCustomPlot(parent), index_(projection_index), spec_(projectionSpec(projection_index)), graphs_(this),
      annotations_(this)
{
  setObjectName(QStringLiteral("projectionPlot%1").arg(projection_index));
  setMinimumSize(260, 240);
  setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
  setNoAntialiasingOnDrag(true);
  setPlottingHint(QCP::phCacheLabels, true);

  QFont small = font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  QFont bold = font();
  bold.setBold(true);

  // Rows: the title, then the axis rect with its colour scale, then the legend. The title has a
  // row of its own (not a cell above the axis rect) so that it may use the whole width.
  QCPAxisRect* rect = axisRect();
  plotLayout()->take(rect);
  plotLayout()->simplify();
  title_ = new QCPTextElement(this, QString(), bold);
  plotLayout()->addElement(0, 0, title_);
  plotArea_ = new QCPLayoutGrid;
  plotLayout()->addElement(1, 0, plotArea_);
  plotArea_->addElement(0, 0, rect);

  colourScale_ = new QCPColorScale(this);
  plotArea_->addElement(0, 1, colourScale_);
  colourScale_->setType(QCPAxis::atRight);
  colourScale_->setGradient(plot_style::objectiveGradient());
  colourScale_->setBarWidth(9);
  colourScale_->setRangeDrag(false);
  colourScale_->setRangeZoom(false);
  colourScale_->axis()->setLabelFont(small);
  colourScale_->axis()->setTickLabelFont(small);
  margins_ = new QCPMarginGroup(this);
  rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins_);
  colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, margins_);

  legend->setVisible(true);
  legend->setFont(small);
  legend->setIconSize(14, 10);
  legend->setRowSpacing(0);
  legend->setMargins(QMargins(7, 2, 7, 6));
  legend->setBorderPen(Qt::NoPen);
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  legend->setWrap(2);
  plotLayout()->addElement(2, 0, legend);
  plotLayout()->setRowStretchFactor(0, 0.001);
  plotLayout()->setRowStretchFactor(2, 0.001);
  plotLayout()->setRowSpacing(2);

  const QPen gridPen(plot_palette::grid(), 0, Qt::SolidLine);
  for (QCPAxis* axis : {xAxis, yAxis}) {
    axis->grid()->setPen(gridPen);
    axis->setTickLabelFont(small);
  }

  // Labels go where they fit once the layout (axis rect, margins) of this replot is known.
  connect(this, &QCustomPlot::afterLayout, this, &ProjectionPlot::placeOverlays);
  showColourScale(false);   // until a design has a colour value
  connect(this, &QCustomPlot::mousePress, this, &ProjectionPlot::onMousePress);
  connect(this, &QCustomPlot::mouseMove, this, &ProjectionPlot::onMouseMove);
  connect(this, &QCustomPlot::mouseRelease, this, &ProjectionPlot::onMouseRelease);
  connect(this, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { userView_ = true; });
  connect(this, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
  retranslateUi();
}

void ProjectionPlot::showFrame(ProjectionFrame frame)
{
  if (!frame.snapshot)
    return;
  snapshot_ = frame.snapshot;
  frontBounds_ = frame.frontBounds;
  allBounds_ = frame.allBounds;
  graphs_.apply(frame, spec_);
  data_ = std::move(frame.data);
  showColourScale(data_.has_colour);
  if (data_.has_colour) {
    QCPRange colours(data_.colour_min, data_.colour_max);
    if (!(colours.size() > 0))
      colours = padded(data_.colour_min, data_.colour_max);
    colourScale_->setDataRange(colours);
  }
  if (followsData())
    rescaleToData();
  annotations_.rebuild(*snapshot_, spec_);   // placed at the next layout
  replot(rpQueuedRefresh);
}

void ProjectionPlot::setShowDominated(bool show)
{
  if (show == showDominated_)
    return;
  showDominated_ = show;
  graphs_.setShowDominated(show);
  if (followsData())
    rescaleToData();
  replot(rpQueuedRefresh);
}

void ProjectionPlot::resetView()
{
  userView_ = false;
  rescaleToData();
  replot(rpQueuedRefresh);
}

void ProjectionPlot::setAxesLocked(bool locked)
{
  if (locked == axesLocked_)
    return;
  axesLocked_ = locked;
  if (followsData()) {   // released: catch up with the data at once
    rescaleToData();
    replot(rpQueuedRefresh);
  }
}

void ProjectionPlot::showColourScale(bool show)
{
  // Out of the layout, not only invisible: with no value to colour by there is no scale, and
  // no empty strip where it was.
  const bool shown = colourScale_->layout() != nullptr;
  if (show == shown)
    return;
  if (show)
    plotArea_->addElement(0, 1, colourScale_);
  else {
    plotArea_->take(colourScale_);
    plotArea_->simplify();
  }
  colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, show ? margins_ : nullptr);
  colourScale_->setVisible(show);
}

bool ProjectionPlot::colourScaleShown() const { return colourScale_->visible() && colourScale_->layout() != nullptr; }

void ProjectionPlot::placeOverlays()
{
  title_->setText(plot_style::fittedTitle(title_, fullTitle_));
  QList<QPointF> marks;
  if (snapshot_) {
    if (snapshot_->selected)
      if (const auto p = pixelOf(*snapshot_->selected))
        marks.append(*p);
    for (const DesignRef& ref : snapshot_->pinned)
      if (const auto p = pixelOf(ref))
        marks.append(*p);
  }
  annotations_.place(data_.points, showDominated_, marks);
}

void ProjectionPlot::rescaleToData()
{
  DataBounds b = showDominated_ ? allBounds_ : frontBounds_;
  if (snapshot_)
    for (const BaselinePoint& base : snapshot_->baselines) {
      const double x = plotValue(spec_.x, base);
      const double y = plotValue(spec_.y, base);
      if (base.evaluated && std::isfinite(x) && std::isfinite(y))
        b.add(x, y);
    }
  if (b.empty()) {
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    return;
  }
  xAxis->setRange(padded(b.xmin, b.xmax));
  yAxis->setRange(padded(b.ymin, b.ymax));
}

std::optional<QPointF> ProjectionPlot::pixelOf(const DesignRef& ref) const
{
  if (!snapshot_)
    return std::nullopt;
  double x = NAN;
  double y = NAN;
  if (ref.kind == DesignRef::Kind::Archive && ref.index < snapshot_->points.size() &&
      !snapshot_->points[ref.index].failed) {
    x = plotValue(spec_.x, snapshot_->points[ref.index]);
    y = plotValue(spec_.y, snapshot_->points[ref.index]);
  } else if (ref.kind == DesignRef::Kind::Baseline && ref.index < snapshot_->baselines.size() &&
             snapshot_->baselines[ref.index].evaluated) {
    x = plotValue(spec_.x, snapshot_->baselines[ref.index]);
    y = plotValue(spec_.y, snapshot_->baselines[ref.index]);
  }
  if (!std::isfinite(x) || !std::isfinite(y))
    return std::nullopt;
  return QPointF(xAxis->coordToPixel(x), yAxis->coordToPixel(y));
}

std::optional<DesignRef> ProjectionPlot::designAt(const QPointF& pixel) const
{
  if (!snapshot_ || !axisRect()->rect().contains(pixel.toPoint()))
    return std::nullopt;
  // Named by the snapshot's run: the model refuses it once another run is shown.
  const auto ofSnapshotRun = [this](DesignRef ref) {
    ref.run = snapshot_->run_id;
    return ref;
  };
  std::optional<DesignRef> best;
  double bestPx = k_hit_radius_px;
  // Baselines are few: check them all.
  for (std::size_t b = 0; b < snapshot_->baselines.size(); ++b)
    if (const auto p = pixelOf(DesignRef::baseline(b))) {
      const double d = std::hypot(p->x() - pixel.x(), p->y() - pixel.y());
      if (d <= bestPx) {
        bestPx = d;
        best = DesignRef::baseline(b);
      }
    }
  if (best)
    return ofSnapshotRun(*best);
  // A baseline's name label stands for the baseline (its whole name is in the tooltip); it is
  // drawn over the designs, so it is hit first.
  if (const auto b = annotations_.baselineAtLabel(pixel))
    return ofSnapshotRun(DesignRef::baseline(*b));
  // Archive designs: binary search on x, then only the slab within the radius.
  const double x = xAxis->pixelToCoord(pixel.x());
  const double y = yAxis->pixelToCoord(pixel.y());
  const double rx = std::abs(xAxis->pixelToCoord(pixel.x() + k_hit_radius_px) - x);
  const double ry = std::abs(yAxis->pixelToCoord(pixel.y() + k_hit_radius_px) - y);
  if (const auto i = nearestPoint(data_.points, x, y, rx, ry, showDominated_)) {
    const ProjectedPoint& p = data_.points[*i];
    const double d = std::hypot(xAxis->coordToPixel(p.x) - pixel.x(), yAxis->coordToPixel(p.y) - pixel.y());
    if (d <= bestPx)
      return ofSnapshotRun(DesignRef::archive(p.archive_index));
  }
  return std::nullopt;
}

QString ProjectionPlot::tooltipFor(const DesignRef& ref) const
{
  if (!snapshot_)
    return {};
  if (ref.kind == DesignRef::Kind::Archive && ref.index < snapshot_->points.size())
    return designTooltip(snapshot_->points[ref.index]);
  if (ref.kind == DesignRef::Kind::Baseline && ref.index < snapshot_->baselines.size())
    return baselineTooltip(snapshot_->baselines[ref.index]);
  return {};
}

void ProjectionPlot::onMousePress(QMouseEvent* event)
{
  pressed_ = event->button() == Qt::LeftButton;
  pressPos_ = event->pos();
}

void ProjectionPlot::onMouseMove(QMouseEvent* event)
{
  if (event->buttons() & Qt::LeftButton) {
    if (pressed_ && (event->pos() - pressPos_).manhattanLength() > k_click_slop_px)
      userView_ = true;   // a drag pans the view
    return;
  }
  if (const auto ref = designAt(event->position()))
    QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(*ref), this);
  else if (title_->text() != fullTitle_ && title_->rect().contains(event->pos()))
    QToolTip::showText(event->globalPosition().toPoint(), fullTitle_, this);   // the shortened title, whole
  else
    QToolTip::hideText();
}

void ProjectionPlot::onMouseRelease(QMouseEvent* event)
{
  const bool click = pressed_ && event->button() == Qt::LeftButton &&
                     (event->pos() - pressPos_).manhattanLength() <= k_click_slop_px;
  pressed_ = false;
  if (!click)
    return;
  if (const auto ref = designAt(event->position()))
    emit designClicked(*ref);
}

int ProjectionPlot::legendColumnsFor(int width_px) { return std::clamp(width_px / k_legend_column_px, 2, 4); }

void ProjectionPlot::resizeEvent(QResizeEvent* event)
{
  // The legend takes as few rows as the width allows: on a small screen every row is taken from
  // the designs' axis rect.
  legend->setWrap(legendColumnsFor(event->size().width()));
  QCustomPlot::resizeEvent(event);
}

void ProjectionPlot::changeEvent(QEvent* event)
{
  if (event->type() == QEvent::LanguageChange) {
    retranslateUi();
    replot(rpQueuedRefresh);
  }
  QCustomPlot::changeEvent(event);
}

void ProjectionPlot::retranslateUi()
{
  xAxis->setLabel(quantityAxisTitle(spec_.x));
  yAxis->setLabel(quantityAxisTitle(spec_.y));
  colourScale_->axis()->setLabel(quantityAxisTitle(spec_.colour));
  switch (index_) {
    case 0: fullTitle_ = tr("Accuracy vs total carbon (colour: latency)"); break;
    case 1: fullTitle_ = tr("Latency vs total carbon (colour: accuracy)"); break;
    default: fullTitle_ = tr("Accuracy vs latency (colour: total carbon)"); break;
  }
  title_->setText(fullTitle_);
  graphs_.retranslate();
}
