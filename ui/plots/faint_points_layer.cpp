#include "ui/plots/faint_points_layer.h"

#include <QImage>

#include <cmath>

namespace {

constexpr int k_dot_alpha = 90;
constexpr int k_cross_alpha = 110;

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
