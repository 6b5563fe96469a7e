#include "ui/plots/projection_graphs.h"

#include <qcustomplot.h>

#include <cmath>
#include <optional>

#include "ui/plots/faint_points_layer.h"
#include "ui/plots/plot_style.h"

namespace {

constexpr int k_bins = plot_style::k_colour_bins;

std::optional<QPointF> positionOf(const DesignRef& ref, const FrontSnapshot& s, const ProjectionSpec& spec)
{
  double x = NAN;
  double y = NAN;
  if (ref.kind == DesignRef::Kind::Archive) {
    if (ref.index >= s.points.size() || s.points[ref.index].failed)
      return std::nullopt;
    x = plotValue(spec.x, s.points[ref.index]);
    y = plotValue(spec.y, s.points[ref.index]);
  } else {
    if (ref.index >= s.baselines.size() || !s.baselines[ref.index].evaluated)
      return std::nullopt;
    x = plotValue(spec.x, s.baselines[ref.index]);
    y = plotValue(spec.y, s.baselines[ref.index]);
  }
  if (!std::isfinite(x) || !std::isfinite(y))
    return std::nullopt;
  return QPointF(x, y);
}

void setSorted(QCPGraph* graph, QVector<QCPGraphData>& data) { graph->data()->set(data, true); }

}   // namespace

ProjectionGraphs::ProjectionGraphs(QCustomPlot* plot) : plot_(plot)
{
  using namespace plot_style;
  // Legend entries first, so the legend lists them in this order.
  frontLegend_ = newGraph();
  frontLegend_->setScatterStyle(frontStyle(binColour(k_bins * 2 / 3)));
  staircaseLegend_ = newGraph();
  staircaseLegend_->setLineStyle(QCPGraph::lsLine);
  staircaseLegend_->setPen(staircasePen());
  dominatedLegend_ = newGraph();
  dominatedLegend_->setScatterStyle(dominatedStyle(binColour(k_bins / 3)));
  infeasibleLegend_ = newGraph();
  infeasibleLegend_->setScatterStyle(infeasibleStyle());
  baselineLegend_ = newGraph();
  QCPScatterStyle base = baselineStyle(0);
  base.setSize(9);
  baselineLegend_->setScatterStyle(base);
  selectedLegend_ = newGraph();
  QCPScatterStyle ring = selectedStyle();   // full-size marks do not fit the legend icon
  ring.setSize(11);
  selectedLegend_->setScatterStyle(ring);
  pinnedLegend_ = newGraph();
  QCPScatterStyle pin = pinnedStyle();
  pin.setSize(10);
  pinnedLegend_->setScatterStyle(pin);
  for (QCPGraph* g : {frontLegend_, staircaseLegend_, dominatedLegend_, infeasibleLegend_, baselineLegend_,
                      selectedLegend_, pinnedLegend_})
    g->addToLegend();
  exactLegend_ = newGraph();
  exactLegend_->setLineStyle(QCPGraph::lsLine);
  exactLegend_->setPen(exactReferencePen());
  measuredLegend_ = newGraph();
  measuredLegend_->setScatterStyle(measuredFrontStyle(binColour(k_bins * 2 / 3)));

  // Drawing order: faint classes below, the front and the marks on top.
  plot_->addLayer(QStringLiteral("faint"), plot_->layer(QStringLiteral("main")), QCustomPlot::limBelow);
  faint_ = new FaintPointsLayer(plot_, plot_->xAxis, plot_->yAxis);
  faint_->setLayer(QStringLiteral("faint"));
  // Created before the run's graphs, so it is drawn first: a reference under the data. newGraph()
  // makes it unselectable, and designAt() only looks at the run's designs, so it cannot be
  // selected or pinned.
  exact_ = newGraph();
  exact_->setLineStyle(QCPGraph::lsStepLeft);
  exact_->setPen(exactReferencePen());
  staircase_ = newGraph();
  staircase_->setLineStyle(QCPGraph::lsStepLeft);
  staircase_->setPen(staircasePen());
  for (int b = 0; b <= k_bins; ++b) {
    QCPGraph* g = newGraph();
    g->setScatterStyle(frontStyle(binColour(b)));
    front_.append(g);
  }
  for (int b = 0; b <= k_bins; ++b) {   // above the circles: the few measured designs stay visible
    QCPGraph* g = newGraph();
    g->setScatterStyle(measuredFrontStyle(binColour(b)));
    frontMeasured_.append(g);
  }
  // Selection marks on their own layer, above baselines added later.
  plot_->addLayer(QStringLiteral("marks"), plot_->layer(QStringLiteral("main")), QCustomPlot::limAbove);
  pinned_ = newGraph();
  pinned_->setScatterStyle(pinnedStyle());
  pinned_->setLayer(QStringLiteral("marks"));
  selected_ = newGraph();
  selected_->setScatterStyle(selectedStyle());
  selected_->setLayer(QStringLiteral("marks"));
  retranslate();
}

QCPGraph* ProjectionGraphs::newGraph()
{
  QCPGraph* g = plot_->addGraph();
  g->setLineStyle(QCPGraph::lsNone);
  g->setPen(Qt::NoPen);
  g->setSelectable(QCP::stNone);   // selection is ours (the ring), not QCustomPlot's
  g->removeFromLegend();
  return g;
}

void ProjectionGraphs::showInLegend(QCPGraph* entry, bool shown)
{
  const bool listed = plot_->legend->hasItemWithPlottable(entry);
  if (shown && !listed)
    entry->addToLegend();
  else if (!shown && listed)
    entry->removeFromLegend();
}

QCPGraph* ProjectionGraphs::baselineGraph(std::size_t index)
{
  while (static_cast<std::size_t>(baselines_.size()) <= index) {
    QCPGraph* g = newGraph();
    g->setScatterStyle(plot_style::baselineStyle(baselines_.size()));
    baselines_.append(g);
  }
  return baselines_[static_cast<qsizetype>(index)];
}

void ProjectionGraphs::apply(ProjectionFrame& frame, const ProjectionSpec& spec)
{
  // The graph containers take the prepared vectors by implicit sharing: no copy, no sort.
  bool anyMeasured = false;
  for (int b = 0; b <= k_bins; ++b) {
    setSorted(front_[b], frame.front[static_cast<std::size_t>(b)]);
    setSorted(frontMeasured_[b], frame.frontMeasured[static_cast<std::size_t>(b)]);
    anyMeasured = anyMeasured || !frontMeasured_[b]->data()->isEmpty();
  }
  showInLegend(measuredLegend_, anyMeasured);
  faint_->setPoints(std::move(frame.faint));
  setSorted(staircase_, frame.staircase);
  setSorted(exact_, frame.exactStaircase);
  showInLegend(exactLegend_, !frame.exactStaircase.isEmpty());
  if (!frame.snapshot)
    return;
  const FrontSnapshot& s = *frame.snapshot;

  for (QCPGraph* g : baselines_)
    g->data()->clear();
  for (std::size_t b = 0; b < s.baselines.size(); ++b)
    if (const auto pos = positionOf(DesignRef::baseline(b), s, spec))
      baselineGraph(b)->addData(pos->x(), pos->y());

  QVector<QCPGraphData> pins;
  for (const DesignRef& ref : s.pinned)
    if (const auto pos = positionOf(ref, s, spec))
      pins.append(QCPGraphData(pos->x(), pos->y()));
  pinned_->data()->set(pins, false);
  selected_->data()->clear();
  if (s.selected)
    if (const auto pos = positionOf(*s.selected, s, spec))
      selected_->addData(pos->x(), pos->y());
}

void ProjectionGraphs::setShowDominated(bool show) { faint_->setVisible(show); }

std::size_t ProjectionGraphs::pointCount(PointClass point_class) const
{
  const auto sum = [](const QList<QCPGraph*>& graphs) {
    std::size_t n = 0;
    for (const QCPGraph* g : graphs)
      n += static_cast<std::size_t>(g->dataCount());
    return n;
  };
  switch (point_class) {
    case PointClass::Front: return sum(front_) + sum(frontMeasured_);
    case PointClass::Dominated: return faint_->dominatedCount();
    case PointClass::Infeasible: return faint_->infeasibleCount();
  }
  return 0;
}

std::size_t ProjectionGraphs::measuredFrontCount() const
{
  std::size_t n = 0;
  for (const QCPGraph* g : frontMeasured_)
    n += static_cast<std::size_t>(g->dataCount());
  return n;
}

bool ProjectionGraphs::measuredInLegend() const { return plot_->legend->hasItemWithPlottable(measuredLegend_); }

std::size_t ProjectionGraphs::staircaseCount() const { return static_cast<std::size_t>(staircase_->dataCount()); }

std::size_t ProjectionGraphs::baselineCount() const
{
  std::size_t n = 0;
  for (const QCPGraph* g : baselines_)
    n += static_cast<std::size_t>(g->dataCount());
  return n;
}

std::size_t ProjectionGraphs::exactCount() const { return static_cast<std::size_t>(exact_->dataCount()); }

QVector<QPointF> ProjectionGraphs::exactLine() const
{
  QVector<QPointF> out;
  for (auto it = exact_->data()->constBegin(); it != exact_->data()->constEnd(); ++it)
    out.append(QPointF(it->key, it->value));
  return out;
}

bool ProjectionGraphs::hasSelection() const { return selected_->dataCount() > 0; }

std::size_t ProjectionGraphs::pinnedCount() const { return static_cast<std::size_t>(pinned_->dataCount()); }

void ProjectionGraphs::retranslate()
{
  frontLegend_->setName(tr("Pareto front"));
  staircaseLegend_->setName(tr("Front of this view (2-D)"));
  dominatedLegend_->setName(tr("Dominated designs"));
  infeasibleLegend_->setName(tr("Infeasible designs"));
  baselineLegend_->setName(tr("Baseline designs"));
  selectedLegend_->setName(tr("Selected design"));
  pinnedLegend_->setName(tr("Pinned designs"));
  exactLegend_->setName(tr("Exact front"));
  measuredLegend_->setName(tr("Measured or published accuracy"));
}
