#pragma once
// Greedy placement of a few text labels in a plot's pixel space, so that no label leaves the axis
// rect, covers another label or a marker, and each covers as few data points as it can. A plot
// has a handful of labels (baselines, limits), so trying a dozen spots for each is cheap; the
// data points are counted once into a coarse grid, so the cost of a spot does not depend on how
// many designs are drawn.
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

// A place a label could go, and what going there costs besides the points it covers (e.g. being
// farther from its marker).
struct LabelSpot {
  QRectF rect;
  double penalty = 0;
};

class LabelSpace {
public:
  static constexpr double k_blocked = 1e300;

  // `area`: where labels may go (the axis rect; may be empty before the first layout);
  // `cell_px`: the grid's resolution.
  explicit LabelSpace(const QRectF& area, double cell_px = 8.0);

  const QRectF& area() const { return area_; }
  // A data point at `pixel` that a label should rather not cover; `weight` says how much.
  void addPoint(const QPointF& pixel, double weight);
  // Something no label may overlap (a marker, a label already placed).
  void addObstacle(const QRectF& rect);
  // k_blocked when `rect` leaves the area or overlaps an obstacle; otherwise the weight of the
  // points under it (whole grid cells, so a point near the edge counts too).
  double cost(const QRectF& rect) const;
  // The cheapest spot (points covered + its penalty; the earlier one on a tie), which then
  // becomes an obstacle itself; nullopt when every spot is blocked.
  std::optional<int> claimCheapest(const QList<LabelSpot>& spots);

private:
  QRectF area_;
  double cell_;
  int columns_;
  int rows_;
  std::vector<double> weights_;   // rows_ × columns_
  QList<QRectF> obstacles_;
};

// Boxes of `size` beside a round marker of `marker_radius_px` at `marker`, in order of preference:
// right, upper right, lower right, left, upper left, lower left, above, below; then the same spots
// one, two and three box heights further out (for a crowded neighbourhood), each ring costing
// `ring_penalty` more, so a label moves away from its marker only to uncover that much.
QList<LabelSpot> spotsAroundMarker(const QPointF& marker, const QSizeF& size, double marker_radius_px,
                                   double ring_penalty);
