#pragma once
// The non-dominated subset of a large static set of points, all coordinates minimised (the exact
// solver's last step: millions of candidates from every accelerator, a front of up to millions).
//
// Contract: returns, in increasing order, the indices of the points that no other point weakly
// dominates (no greater in every coordinate); of points equal in every coordinate only the one with
// the lowest index is kept. Exact comparisons, no tolerance; coordinates must not be NaN. The
// result is the same for any thread count. Returns early with an empty result when `cancel` is
// set.
//
// How: exact duplicates are removed first; the rest go into a static k-d tree whose nodes know
// their subtree's lower and upper corners. A subtree whose lower corner is not below a point holds
// no point that dominates it and is skipped; one whose upper corner is below it dominates it
// outright. Each point's question is independent of the others', so they are split over threads.
#include <array>
#include <atomic>
#include <cstddef>
#include <vector>

namespace cdse {

inline constexpr std::size_t k_filter_dims = 6;
using FilterPoint = std::array<double, k_filter_dims>;   // unused coordinates: 0 everywhere

std::vector<std::size_t> nondominated_indices(const std::vector<FilterPoint>& points, int threads,
                                              const std::atomic<bool>* cancel = nullptr);

}   // namespace cdse
