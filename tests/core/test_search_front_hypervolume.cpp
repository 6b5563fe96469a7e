#include <gtest/gtest.h>

#include <random>

#include "core/search/front/hypervolume.h"
#include "core/search/front/pareto.h"

using namespace cdse;

namespace {

// Counts unit cells dominated by integer points: exact for integer coordinates.
double cell_count_hypervolume(const PointSet& points, const std::vector<int>& reference)
{
  const int d = points.dimensions();
  double volume = 0;
  std::vector<int> cell(static_cast<std::size_t>(d), 0);
  while (true) {
    for (std::size_t i = 0; i < points.size(); ++i) {
      bool covers = true;
      for (int k = 0; k < d; ++k)
        if (!(points[i][k] <= cell[static_cast<std::size_t>(k)]))
          covers = false;
      if (covers) {
        volume += 1;
        break;
      }
    }
    int k = 0;
    while (k < d && ++cell[static_cast<std::size_t>(k)] == reference[static_cast<std::size_t>(k)])
      cell[static_cast<std::size_t>(k++)] = 0;
    if (k == d)
      break;
  }
  return volume;
}

}   // namespace

TEST(SearchHypervolume, TwoObjectivesHandComputed)
{
  // Staircase (1,3) (2,2) (3,1) against (4,4), by vertical slabs: x∈[1,2) covers y∈[3,4) → 1;
  // x∈[2,3) covers y∈[2,4) → 2; x∈[3,4) covers y∈[1,4) → 3; total 6.
  EXPECT_DOUBLE_EQ(hypervolume({{1, 3}, {2, 2}, {3, 1}}, {4, 4}), 6.0);
  // A dominated point and a duplicate change nothing.
  EXPECT_DOUBLE_EQ(hypervolume({{1, 3}, {2, 2}, {3, 1}, {3, 3}, {2, 2}}, {4, 4}), 6.0);
  // A single point: a rectangle.
  EXPECT_DOUBLE_EQ(hypervolume({{0.5, 0.25}}, {1, 1}), 0.5 * 0.75);
}

TEST(SearchHypervolume, PointsNotDominatingReferenceAreIgnored)
{
  EXPECT_DOUBLE_EQ(hypervolume({{5, 0}, {0, 5}, {4, 1}}, {4, 4}), 0.0);   // (4,1) touches the bound
  EXPECT_DOUBLE_EQ(hypervolume({{5, 0}, {1, 1}}, {4, 4}), 9.0);
  EXPECT_DOUBLE_EQ(hypervolume(std::vector<std::vector<double>>{}, {1, 1}), 0.0);
}

TEST(SearchHypervolume, ThreeObjectivesHandComputed)
{
  // One point: a box 1 × 2 × 3.
  EXPECT_DOUBLE_EQ(hypervolume({{1, 0, -1}}, {2, 2, 2}), 1 * 2 * 3);
  // (0,0,1) and (1,1,0) against (2,2,2): boxes 2·2·1 = 4 and 1·1·2 = 2, overlap [1,2]²×[1,2] = 1.
  EXPECT_DOUBLE_EQ(hypervolume({{0, 0, 1}, {1, 1, 0}}, {2, 2, 2}), 5.0);
  // The three unit "axis" points (1,0,0) (0,1,0) (0,0,1) against (1,1,1) dominate nothing inside:
  // each touches the reference in one coordinate, so the volume is 0.
  EXPECT_DOUBLE_EQ(hypervolume({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, {1, 1, 1}), 0.0);
  // Against (2,2,2): each box is 1×2×2 = 4, each pairwise overlap 1×1×2 = 2, the triple overlap
  // 1×1×1 = 1; inclusion–exclusion: 3·4 − 3·2 + 1 = 7.
  EXPECT_DOUBLE_EQ(hypervolume({{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, {2, 2, 2}), 7.0);
}

TEST(SearchHypervolume, MatchesCellCountingOnRandomIntegerSets)
{
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> value(0, 7);
  for (int dims = 2; dims <= 3; ++dims)
    for (int trial = 0; trial < 40; ++trial) {
      PointSet points(dims);
      std::vector<double> p(static_cast<std::size_t>(dims));
      const int n = 1 + trial % 25;
      for (int i = 0; i < n; ++i) {
        for (auto& x : p)
          x = value(rng);
        points.add(p);
      }
      const std::vector<int> reference(static_cast<std::size_t>(dims), 7);
      const std::vector<double> reference_d(reference.begin(), reference.end());
      ASSERT_DOUBLE_EQ(hypervolume(points, reference_d), cell_count_hypervolume(points, reference))
          << "dims " << dims << " trial " << trial;
    }
}

TEST(SearchHypervolume, ImprovementIsTheExclusiveContribution)
{
  const auto points = PointSet::from_rows({{1, 3}, {3, 1}});
  const std::vector<double> reference{4, 4}, candidate{2, 2}, dominated{3, 3};
  EXPECT_DOUBLE_EQ(hypervolume_improvement(points, candidate, reference), 1.0);
  EXPECT_DOUBLE_EQ(hypervolume_improvement(points, dominated, reference), 0.0);
}

TEST(SearchHypervolume, RejectsUnsupportedDimensions)
{
  PointSet four(4);
  const std::vector<double> reference4{1, 1, 1, 1}, reference2{1, 1};
  EXPECT_THROW(hypervolume(four, reference4), std::invalid_argument);
  PointSet three(3);
  EXPECT_THROW(hypervolume(three, reference2), std::invalid_argument);
}
