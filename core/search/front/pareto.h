#pragma once
// Pareto dominance and non-dominated sorting (all objectives minimised). Exact duplicates do not
// dominate each other, so both copies of a duplicated point stay on the same front.
// Complexity: front extraction O(n log n) for 2 and 3 objectives (lexicographic sweep with a
// staircase), O(n²) beyond; full ranking O(n log n) for 2 objectives, front peeling otherwise.
#include <cstddef>
#include <span>
#include <vector>

#include "core/search/front/point_set.h"

namespace cdse {

// a ≤ b in every objective and a < b in at least one.
bool dominates(std::span<const double> a, std::span<const double> b);

// Indices of the non-dominated points (the first front), in increasing index order.
std::vector<std::size_t> pareto_front_indices(const PointSet& points);
// Same, restricted to the points listed in `candidates` (result is a subset of candidates, sorted).
std::vector<std::size_t> pareto_front_indices(const PointSet& points, std::span<const std::size_t> candidates);

// Non-domination rank of every point: 0 for the first front, 1 for the next, ...
std::vector<int> non_dominated_ranks(const PointSet& points);
// The fronts themselves (indices sorted within each front), best first.
std::vector<std::vector<std::size_t>> non_dominated_fronts(const PointSet& points);

// NSGA-II crowding distance of each member of `front` (same order as `front`). Boundary points of
// each objective get +infinity; objectives with zero spread contribute nothing.
std::vector<double> crowding_distances(const PointSet& points, std::span<const std::size_t> front);

}   // namespace cdse
