// A/B assumptions (issue 16) against the scorer itself: every delta equals the difference of the
// design scored independently under B and under A; the optimum under each set is the minimum found
// by scoring every candidate under that set alone; the switching saving is A's optimum minus B's,
// both under B; swapping A and B mirrors everything.
#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

#include "analysis_test_designs.h"
#include "core/analysis/assumption_comparison.h"
#include "core/carbon/carbon_scorer.h"

namespace cdse {
namespace {

// The default model on accelerators from tiny to large, so embodied and operational both vary.
std::vector<DesignInvariants> some_designs()
{
  return test::accelerator_grid_designs({1, 2, 8}, {16, 64, 256}, {0.5, 4.0, 16.0});
}

// Quebec-like for 3 years (A) against a coal-heavy grid for 6 years at ten times the rate (B).
CarbonSettings clean_short()
{
  CarbonSettings s;
  s.grid_intensity_g_per_kwh = 30;
  s.lifetime_years = 3;
  return s;
}

CarbonSettings dirty_long()
{
  CarbonSettings s;
  s.grid_intensity_g_per_kwh = 750;
  s.lifetime_years = 6;
  s.inferences_per_second = 3.0;
  s.fab_location = "usa";
  return s;
}

TEST(AssumptionComparison, DeltasAreDifferencesOfIndependentScores)
{
  const auto designs = some_designs();
  const CarbonSettings a = clean_short(), b = dirty_long();
  const AssumptionComparison cmp = compare_assumptions(a, b, designs, nullptr);
  ASSERT_EQ(cmp.designs.size(), designs.size());
  for (std::size_t i = 0; i < designs.size(); ++i) {
    const CarbonBreakdown under_a = CarbonScorer(a).score(designs[i]);
    const CarbonBreakdown under_b = CarbonScorer(b).score(designs[i]);
    ASSERT_TRUE(cmp.designs[i].scorable);
    EXPECT_DOUBLE_EQ(cmp.designs[i].a.total_kg, under_a.total_kg);
    EXPECT_DOUBLE_EQ(cmp.designs[i].b.embodied_kg, under_b.embodied_kg);
    EXPECT_DOUBLE_EQ(cmp.designs[i].delta_total_kg(), under_b.total_kg - under_a.total_kg);
    EXPECT_DOUBLE_EQ(*cmp.designs[i].delta_total_fraction(), (under_b.total_kg - under_a.total_kg) / under_a.total_kg);
    EXPECT_GT(cmp.designs[i].delta_total_kg(), 0.0) << "B is dirtier, longer and busier";
  }
  EXPECT_FALSE(cmp.optimal_a.index);
  EXPECT_FALSE(cmp.switch_saving_kg());
}

TEST(AssumptionComparison, OptimaAreTheMinimaUnderEachSetAndTheSavingIsMeasuredUnderB)
{
  SweepCandidates candidates{some_designs(), {}, true};
  const CarbonSettings a = clean_short(), b = dirty_long();
  const AssumptionComparison cmp = compare_assumptions(a, b, {}, &candidates);
  ASSERT_TRUE(cmp.optimal_a.index && cmp.optimal_b.index);
  EXPECT_EQ(cmp.optimal_a.index, test::brute_force_optimum(candidates, a));
  EXPECT_EQ(cmp.optimal_b.index, test::brute_force_optimum(candidates, b));
  // The two regimes favour different hardware (embodied-bound against operational-bound).
  EXPECT_NE(*cmp.optimal_a.index, *cmp.optimal_b.index);
  const double keep_a_kg = CarbonScorer(b).score(candidates.designs[*cmp.optimal_a.index]).total_kg;
  const double switch_kg = CarbonScorer(b).score(candidates.designs[*cmp.optimal_b.index]).total_kg;
  EXPECT_DOUBLE_EQ(*cmp.switch_saving_kg(), keep_a_kg - switch_kg);
  EXPECT_GT(*cmp.switch_saving_kg(), 0.0);
  EXPECT_DOUBLE_EQ(*cmp.switch_saving_fraction(), (keep_a_kg - switch_kg) / keep_a_kg);
  EXPECT_DOUBLE_EQ(cmp.optimal_b.under_a.total_kg,
                   CarbonScorer(a).score(candidates.designs[*cmp.optimal_b.index]).total_kg);
}

TEST(AssumptionComparison, SwappingTheSetsMirrorsTheResult)
{
  SweepCandidates candidates{some_designs(), {}, true};
  const auto designs = some_designs();
  const AssumptionComparison ab = compare_assumptions(clean_short(), dirty_long(), designs, &candidates);
  const AssumptionComparison ba = compare_assumptions(dirty_long(), clean_short(), designs, &candidates);
  EXPECT_EQ(ab.optimal_a.index, ba.optimal_b.index);
  EXPECT_EQ(ab.optimal_b.index, ba.optimal_a.index);
  for (std::size_t i = 0; i < designs.size(); ++i)
    EXPECT_DOUBLE_EQ(ab.designs[i].delta_total_kg(), -ba.designs[i].delta_total_kg());
}

TEST(AssumptionComparison, IdenticalSetsSaveNothing)
{
  SweepCandidates candidates{some_designs(), {}, true};
  const AssumptionComparison cmp = compare_assumptions(dirty_long(), dirty_long(), candidates.designs, &candidates);
  EXPECT_EQ(cmp.optimal_a.index, cmp.optimal_b.index);
  EXPECT_EQ(*cmp.switch_saving_kg(), 0.0);
  for (const auto& row : cmp.designs)
    EXPECT_EQ(row.delta_total_kg(), 0.0);
}

TEST(AssumptionComparison, LimitsAreJudgedUnderEachSet)
{
  SweepCandidates candidates{some_designs(), {}, true};
  const CarbonSettings a = clean_short(), b = dirty_long();
  // A carbon limit that A's optimum meets under A but not under B.
  const AssumptionComparison free = compare_assumptions(a, b, {}, &candidates);
  candidates.constraints.max_total_carbon_kg = free.optimal_a.under_a.total_kg * 1.0001;
  const AssumptionComparison limited = compare_assumptions(a, b, {}, &candidates);
  EXPECT_EQ(limited.optimal_a.index, free.optimal_a.index);
  ASSERT_GT(free.optimal_a.under_b.total_kg, *candidates.constraints.max_total_carbon_kg);
  EXPECT_FALSE(limited.optimal_a.feasible_under_other);
  EXPECT_EQ(limited.optimal_b.index, test::brute_force_optimum(candidates, b));
}

TEST(AssumptionComparison, ADesignNoSetCanScoreHasNoDelta)
{
  auto designs = some_designs();
  designs[0].node_nm = 1;   // no carbon data for a 1 nm node
  const AssumptionComparison cmp = compare_assumptions(clean_short(), dirty_long(), designs, nullptr);
  EXPECT_FALSE(cmp.designs[0].scorable);
  EXPECT_FALSE(cmp.designs[0].delta_total_fraction());
  EXPECT_TRUE(cmp.designs[1].scorable);
}

}   // namespace
}   // namespace cdse
