// nondominated_indices against the definition, point by point: random sets on small integer grids
// (so that ties in single coordinates and exact duplicates are common), from 1 to 6 coordinates
// used, with 1 and 3 threads; the result must equal the O(n²) brute force exactly.
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <vector>

#include "core/search/exact/nondominated_filter.h"

namespace cdse {
namespace {

bool weakly_dominates(const FilterPoint& a, const FilterPoint& b)
{
  for (std::size_t d = 0; d < k_filter_dims; ++d)
    if (a[d] > b[d])
      return false;
  return true;
}

// The contract read literally: kept unless another point is no greater everywhere and either
// differs somewhere or is an equal point with a lower index.
std::vector<std::size_t> brute_force(const std::vector<FilterPoint>& points)
{
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < points.size(); ++i) {
    bool dominated = false;
    for (std::size_t j = 0; j < points.size() && !dominated; ++j)
      dominated = j != i && weakly_dominates(points[j], points[i]) && (points[j] != points[i] || j < i);
    if (!dominated)
      out.push_back(i);
  }
  return out;
}

std::vector<FilterPoint> random_points(std::mt19937_64& rng, std::size_t n, std::size_t dims, int grid)
{
  std::uniform_int_distribution<int> value(0, grid);
  std::vector<FilterPoint> points(n);
  for (auto& p : points) {
    // Anti-correlated first two coordinates make large fronts, as latency and error do.
    const int base = value(rng);
    for (std::size_t d = 0; d < dims; ++d)
      p[d] = d == 0 ? base : d == 1 ? grid - base + value(rng) / 4 : value(rng);
  }
  return points;
}

TEST(NondominatedFilter, EqualsBruteForceOnRandomSets)
{
  std::mt19937_64 rng(14);
  int cases = 0;
  for (std::size_t dims = 1; dims <= k_filter_dims; ++dims)
    for (int grid : {3, 20, 1000})
      for (std::size_t n : {1u, 2u, 17u, 300u, 2500u}) {
        const auto points = random_points(rng, n, dims, grid);
        const auto expected = brute_force(points);
        for (int threads : {1, 3}) {
          EXPECT_EQ(nondominated_indices(points, threads), expected)
              << "dims " << dims << ", grid " << grid << ", n " << n << ", threads " << threads;
          ++cases;
        }
      }
  EXPECT_EQ(cases, 6 * 3 * 5 * 2);
}

TEST(NondominatedFilter, ContinuousValuesAndLargeFront)
{
  // Points on a 6-D simplex-like surface: almost every point is on the front.
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<FilterPoint> points(4000);
  for (auto& p : points) {
    double sum = 0;
    for (auto& x : p) {
      x = u(rng);
      sum += x;
    }
    for (auto& x : p)
      x /= sum;
  }
  // Some dominated copies shifted up.
  for (std::size_t i = 0; i < 500; ++i) {
    FilterPoint q = points[i];
    q[i % k_filter_dims] += 1e-9;
    points.push_back(q);
  }
  const auto expected = brute_force(points);
  EXPECT_GT(expected.size(), 3000u);
  EXPECT_EQ(nondominated_indices(points, 2), expected);
}

TEST(NondominatedFilter, EmptyAndCancelled)
{
  EXPECT_TRUE(nondominated_indices({}, 2).empty());
  std::mt19937_64 rng(3);
  const auto points = random_points(rng, 5000, 4, 50);
  const std::atomic<bool> cancel{true};
  EXPECT_TRUE(nondominated_indices(points, 2, &cancel).empty());
}

}   // namespace
}   // namespace cdse
