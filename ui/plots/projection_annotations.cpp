#include "ui/plots/projection_annotations.h"

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "ui/plots/label_placement.h"
#include "ui/plots/plot_palette.h"
#include "ui/plots/plot_style.h"

namespace {

// A baseline name wider than this is shortened (in a small plot to a share of its width), and
// shortened further where space is tight.
constexpr int k_label_width_px = 140;
constexpr double k_label_share_of_width = 0.4;
constexpr std::array<int, 2> k_tight_label_widths_px = {80, 50};
constexpr double k_marker_radius_px = 7.0;   // half a baseline symbol, with its outline
constexpr double k_edge_px = 3.0;            // between a limit label and the line or the frame
// What covering one design costs: a front design much more than a faint one (which is mostly
// background). Moving a label one line further from its marker costs about as much as covering
// one front design or ~100 faint ones.
constexpr double k_front_weight = 30.0;
constexpr double k_faint_weight = 0.25;
constexpr double k_ring_penalty = 25.0;
constexpr double k_shorten_penalty = 30.0;       // a shorter name costs as much as hiding a front design
constexpr std::size_t k_faint_samples = 20000;   // faint designs counted (evenly spread) per layout

// A constraint in display units (the same units as the axes), if the snapshot sets it.
std::optional<double> limitOf(PlotQuantity quantity, const cdse::SearchConstraints& c)
{
  switch (quantity) {
    case PlotQuantity::Accuracy: return c.min_accuracy ? std::optional<double>(*c.min_accuracy * 100.0) : std::nullopt;
    case PlotQuantity::Latency: return c.max_latency_s ? std::optional<double>(*c.max_latency_s * 1000.0) : std::nullopt;
    case PlotQuantity::TotalCarbon: return c.max_total_carbon_kg;
  }
  return std::nullopt;
}

// The label's box as QCPItemText draws it: the text's bounding rect plus the padding.
QSizeF boxSize(const QCPItemText* label)
{
  const QRect text =
      QFontMetrics(label->font()).boundingRect(0, 0, 0, 0, Qt::TextDontClip | label->textAlignment(), label->text());
  const QMargins p = label->padding();
  return QSizeF(text.width() + p.left() + p.right(), text.height() + p.top() + p.bottom());
}

QRectF drawnRect(const QCPItemText* label)
{
  return QRectF(label->topLeft->pixelPosition(), label->bottomRight->pixelPosition()).normalized();
}

}   // namespace

void ProjectionAnnotations::clear()
{
  for (QCPAbstractItem* item : items_)
    plot_->removeItem(item);
  items_.clear();
  limits_.clear();
  baselines_.clear();
}

QList<QCPItemText*> ProjectionAnnotations::baselineLabels() const
{
  QList<QCPItemText*> list;
  for (const BaselineLabel& b : baselines_)
    list.append(b.label);
  return list;
}

QList<QCPItemText*> ProjectionAnnotations::limitLabels() const
{
  QList<QCPItemText*> list;
  for (const Limit& l : limits_)
    list.append(l.label);
  return list;
}

std::optional<std::size_t> ProjectionAnnotations::baselineAtLabel(const QPointF& pixel) const
{
  for (const BaselineLabel& b : baselines_)
    if (b.label->visible() && drawnRect(b.label).contains(pixel))
      return b.baseline;
  return std::nullopt;
}

void ProjectionAnnotations::rebuild(const FrontSnapshot& s, const ProjectionSpec& spec)
{
  clear();
  if (const auto x = limitOf(spec.x, s.constraints))
    addLimit(spec.x, *x, true);
  if (const auto y = limitOf(spec.y, s.constraints))
    addLimit(spec.y, *y, false);
  for (std::size_t i = 0; i < s.baselines.size(); ++i) {
    const BaselinePoint& b = s.baselines[i];
    const double x = plotValue(spec.x, b);
    const double y = plotValue(spec.y, b);
    if (b.evaluated && std::isfinite(x) && std::isfinite(y))
      addBaseline(b.label, i, x, y);
  }
}

QCPItemText* ProjectionAnnotations::newLabel()
{
  auto* label = new QCPItemText(plot_);
  label->setSelectable(false);
  QFont font = plot_->font();
  font.setPointSizeF(font.pointSizeF() * 0.85);
  label->setFont(font);
  label->setPadding(QMargins(3, 1, 3, 1));
  label->setBrush(plot_palette::labelBackground());
  label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
  label->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
  label->position->setType(QCPItemPosition::ptAbsolute);
  label->setVisible(false);   // until placed
  items_.append(label);
  return label;
}

void ProjectionAnnotations::addLimit(PlotQuantity quantity, double value, bool vertical)
{
  auto* line = new QCPItemStraightLine(plot_);
  line->setPen(plot_style::constraintPen());
  line->setSelectable(false);
  line->point1->setCoords(vertical ? value : 0, vertical ? 0 : value);
  line->point2->setCoords(vertical ? value : 1, vertical ? 1 : value);
  items_.append(line);

  const QString valueText = QLocale().toString(value, 'g', 4);
  QString text;
  switch (quantity) {
    case PlotQuantity::Accuracy: text = tr("minimum accuracy %1 %").arg(valueText); break;
    case PlotQuantity::Latency: text = tr("maximum latency %1 ms").arg(valueText); break;
    case PlotQuantity::TotalCarbon: text = tr("maximum total carbon %1 kg CO2e").arg(valueText); break;
  }
  QCPItemText* label = newLabel();
  label->setText(text);
  label->setColor(plot_palette::constraint());
  limits_.push_back({label, value, vertical});
}

void ProjectionAnnotations::addBaseline(const QString& text, std::size_t index, double x, double y)
{
  auto* marker = new QCPItemTracer(plot_);
  marker->setStyle(QCPItemTracer::tsNone);
  marker->setSelectable(false);
  marker->setVisible(false);
  marker->position->setCoords(x, y);
  items_.append(marker);
  auto* leader = new QCPItemLine(plot_);
  leader->setPen(QPen(plot_palette::leaderLine(), 0.8));
  leader->setSelectable(false);
  leader->setVisible(false);
  leader->setLayer(QStringLiteral("faint"));   // under the symbols
  for (QCPItemPosition* end : {leader->start, leader->end})
    end->setType(QCPItemPosition::ptAbsolute);   // pixel offsets (none) from their anchors
  leader->start->setParentAnchor(marker->position);
  items_.append(leader);
  QCPItemText* label = newLabel();
  label->setColor(plot_palette::ink());
  label->position->setParentAnchor(marker->position);   // offsets in pixels from the marker
  baselines_.push_back({label, marker, leader, text, index});
}

void ProjectionAnnotations::fillSpace(LabelSpace& space, const std::vector<ProjectedPoint>& points, bool faint_shown,
                                      const QList<QPointF>& marks) const
{
  const QCPRange xr = plot_->xAxis->range();
  const auto first = std::lower_bound(points.begin(), points.end(), xr.lower,
                                      [](const ProjectedPoint& p, double v) { return p.x < v; });
  const auto last = std::upper_bound(first, points.end(), xr.upper,
                                     [](double v, const ProjectedPoint& p) { return v < p.x; });
  // Faint designs are counted evenly spread, each standing for `stride` of them: a density, at a
  // bounded cost per layout however many designs there are.
  const std::size_t inView = static_cast<std::size_t>(last - first);
  const std::size_t stride = std::max<std::size_t>(1, inView / k_faint_samples);
  std::size_t n = 0;
  for (auto it = first; it != last; ++it, ++n) {
    const bool front = it->point_class == PointClass::Front;
    if (!front && (!faint_shown || n % stride != 0))
      continue;
    const QPointF pixel(plot_->xAxis->coordToPixel(it->x), plot_->yAxis->coordToPixel(it->y));
    space.addPoint(pixel, front ? k_front_weight : k_faint_weight * static_cast<double>(stride));
  }
  for (const QPointF& m : marks)
    space.addPoint(m, k_front_weight);
  // No label may hide a baseline's symbol.
  for (const BaselineLabel& b : baselines_) {
    const QPointF p = b.marker->position->pixelPosition();
    space.addObstacle(
        QRectF(p.x() - k_marker_radius_px, p.y() - k_marker_radius_px, 2 * k_marker_radius_px, 2 * k_marker_radius_px));
  }
}

void ProjectionAnnotations::placeLimit(const Limit& limit, LabelSpace& space) const
{
  QCPItemText* label = limit.label;
  const QRectF area = space.area();
  const QSizeF size = boxSize(label);
  // Along the line, at either end, on either side of it.
  QList<LabelSpot> spots;
  if (limit.vertical) {
    const double x = plot_->xAxis->coordToPixel(limit.value);
    if (x >= area.left() && x <= area.right())
      for (const double top : {area.top() + k_edge_px, area.bottom() - k_edge_px - size.height()})
        for (const double left : {x + k_edge_px, x - k_edge_px - size.width()})
          spots.append({QRectF(QPointF(left, top), size)});
  } else {
    const double y = plot_->yAxis->coordToPixel(limit.value);
    if (y >= area.top() && y <= area.bottom())
      for (const double left : {area.right() - k_edge_px - size.width(), area.left() + k_edge_px})
        for (const double top : {y - 1 - size.height(), y + 2})
          spots.append({QRectF(QPointF(left, top), size)});
  }
  const auto chosen = space.claimCheapest(spots);
  label->setVisible(chosen.has_value());
  if (chosen)
    label->position->setCoords(spots[*chosen].rect.topLeft());
}

void ProjectionAnnotations::placeBaseline(const BaselineLabel& b, LabelSpace& space) const
{
  QCPItemText* label = b.label;
  const QFontMetrics metrics(label->font());
  const QPointF marker = b.marker->position->pixelPosition();
  // The name at each width, the shorter ones costing more: a whole name one line away may beat a
  // shortened one beside the marker, and a shortened one beats hiding a front design.
  QStringList texts = {
      metrics.elidedText(b.text, Qt::ElideRight,
                         std::min(k_label_width_px, static_cast<int>(space.area().width() * k_label_share_of_width)))};
  for (const int w : k_tight_label_widths_px)
    if (const QString t = metrics.elidedText(b.text, Qt::ElideRight, w); t.size() < texts.back().size())
      texts << t;
  QList<LabelSpot> spots;
  QList<qsizetype> textOf;
  for (qsizetype t = 0; t < texts.size(); ++t) {
    label->setText(texts[t]);
    for (LabelSpot spot : spotsAroundMarker(marker, boxSize(label), k_marker_radius_px, k_ring_penalty)) {
      spot.penalty += static_cast<double>(t) * k_shorten_penalty;
      spots << spot;
      textOf << t;
    }
  }
  b.leader->setVisible(false);
  const auto chosen = space.claimCheapest(spots);
  label->setVisible(chosen.has_value());
  if (!chosen)
    return;
  const QRectF rect = spots[*chosen].rect;
  label->setText(texts[textOf[*chosen]]);
  label->position->setCoords(rect.topLeft() - marker);
  // Not beside its marker: a thin line to the label's nearest anchor says whose it is.
  const double dx = std::max({rect.left() - marker.x(), 0.0, marker.x() - rect.right()});
  const double dy = std::max({rect.top() - marker.y(), 0.0, marker.y() - rect.bottom()});
  constexpr double k_beside_px = 2 * k_marker_radius_px + k_edge_px;   // the spots around the marker, diagonals too
  if (std::hypot(dx, dy) <= k_beside_px)
    return;
  QCPItemAnchor* nearest = nullptr;
  double nearestPx = 0;
  for (QCPItemAnchor* a : {label->topLeft, label->top, label->topRight, label->right, label->bottomRight, label->bottom,
                           label->bottomLeft, label->left}) {
    const QPointF p = a->pixelPosition();
    const double d = std::hypot(p.x() - marker.x(), p.y() - marker.y());
    if (!nearest || d < nearestPx) {
      nearest = a;
      nearestPx = d;
    }
  }
  b.leader->end->setParentAnchor(nearest);
  b.leader->setVisible(true);
}

void ProjectionAnnotations::place(const std::vector<ProjectedPoint>& points, bool faint_shown,
                                  const QList<QPointF>& marks)
{
  if (limits_.empty() && baselines_.empty())
    return;
  LabelSpace space(QRectF(plot_->axisRect()->rect()));
  fillSpace(space, points, faint_shown, marks);
  // Limits first: they have only four spots each; baselines have many.
  for (const Limit& l : limits_)
    placeLimit(l, space);
  for (const BaselineLabel& b : baselines_)
    placeBaseline(b, space);
}
