#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/search/front/pareto.h"

using namespace cdse;

namespace {

PointSet random_integer_points(std::mt19937& rng, int dims, int count, int max_value)
{
  std::uniform_int_distribution<int> value(0, max_value);
  PointSet set(dims);
  std::vector<double> p(static_cast<std::size_t>(dims));
  for (int i = 0; i < count; ++i) {
    for (auto& x : p)
      x = value(rng);
    set.add(p);
  }
  return set;
}

std::vector<int> brute_force_ranks(const PointSet& points)
{
  std::vector<int> ranks(points.size(), -1);
  std::size_t assigned = 0;
  for (int rank = 0; assigned < points.size(); ++rank) {
    std::vector<std::size_t> now;
    for (std::size_t a = 0; a < points.size(); ++a) {
      if (ranks[a] >= 0)
        continue;
      bool dominated = false;
      for (std::size_t b = 0; b < points.size(); ++b)
        if (ranks[b] < 0 && dominates(points[b], points[a]))
          dominated = true;
      if (!dominated)
        now.push_back(a);
    }
    for (auto a : now)
      ranks[a] = rank;
    assigned += now.size();
  }
  return ranks;
}

}   // namespace

TEST(SearchPareto, DominanceIsStrictInAtLeastOneObjective)
{
  const std::vector<double> a{1, 2}, b{2, 2}, c{1, 2}, d{0, 3};
  EXPECT_TRUE(dominates(a, b));
  EXPECT_FALSE(dominates(b, a));
  EXPECT_FALSE(dominates(a, c));   // equal points do not dominate each other
  EXPECT_FALSE(dominates(a, d));
  EXPECT_FALSE(dominates(d, a));
}

TEST(SearchPareto, HandMadeTwoObjectiveFront)
{
  // (1,5) (2,3) (4,1) are non-dominated; (3,4) is dominated by (2,3); (4,2) by (4,1); (5,5) by all;
  // (2,3) appears twice: both copies stay.
  const auto points = PointSet::from_rows({{3, 4}, {1, 5}, {2, 3}, {4, 2}, {4, 1}, {5, 5}, {2, 3}});
  EXPECT_EQ(pareto_front_indices(points), (std::vector<std::size_t>{1, 2, 4, 6}));
  EXPECT_EQ(non_dominated_ranks(points), (std::vector<int>{1, 0, 0, 1, 0, 2, 0}));
  const auto fronts = non_dominated_fronts(points);
  ASSERT_EQ(fronts.size(), 3u);
  EXPECT_EQ(fronts[1], (std::vector<std::size_t>{0, 3}));
  EXPECT_EQ(fronts[2], (std::vector<std::size_t>{5}));
}

TEST(SearchPareto, HandMadeThreeObjectiveFront)
{
  const auto points = PointSet::from_rows({
      {1, 1, 9},     // 0 front
      {9, 1, 1},     // 1 front
      {1, 9, 1},     // 2 front
      {2, 2, 9},     // 3 dominated by 0
      {5, 5, 5},     // 4 front
      {5, 5, 6},     // 5 dominated by 4
      {1, 1, 9},     // 6 duplicate of 0: front
      {1, 9, 1.5},   // 7 dominated by 2
  });
  EXPECT_EQ(pareto_front_indices(points), (std::vector<std::size_t>{0, 1, 2, 4, 6}));
  EXPECT_EQ(non_dominated_ranks(points), (std::vector<int>{0, 0, 0, 1, 0, 1, 0, 1}));
}

TEST(SearchPareto, FrontOfCandidateSubset)
{
  const auto points = PointSet::from_rows({{1, 1}, {2, 0}, {0, 2}, {3, 3}});
  const std::vector<std::size_t> candidates{1, 3};
  EXPECT_EQ(pareto_front_indices(points, candidates), (std::vector<std::size_t>{1}));
}

TEST(SearchPareto, RanksMatchBruteForceOnRandomSetsWithTies)
{
  std::mt19937 rng(7);
  for (int dims = 2; dims <= 4; ++dims)
    for (int trial = 0; trial < 30; ++trial) {
      // Small value range forces many ties and duplicates.
      const auto points = random_integer_points(rng, dims, 60, 6);
      const auto expected = brute_force_ranks(points);
      ASSERT_EQ(non_dominated_ranks(points), expected) << "dims " << dims << " trial " << trial;
      std::vector<std::size_t> first;
      for (std::size_t i = 0; i < expected.size(); ++i)
        if (expected[i] == 0)
          first.push_back(i);
      ASSERT_EQ(pareto_front_indices(points), first);
    }
}

TEST(SearchPareto, CrowdingDistanceHandComputed)
{
  // Front sorted on objective 0: (0,4) (1,2) (3,1) (4,0); spread 4 in both.
  const auto points = PointSet::from_rows({{1, 2}, {4, 0}, {0, 4}, {3, 1}});
  const std::vector<std::size_t> front{0, 1, 2, 3};
  const auto d = crowding_distances(points, front);
  EXPECT_TRUE(std::isinf(d[1]));
  EXPECT_TRUE(std::isinf(d[2]));
  EXPECT_DOUBLE_EQ(d[0], (3.0 - 0.0) / 4 + (4.0 - 1.0) / 4);
  EXPECT_DOUBLE_EQ(d[3], (4.0 - 1.0) / 4 + (2.0 - 0.0) / 4);
}

TEST(SearchPareto, LargeTwoAndThreeObjectiveSetsAreFast)
{
  std::mt19937 rng(3);
  std::uniform_real_distribution<double> u(0, 1);
  for (int dims : {2, 3}) {
    PointSet points(dims);
    std::vector<double> p(static_cast<std::size_t>(dims));
    for (int i = 0; i < 100000; ++i) {
      for (auto& x : p)
        x = u(rng);
      points.add(p);
    }
    const auto front = pareto_front_indices(points);
    EXPECT_GT(front.size(), 3u);
    for (std::size_t k = 0; k < std::min<std::size_t>(front.size(), 20); ++k)
      for (std::size_t j = 0; j < points.size(); j += 97)
        ASSERT_FALSE(dominates(points[j], points[front[k]]));
  }
}
