#include "core/search/front/pareto.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>

namespace cdse {

bool dominates(std::span<const double> a, std::span<const double> b)
{
  bool strictly_better = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] > b[i])
      return false;
    if (a[i] < b[i])
      strictly_better = true;
  }
  return strictly_better;
}

namespace {

bool lexicographically_less(std::span<const double> a, std::span<const double> b)
{
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end());
}

bool equal_points(std::span<const double> a, std::span<const double> b)
{
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// Non-dominated (y, z) pairs of the points seen so far: y increasing, z strictly decreasing.
// A point q dominates p only if q precedes p lexicographically, so a sweep in lexicographic order
// needs to ask just "does an earlier point have y' ≤ y and z' ≤ z?".
class Staircase {
public:
  bool covers(double y, double z) const
  {
    auto it = steps_.upper_bound(y);
    if (it == steps_.begin())
      return false;
    return std::prev(it)->second <= z;
  }
  void insert(double y, double z)   // precondition: !covers(y, z)
  {
    auto it = steps_.lower_bound(y);
    while (it != steps_.end() && it->second >= z)
      it = steps_.erase(it);
    steps_[y] = z;
  }

private:
  std::map<double, double> steps_;
};

std::vector<std::size_t> front_by_sweep(const PointSet& points, std::span<const std::size_t> candidates)
{
  const int d = points.dimensions();
  std::vector<std::size_t> order(candidates.begin(), candidates.end());
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto pa = points[a], pb = points[b];
    if (lexicographically_less(pa, pb))
      return true;
    if (lexicographically_less(pb, pa))
      return false;
    return a < b;
  });
  std::vector<std::size_t> front;
  if (d == 1) {
    for (std::size_t i : order)
      if (points[i][0] == points[order.front()][0])
        front.push_back(i);
    std::sort(front.begin(), front.end());
    return front;
  }
  Staircase staircase;
  double best_y = std::numeric_limits<double>::infinity();
  std::size_t i = 0;
  while (i < order.size()) {
    // A group of identical points shares one verdict.
    std::size_t j = i + 1;
    while (j < order.size() && equal_points(points[order[i]], points[order[j]]))
      ++j;
    const auto p = points[order[i]];
    bool dominated;
    if (d == 2) {
      dominated = best_y <= p[1];
      best_y = std::min(best_y, p[1]);
    } else {
      dominated = staircase.covers(p[1], p[2]);
      if (!dominated)
        staircase.insert(p[1], p[2]);
    }
    if (!dominated)
      for (std::size_t k = i; k < j; ++k)
        front.push_back(order[k]);
    i = j;
  }
  std::sort(front.begin(), front.end());
  return front;
}

std::vector<std::size_t> front_by_pairs(const PointSet& points, std::span<const std::size_t> candidates)
{
  std::vector<std::size_t> front;
  for (std::size_t a : candidates) {
    bool dominated = false;
    for (std::size_t b : candidates)
      if (b != a && dominates(points[b], points[a])) {
        dominated = true;
        break;
      }
    if (!dominated)
      front.push_back(a);
  }
  std::sort(front.begin(), front.end());
  return front;
}

// 2-D ranking: in lexicographic order each front's last member has its smallest y, and those minima
// never decrease from one front to the next, so a point's rank is a binary search (Jensen 2003).
std::vector<int> ranks_2d(const PointSet& points)
{
  std::vector<std::size_t> order(points.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return lexicographically_less(points[a], points[b]); });
  std::vector<int> ranks(points.size(), 0);
  std::vector<double> front_min_y;
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i + 1;
    while (j < order.size() && equal_points(points[order[i]], points[order[j]]))
      ++j;
    const double y = points[order[i]][1];
    const auto rank = static_cast<std::size_t>(std::upper_bound(front_min_y.begin(), front_min_y.end(), y) -
                                               front_min_y.begin());
    if (rank == front_min_y.size())
      front_min_y.push_back(y);
    else
      front_min_y[rank] = y;
    for (std::size_t k = i; k < j; ++k)
      ranks[order[k]] = static_cast<int>(rank);
    i = j;
  }
  return ranks;
}

}   // namespace

namespace {

// Drops candidates strictly dominated by a few non-dominated pivots: the minimisers of several
// positively weighted sums of the range-normalised objectives (each such minimiser is on the
// front). O(n · pivots) and on typical archives it removes almost everything, so the
// O(n log n) sweep that follows runs on a small remainder.
std::vector<std::size_t> prefilter_by_pivots(const PointSet& points, std::span<const std::size_t> candidates)
{
  const int d = points.dimensions();
  std::vector<double> low(static_cast<std::size_t>(d), std::numeric_limits<double>::infinity());
  std::vector<double> high(static_cast<std::size_t>(d), -std::numeric_limits<double>::infinity());
  for (std::size_t i : candidates)
    for (int m = 0; m < d; ++m) {
      low[static_cast<std::size_t>(m)] = std::min(low[static_cast<std::size_t>(m)], points[i][m]);
      high[static_cast<std::size_t>(m)] = std::max(high[static_cast<std::size_t>(m)], points[i][m]);
    }
  // Weight vectors: equal weights, then each objective emphasised 4x and 16x, then each objective
  // de-emphasised; all strictly positive, so every minimiser is non-dominated.
  std::vector<std::vector<double>> weights{std::vector<double>(static_cast<std::size_t>(d), 1.0)};
  for (double emphasis : {4.0, 16.0, 0.25})
    for (int m = 0; m < d; ++m) {
      std::vector<double> w(static_cast<std::size_t>(d), 1.0);
      w[static_cast<std::size_t>(m)] = emphasis;
      weights.push_back(std::move(w));
    }
  for (auto& w : weights)
    for (int m = 0; m < d; ++m) {
      const double range = high[static_cast<std::size_t>(m)] - low[static_cast<std::size_t>(m)];
      w[static_cast<std::size_t>(m)] /= range > 0 ? range : 1.0;
    }
  std::vector<std::size_t> pivots(weights.size(), candidates.front());
  std::vector<double> best(weights.size(), std::numeric_limits<double>::infinity());
  for (std::size_t i : candidates) {
    const auto p = points[i];
    for (std::size_t k = 0; k < weights.size(); ++k) {
      double s = 0;
      for (int m = 0; m < d; ++m)
        s += weights[k][static_cast<std::size_t>(m)] * p[m];
      if (s < best[k]) {
        best[k] = s;
        pivots[k] = i;
      }
    }
  }
  std::sort(pivots.begin(), pivots.end());
  pivots.erase(std::unique(pivots.begin(), pivots.end()), pivots.end());
  std::vector<std::size_t> kept;
  kept.reserve(candidates.size() / 4 + 16);
  for (std::size_t i : candidates) {
    bool dominated = false;
    for (std::size_t p : pivots)
      if (dominates(points[p], points[i])) {
        dominated = true;
        break;
      }
    if (!dominated)
      kept.push_back(i);
  }
  return kept;
}

}   // namespace

std::vector<std::size_t> pareto_front_indices(const PointSet& points, std::span<const std::size_t> candidates)
{
  if (candidates.size() > 64 && points.dimensions() > 1) {
    // Sums with infinities or NaN would make poor pivots; only finite sets take the shortcut.
    bool finite = true;
    for (std::size_t i : candidates)
      for (double v : points[i])
        finite = finite && std::isfinite(v);
    if (finite) {
      const auto kept = prefilter_by_pivots(points, candidates);
      return points.dimensions() <= 3 ? front_by_sweep(points, kept) : front_by_pairs(points, kept);
    }
  }
  if (points.dimensions() <= 3)
    return front_by_sweep(points, candidates);
  return front_by_pairs(points, candidates);
}

std::vector<std::size_t> pareto_front_indices(const PointSet& points)
{
  std::vector<std::size_t> all(points.size());
  std::iota(all.begin(), all.end(), std::size_t{0});
  return pareto_front_indices(points, all);
}

std::vector<int> non_dominated_ranks(const PointSet& points)
{
  if (points.dimensions() == 2)
    return ranks_2d(points);
  std::vector<int> ranks(points.size(), -1);
  std::vector<std::size_t> remaining(points.size());
  std::iota(remaining.begin(), remaining.end(), std::size_t{0});
  int rank = 0;
  while (!remaining.empty()) {
    const auto front = pareto_front_indices(points, remaining);
    for (std::size_t i : front)
      ranks[i] = rank;
    std::vector<std::size_t> rest;
    rest.reserve(remaining.size() - front.size());
    std::set_difference(remaining.begin(), remaining.end(), front.begin(), front.end(), std::back_inserter(rest));
    remaining.swap(rest);
    ++rank;
  }
  return ranks;
}

std::vector<std::vector<std::size_t>> non_dominated_fronts(const PointSet& points)
{
  const auto ranks = non_dominated_ranks(points);
  std::vector<std::vector<std::size_t>> fronts;
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    const auto r = static_cast<std::size_t>(ranks[i]);
    if (fronts.size() <= r)
      fronts.resize(r + 1);
    fronts[r].push_back(i);
  }
  return fronts;
}

std::vector<double> crowding_distances(const PointSet& points, std::span<const std::size_t> front)
{
  const std::size_t n = front.size();
  std::vector<double> distance(n, 0.0);
  if (n == 0)
    return distance;
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::size_t> order(n);
  for (int m = 0; m < points.dimensions(); ++m) {
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return points[front[a]][m] < points[front[b]][m]; });
    const double low = points[front[order.front()]][m];
    const double high = points[front[order.back()]][m];
    distance[order.front()] = inf;
    distance[order.back()] = inf;
    if (!(high > low))
      continue;
    for (std::size_t k = 1; k + 1 < n; ++k)
      distance[order[k]] += (points[front[order[k + 1]]][m] - points[front[order[k - 1]]][m]) / (high - low);
  }
  return distance;
}

}   // namespace cdse
