#pragma once
// Exact hypervolume (all objectives minimised) of the region dominated by a point set and bounded
// by a reference point. Points that do not strictly dominate the reference point in every
// objective contribute nothing and are ignored. Supported for 1, 2 and 3 objectives:
// 2-D by a sorted sweep, 3-D by the HV3D sweep over the third objective with a balanced-tree
// staircase of the first two (both O(n log n)).
#include <span>
#include <vector>

#include "core/search/front/point_set.h"

namespace cdse {

// Throws std::invalid_argument for more than 3 objectives or a reference of the wrong size.
double hypervolume(const PointSet& points, std::span<const double> reference);
double hypervolume(const std::vector<std::vector<double>>& points, const std::vector<double>& reference);

// How much `candidate` would add to the hypervolume of `points` (≥ 0).
double hypervolume_improvement(const PointSet& points, std::span<const double> candidate,
                               std::span<const double> reference);

}   // namespace cdse
