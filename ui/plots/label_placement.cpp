#include "ui/plots/label_placement.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double k_gap_px = 3.0;   // between a marker and its label
constexpr int k_rings = 4;         // the spots beside the marker, and up to three lines further out

}   // namespace

LabelSpace::LabelSpace(const QRectF& area, double cell_px)
    : area_(area.normalized()), cell_(std::max(cell_px, 1.0)),
      columns_(std::max(1, static_cast<int>(std::ceil(area_.width() / cell_)))),
      rows_(std::max(1, static_cast<int>(std::ceil(area_.height() / cell_)))),
      weights_(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_), 0.0)
{}

void LabelSpace::addPoint(const QPointF& pixel, double weight)
{
  // A NaN passes QRectF::contains, and a NaN cast to int is undefined behaviour.
  if (!std::isfinite(pixel.x()) || !std::isfinite(pixel.y()) || !area_.contains(pixel))
    return;
  const int c = std::clamp(static_cast<int>((pixel.x() - area_.left()) / cell_), 0, columns_ - 1);
  const int r = std::clamp(static_cast<int>((pixel.y() - area_.top()) / cell_), 0, rows_ - 1);
  weights_[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(c)] += weight;
}

void LabelSpace::addObstacle(const QRectF& rect) { obstacles_.append(rect); }

double LabelSpace::cost(const QRectF& rect) const
{
  const bool finite = std::isfinite(rect.left()) && std::isfinite(rect.top()) && std::isfinite(rect.right()) &&
                      std::isfinite(rect.bottom());
  if (!finite || !area_.contains(rect))
    return k_blocked;
  for (const QRectF& o : obstacles_)
    if (o.intersects(rect))
      return k_blocked;
  const int c0 = std::clamp(static_cast<int>((rect.left() - area_.left()) / cell_), 0, columns_ - 1);
  const int c1 = std::clamp(static_cast<int>((rect.right() - area_.left()) / cell_), 0, columns_ - 1);
  const int r0 = std::clamp(static_cast<int>((rect.top() - area_.top()) / cell_), 0, rows_ - 1);
  const int r1 = std::clamp(static_cast<int>((rect.bottom() - area_.top()) / cell_), 0, rows_ - 1);
  double sum = 0;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c)
      sum += weights_[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(c)];
  return sum;
}

std::optional<int> LabelSpace::claimCheapest(const QList<LabelSpot>& spots)
{
  std::optional<int> best;
  double bestCost = k_blocked;
  for (int i = 0; i < spots.size(); ++i) {
    const double covered = cost(spots[i].rect);
    if (covered < k_blocked && covered + spots[i].penalty < bestCost) {
      bestCost = covered + spots[i].penalty;
      best = i;
    }
  }
  if (best)
    addObstacle(spots[*best].rect);
  return best;
}

QList<LabelSpot> spotsAroundMarker(const QPointF& marker, const QSizeF& size, double marker_radius_px,
                                   double ring_penalty)
{
  const double r = marker_radius_px + k_gap_px;
  const double d = marker_radius_px + 1;   // a diagonal spot starts past the marker's box
  const double w = size.width();
  const double h = size.height();
  const double x = marker.x();
  const double y = marker.y();
  QList<LabelSpot> spots;
  for (int ring = 0; ring < k_rings; ++ring) {
    const double out = ring * h;
    const double penalty = ring * ring_penalty;
    for (const QRectF& rect : {QRectF(x + r + out, y - h / 2, w, h),       // right
                               QRectF(x + d, y - d - h - out, w, h),       // upper right
                               QRectF(x + d, y + d + out, w, h),           // lower right
                               QRectF(x - r - w - out, y - h / 2, w, h),   // left
                               QRectF(x - d - w, y - d - h - out, w, h),   // upper left
                               QRectF(x - d - w, y + d + out, w, h),       // lower left
                               QRectF(x - w / 2, y - r - h - out, w, h),   // above
                               QRectF(x - w / 2, y + r + out, w, h)})      // below
      spots.append({rect, penalty});
  }
  return spots;
}
