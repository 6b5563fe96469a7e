#include "ui/plots/faint_points_layer.h"

#include <QImage>

#include <cmath>
#include <unordered_set>

namespace {

constexpr int k_dot_alpha = 90;
constexpr int k_cross_alpha = 110;
constexpr double k_mark_cell_px = 1.5;   // vector marks: at most one per colour bin and cell

QRgb premultiplied(QColor colour, int alpha)
{
  colour.setAlpha(alpha);
  return qPremultiply(colour.rgba());
}

// Source-over blend of a premultiplied colour onto a premultiplied pixel, two channels per multiply
// (the classic packed-ARGB trick; ≤ 1 unit of rounding per channel).
inline void blend(QRgb* pixel, QRgb source)
{
  const std::uint32_t inverse = 255u - qAlpha(source);
  const std::uint32_t d = *pixel;
  const std::uint32_t rb = ((d & 0x00ff00ffu) * inverse >> 8) & 0x00ff00ffu;
  const std::uint32_t ag = ((d >> 8) & 0x00ff00ffu) * inverse & 0xff00ff00u;
  *pixel = source + rb + ag;
}

// pixel = offset + scale · coordinate, for a linear axis (what every projection uses); other
// scales go through the axis itself.
struct AxisMap {
  const QCPAxis* axis;
  bool linear;
  double offset;
  double scale;

  explicit AxisMap(const QCPAxis* a, double origin)
      : axis(a), linear(a->scaleType() == QCPAxis::stLinear), offset(0), scale(0)
  {
    const QCPRange r = a->range();
    if (linear && r.size() > 0) {
      const double p0 = a->coordToPixel(r.lower);
      const double p1 = a->coordToPixel(r.upper);
      scale = (p1 - p0) / r.size();
      offset = p0 - scale * r.lower - origin;
    } else {
      linear = false;
    }
    origin_ = origin;
  }
  double operator()(double v) const { return linear ? offset + scale * v : axis->coordToPixel(v) - origin_; }
  double origin_ = 0;
};

}   // namespace

FaintPointsLayer::FaintPointsLayer(QCustomPlot* plot, QCPAxis* xAxis, QCPAxis* yAxis)
    : QCPLayerable(plot), xAxis_(xAxis), yAxis_(yAxis)
{
  for (int b = 0; b <= plot_style::k_colour_bins; ++b) {
    binColours_[static_cast<std::size_t>(b)] = premultiplied(plot_style::binColour(b), k_dot_alpha);
    edgeColours_[static_cast<std::size_t>(b)] = premultiplied(plot_style::binColour(b), k_dot_alpha / 2);
  }
  crossColour_ = premultiplied(QColor(120, 120, 120), k_cross_alpha);
}

void FaintPointsLayer::setPoints(std::vector<FaintPoint> points)
{
  points_ = std::move(points);
  dominated_ = 0;
  for (const FaintPoint& p : points_)
    dominated_ += p.infeasible ? 0 : 1;
}

void FaintPointsLayer::applyDefaultAntialiasingHint(QCPPainter* painter) const
{
  applyAntialiasingHint(painter, false, QCP::aeScatters);
}

QRect FaintPointsLayer::clipRect() const { return xAxis_->axisRect()->rect(); }

void FaintPointsLayer::draw(QCPPainter* painter)
{
  const QRect area = clipRect();
  if (points_.empty() || area.isEmpty())
    return;
  if (vectorMarks_)
    drawMarks(painter, area);
  else
    drawPixels(painter, area);
}

void FaintPointsLayer::drawMarks(QCPPainter* painter, const QRect& area) const
{
  // Grouped by kind (a bin's dots, then the crosses) so that the painter's state changes once
  // per kind: an SVG then holds one group per kind, not a style per mark.
  constexpr std::size_t k_kinds = plot_style::k_colour_bins + 2;   // the bins, no value, infeasible
  std::array<std::vector<QPointF>, k_kinds> marks;
  std::unordered_set<std::uint64_t> taken;
  const AxisMap mapX(xAxis_, 0);
  const AxisMap mapY(yAxis_, 0);
  const QRectF inside = QRectF(area).adjusted(-0.5, -0.5, 0.5, 0.5);
  for (const FaintPoint& p : points_) {
    const QPointF at(mapX(p.x), mapY(p.y));
    if (!inside.contains(at))
      continue;   // outside the view, or not a number: vector clipping is not to be relied on
    const std::size_t kind = p.infeasible ? k_kinds - 1 : std::min<std::size_t>(p.bin, k_kinds - 2);
    const auto cx = static_cast<std::uint64_t>((at.x() - inside.left()) / k_mark_cell_px);
    const auto cy = static_cast<std::uint64_t>((at.y() - inside.top()) / k_mark_cell_px);
    if (taken.insert((kind << 48) | (cx << 24) | cy).second)
      marks[kind].push_back(at);
  }
  constexpr double k_dot_radius_px = 1.5;   // the 3 × 3 dot of the screen
  constexpr double k_cross_half_px = 2.0;   // the 5-pixel cross
  painter->setPen(Qt::NoPen);
  for (std::size_t kind = 0; kind + 1 < k_kinds; ++kind) {
    if (marks[kind].empty())
      continue;
    QColor colour = plot_style::binColour(static_cast<int>(kind));
    colour.setAlpha(k_dot_alpha);
    painter->setBrush(colour);
    for (const QPointF& at : marks[kind])
      painter->drawEllipse(at, k_dot_radius_px, k_dot_radius_px);
  }
  const std::vector<QPointF>& crosses = marks[k_kinds - 1];
  if (crosses.empty())
    return;
  painter->setBrush(Qt::NoBrush);
  painter->setPen(QPen(QColor::fromRgba(qUnpremultiply(crossColour_)), 1.0));
  QVector<QLineF> lines;
  lines.reserve(static_cast<qsizetype>(crosses.size() * 2));
  const double d = k_cross_half_px;
  for (const QPointF& at : crosses) {
    lines.append(QLineF(at.x() - d, at.y() - d, at.x() + d, at.y() + d));
    lines.append(QLineF(at.x() - d, at.y() + d, at.x() + d, at.y() - d));
  }
  painter->drawLines(lines);
}

void FaintPointsLayer::drawPixels(QCPPainter* painter, const QRect& area) const
{
  QImage image(area.size(), QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  const int w = image.width();
  const int h = image.height();
  auto* bits = reinterpret_cast<QRgb*>(image.bits());
  const qsizetype stride = image.bytesPerLine() / static_cast<qsizetype>(sizeof(QRgb));
  const auto put = [&](int x, int y, QRgb colour) {
    if (x >= 0 && y >= 0 && x < w && y < h)
      blend(bits + y * stride + x, colour);
  };
  const AxisMap mapX(xAxis_, area.left());
  const AxisMap mapY(yAxis_, area.top());
  for (const FaintPoint& p : points_) {
    const double px = mapX(p.x);
    const double py = mapY(p.y);
    if (!(px > -3 && py > -3 && px < w + 3 && py < h + 3))
      continue;   // outside the view (zoomed in), or not a number
    const int cx = static_cast<int>(std::lround(px));
    const int cy = static_cast<int>(std::lround(py));
    if (p.infeasible) {
      for (int d = -2; d <= 2; ++d) {   // a 5-pixel cross, like QCustomPlot's ssCross
        put(cx + d, cy + d, crossColour_);
        if (d != 0)
          put(cx + d, cy - d, crossColour_);
      }
    } else {
      const QRgb colour = binColours_[p.bin];
      const QRgb edge = edgeColours_[p.bin];
      for (int dy = -1; dy <= 1; ++dy)   // a 3 × 3 dot with softer corners
        for (int dx = -1; dx <= 1; ++dx)
          put(cx + dx, cy + dy, dx != 0 && dy != 0 ? edge : colour);
    }
  }
  painter->drawImage(area.topLeft(), image);
}
