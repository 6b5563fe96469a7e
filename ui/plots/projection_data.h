#pragma once
// One 2-D projection of a FrontSnapshot as plain arrays (no Qt widgets): every drawable archive
// design with its x, y and colour value in display units, its class, sorted by x so that the
// plot can hand the data over pre-sorted and find the point under the mouse by binary search;
// plus the projection's own 2-D non-dominated feasible set (the step line).
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "ui/explorer/design_ref.h"
#include "ui/explorer/front_snapshot.h"
#include "ui/plots/plot_quantity.h"

enum class PointClass : std::uint8_t { Front, Dominated, Infeasible };

struct ProjectedPoint {
  double x = 0;
  double y = 0;
  double colour = 0;   // NaN when the design has no value for the colour quantity
  std::size_t archive_index = 0;
  PointClass point_class = PointClass::Dominated;
  bool measured = false;   // a measured or published accuracy: front designs get their own marker
};

struct ProjectionData {
  std::vector<ProjectedPoint> points;   // ascending x; failed designs and NaN x/y are left out
  std::vector<std::size_t> staircase;   // indices into points, ascending x
  double colour_min = 0;                // over feasible points with a colour value
  double colour_max = 0;
  bool has_colour = false;   // false: no such point, and min and max mean nothing
  // The 2-D front of the snapshot's exact front (x, y), ascending x: the best this view can show.
  std::vector<std::pair<double, double>> exact_staircase;
  std::size_t count(PointClass c) const;
};

ProjectionData projectSnapshot(const FrontSnapshot& snapshot, const ProjectionSpec& spec);

// The archive design nearest to (x, y) among `points` within the ellipse of half-widths
// (rx, ry) in data units, skipping hidden classes; points must be sorted by x.
std::optional<std::size_t> nearestPoint(const std::vector<ProjectedPoint>& points, double x, double y, double rx,
                                        double ry, bool include_dominated);
