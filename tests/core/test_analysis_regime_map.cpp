// Regime maps (issue 16) against independent scoring: every cell's optimum is the minimum found
// by scoring every candidate with its own CarbonScorer at that point; every contour point is where
// that optimum's operational carbon equals its embodied carbon (1e-9 relative) and it is the
// optimum there; and wherever two neighbouring cells of a column share an optimum whose embodied
// share passes 0.5 between them, the contour has that design's point between them.
#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <optional>
#include <vector>

#include "analysis_test_designs.h"
#include "core/analysis/regime_map.h"
#include "core/carbon/carbon_scorer.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

std::vector<DesignInvariants> some_designs()
{
  return test::accelerator_grid_designs({1, 2, 8}, {16, 64, 256}, {0.5, 4.0, 16.0});
}

SweepRange axis(SweepParameter p, double from, double to, int steps, bool log)
{
  SweepRange r;
  r.parameter = p;
  r.from = from;
  r.to = to;
  r.steps = steps;
  r.log_scale = log;
  return r;
}

CarbonSettings at(const CarbonSettings& base, const RegimeMap& map, double x, double y)
{
  return with_sweep_value(with_sweep_value(base, map.x.parameter, x), map.y.parameter, y);
}

// Grid intensity × inference rate, both log: small chips win on clean grids at low rates,
// efficient ones on dirty grids at high rates, and the break-even runs across the map.
struct GridRateMap : ::testing::Test {
  CarbonSettings base;
  SweepCandidates candidates{some_designs(), {}, true};
  RegimeMap map;

  void SetUp() override
  {
    base.duty_cycle = 0.2;
    map = run_regime_map(base, axis(SweepParameter::GridIntensity, 1, 2000, 23, true),
                         axis(SweepParameter::InferencesPerSecond, 0.01, 1000, 19, true), candidates);
  }
};

TEST_F(GridRateMap, EveryCellHoldsTheIndependentOptimumAndItsShare)
{
  ASSERT_EQ(map.x_values.size(), 23u);
  ASSERT_EQ(map.y_values.size(), 19u);
  ASSERT_EQ(map.optimal.size(), 23u * 19u);
  EXPECT_DOUBLE_EQ(map.x_values.back(), 2000.0);
  EXPECT_DOUBLE_EQ(map.y_values.front(), 0.01);
  std::size_t cells = 0;
  for (std::size_t iy = 0; iy < map.y_values.size(); ++iy)
    for (std::size_t ix = 0; ix < map.x_values.size(); ++ix) {
      const std::size_t c = map.cell(ix, iy);
      const CarbonSettings s = at(base, map, map.x_values[ix], map.y_values[iy]);
      const auto best = test::brute_force_optimum(candidates, s);
      ASSERT_TRUE(best.has_value());
      EXPECT_EQ(map.optimal[c], static_cast<std::int32_t>(*best)) << ix << "," << iy;
      const CarbonBreakdown carbon = CarbonScorer(s).score(candidates.designs[*best]);
      EXPECT_DOUBLE_EQ(map.total_kg[c], carbon.total_kg);
      EXPECT_NEAR(map.embodied_share[c], carbon.embodied_kg / carbon.total_kg, 1e-12);
      ++cells;
    }
  EXPECT_GE(map.regimes.size(), 2u) << "the map should show more than one regime";
  std::size_t covered = 0;
  for (std::size_t k = 0; k < map.regimes.size(); ++k) {
    covered += map.regime_cells[k];
    if (k > 0) {
      EXPECT_GE(map.regime_cells[k - 1], map.regime_cells[k]);
    }
  }
  EXPECT_EQ(covered, cells);
}

TEST_F(GridRateMap, ContourPointsAreExactBreakEvensOfTheOptimum)
{
  ASSERT_FALSE(map.contour.empty());
  for (const auto& p : map.contour) {
    const CarbonSettings s = at(base, map, p.x, p.y);
    EXPECT_EQ(test::brute_force_optimum(candidates, s), p.design);
    const CarbonBreakdown c = CarbonScorer(s).score(candidates.designs[p.design]);
    EXPECT_NEAR(c.operational_kg, c.embodied_kg, 1e-9 * c.embodied_kg) << p.x << "," << p.y;
    EXPECT_DOUBLE_EQ(p.x, map.x_values[p.column]);
  }
}

TEST_F(GridRateMap, ContourIsCompleteBetweenCellsOfOneOptimum)
{
  std::size_t checked = 0;
  for (std::size_t ix = 0; ix < map.x_values.size(); ++ix)
    for (std::size_t iy = 0; iy + 1 < map.y_values.size(); ++iy) {
      const std::size_t lo = map.cell(ix, iy), hi = map.cell(ix, iy + 1);
      if (map.optimal[lo] != map.optimal[hi] || map.optimal[lo] < 0)
        continue;
      if ((map.embodied_share[lo] - 0.5) * (map.embodied_share[hi] - 0.5) > 0)
        continue;
      ++checked;
      bool found = false;
      for (const auto& p : map.contour)
        found = found || (p.column == ix && static_cast<std::int32_t>(p.design) == map.optimal[lo] &&
                          p.y >= map.y_values[iy] && p.y <= map.y_values[iy + 1]);
      EXPECT_TRUE(found) << "no contour point in column " << ix << " between rows " << iy << " and " << iy + 1;
    }
  EXPECT_GT(checked, 0u);
}

TEST(RegimeMap, LimitsAreJudgedAtEachPoint)
{
  // A carbon limit leaves dirty, busy corners with no feasible design.
  const auto designs = some_designs();
  SweepCandidates candidates{designs, {}, true};
  CarbonSettings base;
  candidates.constraints.max_total_carbon_kg =
      CarbonScorer(with_sweep_value(base, SweepParameter::GridIntensity, 200)).score(designs[0]).total_kg;
  const RegimeMap map = run_regime_map(base, axis(SweepParameter::GridIntensity, 0, 1500, 11, false),
                                       axis(SweepParameter::LifetimeYears, 1, 10, 7, false), candidates);
  bool none = false, some = false;
  for (std::size_t iy = 0; iy < map.y_values.size(); ++iy)
    for (std::size_t ix = 0; ix < map.x_values.size(); ++ix) {
      const auto best = test::brute_force_optimum(candidates, at(base, map, map.x_values[ix], map.y_values[iy]));
      const std::int32_t got = map.optimal[map.cell(ix, iy)];
      EXPECT_EQ(got, best ? static_cast<std::int32_t>(*best) : -1);
      none = none || got < 0;
      some = some || got >= 0;
      if (got < 0) {
        EXPECT_TRUE(std::isnan(map.embodied_share[map.cell(ix, iy)]));
      }
    }
  EXPECT_TRUE(none);
  EXPECT_TRUE(some);
}

TEST(RegimeMap, BadInputsNameTheFlag)
{
  const SweepCandidates candidates{some_designs(), {}, false};
  const auto expect_field = [&](const SweepRange& x, const SweepRange& y, const char* field) {
    try {
      run_regime_map(CarbonSettings{}, x, y, candidates);
      ADD_FAILURE() << "accepted, expected an error on " << field;
    } catch (const InputError& e) {
      EXPECT_EQ(e.where(), field) << e.what();
    }
  };
  const SweepRange grid = axis(SweepParameter::GridIntensity, 1, 100, 3, false);
  const SweepRange duty = axis(SweepParameter::DutyCycle, 0, 1, 3, false);
  expect_field(grid, grid, "--y-param");
  expect_field(axis(SweepParameter::GridIntensity, -5, 100, 3, false), duty, "--x-from");
  expect_field(grid, axis(SweepParameter::DutyCycle, 0, 2, 3, false), "--y-to");
  expect_field(grid, axis(SweepParameter::DutyCycle, 0, 1, 0, false), "--y-steps");
  expect_field(axis(SweepParameter::GridIntensity, 1, 100, 2000, false),
               axis(SweepParameter::DutyCycle, 0, 1, 2000, false), "--y-steps");
}

TEST(RegimeMap, CancelStopsBetweenColumns)
{
  const std::atomic<bool> cancel{true};
  const SweepCandidates candidates{some_designs(), {}, false};
  const RegimeMap map = run_regime_map(CarbonSettings{}, axis(SweepParameter::GridIntensity, 1, 100, 5, false),
                                       axis(SweepParameter::DutyCycle, 0, 1, 5, false), candidates, &cancel);
  EXPECT_TRUE(map.cancelled);
  EXPECT_TRUE(map.contour.empty());
  EXPECT_TRUE(map.regimes.empty());
}

}   // namespace
}   // namespace cdse
