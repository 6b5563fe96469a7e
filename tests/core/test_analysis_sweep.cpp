// Sweeps and break-even points (issue 16) against the scorer itself: at each closed-form
// break-even the real CarbonScorer gives operational = embodied (within 1e-9 relative), and just
// below and above it the sign of operational − embodied is the one reported; a design said never
// to cross keeps its side at both ends and in between. The sweep's optimum at each value equals
// the minimum found by scoring every candidate independently. A category sweep (fab location,
// node) equals the scorer with that category set, category by category.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <memory>
#include <random>
#include <vector>

#include "analysis_test_designs.h"
#include "core/analysis/break_even.h"
#include "core/analysis/carbon_sweep.h"
#include "core/analysis/regime_map.h"
#include "core/carbon/carbon_tables.h"
#include "core/carbon/carbon_scorer.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

// Designs of the default model on accelerators from tiny to large (embodied and operational both vary).
std::vector<DesignInvariants> some_designs()
{
  return test::accelerator_grid_designs({1, 4, 8}, {32, 256}, {0.5, 4.0, 16.0});
}

double gap(const CarbonSettings& s, const DesignInvariants& d)
{
  const CarbonBreakdown c = CarbonScorer(s).score(d);
  return c.operational_kg - c.embodied_kg;
}

CarbonSettings random_settings(std::mt19937_64& rng)
{
  std::uniform_real_distribution<double> u(0.0, 1.0);
  CarbonSettings s;
  s.grid_intensity_g_per_kwh = 5 + 900 * u(rng);
  s.lifetime_years = 0.5 + 9 * u(rng);
  s.inferences_per_second = std::pow(10.0, -2 + 5 * u(rng));
  s.duty_cycle = u(rng);
  s.include_static = u(rng) < 0.8;
  s.node_nm = u(rng) < 0.2 ? 7 : 0;
  s.amortize = u(rng) < 0.2;
  // Power gating from none (1) to perfect (0), and both yield models.
  const double gating = u(rng);
  s.idle_power_fraction = gating < 0.15 ? 1.0 : gating < 0.25 ? 0.0 : u(rng);
  s.yield_model = u(rng) < 0.5 ? YieldModel::Murphy : YieldModel::Constant;
  return s;
}

TEST(BreakEven, ClosedFormAgreesWithTheScorer)
{
  const auto designs = some_designs();
  std::mt19937_64 rng(16);
  int crossings = 0, sides = 0;
  for (int trial = 0; trial < 24; ++trial) {
    const CarbonSettings base = random_settings(rng);
    for (const auto& info : sweep_parameters()) {
      if (info.categorical)   // no break-even: see CategorySweep below
        continue;
      const BreakEvenSolver solver(base, info.parameter);
      const double lo = BreakEvenSolver::range_min(info.parameter), hi = BreakEvenSolver::range_max(info.parameter);
      for (const auto& d : designs) {
        const BreakEven b = solver.solve(d);
        const auto at = [&](double x) { return gap(with_sweep_value(base, info.parameter, x), d); };
        if (b.kind == BreakEven::Kind::Crosses) {
          ++crossings;
          ASSERT_TRUE(b.value.has_value());
          const double x = *b.value;
          EXPECT_GE(x, lo);
          EXPECT_LE(x, hi);
          const CarbonBreakdown c = CarbonScorer(with_sweep_value(base, info.parameter, x)).score(d);
          EXPECT_NEAR(c.operational_kg, c.embodied_kg, 1e-9 * c.embodied_kg) << info.id << " at " << x;
          if (x * 1.001 <= hi) {
            EXPECT_GT(at(x * 1.001), 0.0) << info.id;
          }
          if (x * 0.999 > lo || (x * 0.999 == lo && info.parameter != SweepParameter::LifetimeYears)) {
            EXPECT_LE(at(x * 0.999), 1e-12 * c.embodied_kg) << info.id;
          }
        } else {
          ++sides;
          EXPECT_FALSE(b.value.has_value());
          const double first = info.parameter == SweepParameter::LifetimeYears ? 1e-3 : lo;
          for (double x : {first, (first + hi) / 2, hi}) {
            const double g = at(x);
            if (b.kind == BreakEven::Kind::OperationalAbove) {
              EXPECT_GT(g, 0.0) << info.id << " at " << x;
            } else if (b.kind == BreakEven::Kind::EmbodiedAbove) {
              EXPECT_LT(g, 0.0) << info.id << " at " << x;
            }
          }
        }
      }
    }
  }
  // Both outcomes occur, so neither branch is untested.
  EXPECT_GT(crossings, 50);
  EXPECT_GT(sides, 10);
}

TEST(BreakEven, GridIntensityIsEmbodiedOverOperationalPerGram)
{
  // The textbook case by hand: operational ∝ intensity, so x* = embodied / operational(1 g/kWh).
  const auto d = some_designs()[2];
  CarbonSettings base;
  const BreakEven b = BreakEvenSolver(base, SweepParameter::GridIntensity).solve(d);
  const CarbonBreakdown at_base = CarbonScorer(base).score(d);
  ASSERT_EQ(b.kind, BreakEven::Kind::Crosses);
  EXPECT_NEAR(*b.value, base.grid_intensity_g_per_kwh * at_base.embodied_kg / at_base.operational_kg, 1e-9 * *b.value);
}

TEST(CarbonSweep, OptimumIsTheMinimumOfIndependentScores)
{
  const auto designs = some_designs();
  SweepCandidates candidates;
  candidates.designs = designs;
  // Dynamic energy only, at a high rate: a larger buffer (more embodied, fewer DRAM accesses)
  // overtakes a smaller one as the grid gets dirtier.
  CarbonSettings base;
  base.include_static = false;
  base.inferences_per_second = 20;
  SweepRange range;
  range.parameter = SweepParameter::GridIntensity;
  range.from = 1;
  range.to = 2000;
  range.steps = 60;
  range.log_scale = true;
  const CarbonSweep sweep = run_carbon_sweep(base, range, designs, &candidates);
  ASSERT_EQ(sweep.steps.size(), 60u);
  EXPECT_DOUBLE_EQ(sweep.steps.front().value, 1.0);
  EXPECT_DOUBLE_EQ(sweep.steps.back().value, 2000.0);
  std::size_t changes = 0;
  for (std::size_t k = 0; k < sweep.steps.size(); ++k) {
    const auto& step = sweep.steps[k];
    const CarbonScorer scorer(with_sweep_value(base, range.parameter, step.value));
    std::size_t best = 0;
    for (std::size_t i = 0; i < designs.size(); ++i) {
      EXPECT_EQ(step.designs[i].total_kg, scorer.score(designs[i]).total_kg);
      if (scorer.score(designs[i]).total_kg < scorer.score(designs[best]).total_kg)
        best = i;
    }
    ASSERT_TRUE(step.optimal.has_value());
    EXPECT_EQ(*step.optimal, best) << "at " << step.value;
    if (k > 0 && sweep.steps[k - 1].optimal != step.optimal) {
      ++changes;
    }
  }
  EXPECT_EQ(sweep.changes.size(), changes);
  EXPECT_GT(changes, 0u);   // small chips win on clean grids, efficient ones on dirty grids
}

TEST(CarbonSweep, LimitsAreJudgedAtEachValue)
{
  // An area limit drops the largest chips everywhere; a carbon limit drops more designs as the
  // grid gets dirtier, until none is left.
  const auto designs = some_designs();
  double median_area = 0;
  {
    std::vector<double> areas;
    for (const auto& d : designs)
      areas.push_back(d.area_mm2);
    std::sort(areas.begin(), areas.end());
    median_area = areas[areas.size() / 2];
  }
  SweepCandidates candidates;
  candidates.designs = designs;
  candidates.constraints.max_area_mm2 = median_area;
  CarbonSettings base;
  base.include_static = false;
  base.inferences_per_second = 20;
  const double limit_kg =
      CarbonScorer(with_sweep_value(base, SweepParameter::GridIntensity, 300)).score(designs[0]).total_kg;
  candidates.constraints.max_total_carbon_kg = limit_kg;
  SweepRange range;
  range.from = 0;
  range.to = 3000;
  range.steps = 41;
  const CarbonSweep sweep = run_carbon_sweep(base, range, {}, &candidates);
  bool some_none = false, some_found = false;
  for (const auto& step : sweep.steps) {
    const CarbonScorer scorer(with_sweep_value(base, range.parameter, step.value));
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < designs.size(); ++i) {
      const double total = scorer.score(designs[i]).total_kg;
      if (designs[i].area_mm2 <= median_area && total <= limit_kg &&
          (!best || total < scorer.score(designs[*best]).total_kg))
        best = i;
    }
    EXPECT_EQ(step.optimal, best) << "at " << step.value;
    some_none = some_none || !best;
    some_found = some_found || best;
  }
  EXPECT_TRUE(some_none);
  EXPECT_TRUE(some_found);
}

TEST(CarbonSweep, CancelStopsBetweenValues)
{
  const std::atomic<bool> cancel{true};
  SweepRange range;
  const CarbonSweep sweep = run_carbon_sweep(CarbonSettings{}, range, some_designs(), nullptr, &cancel);
  EXPECT_TRUE(sweep.cancelled);
  EXPECT_TRUE(sweep.steps.empty());
}

TEST(CarbonSweep, BadRangesNameTheFlag)
{
  const auto expect_field = [](SweepRange r, const char* field) {
    try {
      sweep_values(r);
      ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.where(), field);
    }
  };
  SweepRange r;
  r.parameter = SweepParameter::DutyCycle;
  r.from = 0;
  r.to = 1.5;
  expect_field(r, "--to");
  r.to = 1;
  r.steps = 0;
  expect_field(r, "--steps");
  r.steps = 5;
  r.log_scale = true;
  expect_field(r, "--from");
  r.parameter = SweepParameter::LifetimeYears;
  r.log_scale = false;
  r.to = 10;
  expect_field(r, "--from");
  EXPECT_THROW(parse_sweep_parameter("grid", "--param"), InputError);
  EXPECT_EQ(parse_sweep_parameter("duty-cycle", "--param"), SweepParameter::DutyCycle);
}

// Fab locations: every location of the table, cleanest fab first; at each one every design's carbon
// is the scorer's with that fab, operational carbon does not move (the fab is embodied only), and
// the optimum is the brute-force minimum.
TEST(CategorySweep, FabLocationsEqualIndependentScoring)
{
  const auto designs = some_designs();
  SweepCandidates candidates;
  candidates.designs = designs;
  CarbonSettings base;
  base.fab_intensity_g_per_kwh = 200;   // a custom fab CI: each category replaces it
  SweepRange range;
  range.parameter = SweepParameter::FabLocation;
  const CarbonSweep sweep = run_carbon_sweep(base, range, designs, &candidates);
  const auto& table = CarbonTables::instance().fab_locations();
  ASSERT_EQ(sweep.steps.size(), table.size());
  EXPECT_TRUE(sweep.break_evens.empty());
  std::size_t changes = 0;
  for (std::size_t k = 0; k < sweep.steps.size(); ++k) {
    const auto& step = sweep.steps[k];
    const auto row = std::find_if(table.begin(), table.end(), [&](const auto& f) { return f.id == step.category; });
    ASSERT_NE(row, table.end()) << step.category;
    EXPECT_EQ(step.value, row->g_per_kwh);
    if (k > 0) {
      EXPECT_LE(sweep.steps[k - 1].value, step.value);
    }
    CarbonSettings at = base;
    at.fab_location = step.category;
    at.fab_intensity_g_per_kwh = -1;
    const CarbonScorer scorer(at);
    for (std::size_t i = 0; i < designs.size(); ++i) {
      EXPECT_EQ(step.designs[i].total_kg, scorer.score(designs[i]).total_kg) << step.category;
      EXPECT_EQ(step.designs[i].operational_kg, sweep.steps.front().designs[i].operational_kg);
    }
    ASSERT_TRUE(step.optimal.has_value());
    EXPECT_EQ(step.optimal, test::brute_force_optimum(candidates, at)) << step.category;
    changes += k > 0 && sweep.steps[k - 1].optimal != step.optimal;
  }
  EXPECT_EQ(sweep.changes.size(), changes);
  // A dirtier fab makes every chip's embodied carbon larger.
  EXPECT_LT(sweep.steps.front().designs[0].embodied_kg, sweep.steps.back().designs[0].embodied_kg);
}

// Nodes: the listed ones in the listed order; each is the scorer with the node override, which
// scales area, energy and leakage, so both parts of the carbon move.
TEST(CategorySweep, NodesInTheGivenOrderEqualTheNodeOverride)
{
  const auto designs = some_designs();
  SweepRange range;
  range.parameter = SweepParameter::TechnologyNode;
  range.categories = {"7", "28", "14"};
  const CarbonSweep sweep = run_carbon_sweep(CarbonSettings{}, range, designs, nullptr);
  ASSERT_EQ(sweep.steps.size(), 3u);
  const int nodes[] = {7, 28, 14};
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_EQ(sweep.steps[k].category, std::to_string(nodes[k]));
    EXPECT_EQ(sweep.steps[k].value, nodes[k]);
    EXPECT_FALSE(sweep.steps[k].optimal.has_value());   // no candidates given
    CarbonSettings at;
    at.node_nm = nodes[k];
    for (std::size_t i = 0; i < designs.size(); ++i)
      EXPECT_EQ(sweep.steps[k].designs[i].total_kg, CarbonScorer(at).score(designs[i]).total_kg);
  }
  EXPECT_NE(sweep.steps[0].designs[0].operational_kg, sweep.steps[1].designs[0].operational_kg);
  EXPECT_NE(sweep.steps[0].designs[0].embodied_kg, sweep.steps[1].designs[0].embodied_kg);

  // Every node listed is one the scorer can scale a 22 nm design to, oldest first.
  const auto all = sweep_categories(SweepParameter::TechnologyNode);
  ASSERT_GE(all.size(), 5u);
  for (std::size_t k = 0; k < all.size(); ++k) {
    CarbonSettings at;
    at.node_nm = static_cast<int>(all[k].value);
    EXPECT_TRUE(CarbonScorer(at).can_score_node(22)) << all[k].id;
    if (k > 0) {
      EXPECT_GT(all[k - 1].value, all[k].value);
    }
  }
  EXPECT_EQ(sweep_category_of(CarbonSettings{}, SweepParameter::TechnologyNode), "");
  EXPECT_EQ(sweep_category_of(CarbonSettings{}, SweepParameter::FabLocation), "taiwan");
}

TEST(CategorySweep, BadCategoriesNameTheFlag)
{
  const auto expect_field = [](const std::function<void()>& f, const char* field, const char* says) {
    try {
      f();
      ADD_FAILURE() << "accepted";
    } catch (const InputError& e) {
      EXPECT_EQ(e.where(), field);
      EXPECT_NE(e.problem().find(says), std::string::npos) << e.problem();
    }
  };
  SweepRange r;
  r.parameter = SweepParameter::FabLocation;
  r.categories = {"taiwan", "atlantis"};
  expect_field([&] { sweep_values(r); }, "--categories", "atlantis");
  expect_field([&] { sweep_values(r); }, "--categories", "iceland");   // lists the valid ids
  r.categories = {"usa", "usa"};
  expect_field([&] { sweep_values(r); }, "--categories", "twice");
  r.parameter = SweepParameter::TechnologyNode;
  r.categories = {"6"};
  expect_field([&] { sweep_values(r); }, "--categories", "'6'");
  expect_field([&] { BreakEvenSolver(CarbonSettings{}, SweepParameter::FabLocation); }, "--param", "category");
  expect_field([&] { with_sweep_value(CarbonSettings{}, SweepParameter::TechnologyNode, 7); }, "--param", "category");
  SweepRange x, y;
  x.parameter = SweepParameter::TechnologyNode;
  y.parameter = SweepParameter::GridIntensity;
  expect_field([&] { check_regime_axes(x, y); }, "--x-param", "category");
  expect_field([&] { check_regime_axes(y, x); }, "--y-param", "category");
}

}   // namespace
}   // namespace cdse
