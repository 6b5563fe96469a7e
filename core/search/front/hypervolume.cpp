#include "core/search/front/hypervolume.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <stdexcept>

namespace cdse {

namespace {

bool strictly_below(std::span<const double> p, std::span<const double> reference)
{
  for (std::size_t i = 0; i < p.size(); ++i)
    if (!(p[i] < reference[i]))
      return false;
  return true;
}

double hypervolume_2d(const PointSet& points, const std::vector<std::size_t>& inside, std::span<const double> r)
{
  std::vector<std::size_t> order = inside;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return points[a][0] < points[b][0] || (points[a][0] == points[b][0] && points[a][1] < points[b][1]);
  });
  // Horizontal slabs: each point that lowers the running minimum of y adds the band between the old
  // and the new minimum, extending from its x to the reference.
  double volume = 0;
  double best_y = r[1];
  for (std::size_t i : order) {
    const auto p = points[i];
    if (p[1] < best_y) {
      volume += (r[0] - p[0]) * (best_y - p[1]);
      best_y = p[1];
    }
  }
  return volume;
}

// The area dominated in (x, y) by the points inserted so far, kept as a staircase (x increasing,
// y strictly decreasing). Insertion returns the area the new point adds.
class AreaStaircase {
public:
  AreaStaircase(double ref_x, double ref_y) : ref_x_(ref_x), ref_y_(ref_y) {}

  double insert(double x, double y)
  {
    auto next = steps_.lower_bound(x);   // first step with x' >= x
    double height = ref_y_;              // covered-from height just left of x
    if (next != steps_.begin()) {
      const auto left = std::prev(next);
      if (left->second <= y)
        return 0;   // dominated by a step with smaller x
      height = left->second;
    }
    if (next != steps_.end() && next->first == x && next->second <= y)
      return 0;
    double added = 0;
    double from_x = x;
    while (next != steps_.end() && next->second >= y) {
      added += (next->first - from_x) * (height - y);
      from_x = next->first;
      height = next->second;
      next = steps_.erase(next);   // dominated by the new point
    }
    const double to_x = next == steps_.end() ? ref_x_ : next->first;
    added += (to_x - from_x) * (height - y);
    steps_[x] = y;
    area_ += added;
    return added;
  }
  double area() const { return area_; }

private:
  double ref_x_, ref_y_;
  double area_ = 0;
  std::map<double, double> steps_;
};

double hypervolume_3d(const PointSet& points, const std::vector<std::size_t>& inside, std::span<const double> r)
{
  std::vector<std::size_t> order = inside;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return points[a][2] < points[b][2]; });
  AreaStaircase staircase(r[0], r[1]);
  double volume = 0;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto p = points[order[k]];
    staircase.insert(p[0], p[1]);
    const double next_z = k + 1 < order.size() ? points[order[k + 1]][2] : r[2];
    volume += staircase.area() * (next_z - p[2]);
  }
  return volume;
}

}   // namespace

double hypervolume(const PointSet& points, std::span<const double> reference)
{
  const int d = points.dimensions();
  if (reference.size() != static_cast<std::size_t>(d))
    throw std::invalid_argument("hypervolume: reference point has the wrong number of objectives");
  if (d > 3)
    throw std::invalid_argument("hypervolume: only 1, 2 or 3 objectives are supported");
  std::vector<std::size_t> inside;
  inside.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i)
    if (strictly_below(points[i], reference))
      inside.push_back(i);
  if (inside.empty())
    return 0;
  if (d == 1) {
    double best = reference[0];
    for (std::size_t i : inside)
      best = std::min(best, points[i][0]);
    return reference[0] - best;
  }
  if (d == 2)
    return hypervolume_2d(points, inside, reference);
  return hypervolume_3d(points, inside, reference);
}

double hypervolume(const std::vector<std::vector<double>>& points, const std::vector<double>& reference)
{
  PointSet set(static_cast<int>(reference.size()));
  set.reserve(points.size());
  for (const auto& p : points)
    set.add(p);
  return hypervolume(set, reference);
}

double hypervolume_improvement(const PointSet& points, std::span<const double> candidate,
                               std::span<const double> reference)
{
  PointSet extended = points;
  extended.add(candidate);
  return std::max(0.0, hypervolume(extended, reference) - hypervolume(points, reference));
}

}   // namespace cdse
