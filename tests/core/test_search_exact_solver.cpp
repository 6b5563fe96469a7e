// The exact algorithm against brute force (issue 14): on reduced spaces of 10^4–2·10^5 designs (random
// sub-ranges of every knob of the built-in scenarios), in every mode, with and without leakage and
// a latency limit, the front of the exact solver's designs equals the front of every design
// evaluated one by one: the same objective values, and every design exact returns is on the
// brute-force front. Then, at 20 random settings of the carbon sliders, the universal front
// re-scored still gives the brute-force front re-scored: nothing is recomputed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <set>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/carbon/carbon_tables.h"
#include "core/evaluation/design_evaluator.h"
#include "core/io/input_error.h"
#include "core/search/archive/archive.h"
#include "core/search/exact/exact_refusal.h"
#include "core/search/exact/exact_solver.h"
#include "core/search/genome/genome_counter.h"
#include "core/search/scenario/scenario.h"

namespace cdse {
namespace {

ArchiveSetup setup_of(const Scenario& scenario)
{
  ArchiveSetup setup;
  setup.objectives = scenario.objectives();
  setup.constraints = scenario.constraints;
  setup.carbon = scenario.carbon;
  return setup;
}

// Evaluates the listed genomes (all of the space when `genomes` is empty) into an archive.
Archive evaluate_into_archive(const Scenario& scenario, const std::vector<Genome>& genomes, bool all)
{
  const SearchSpace space = scenario.space();
  DesignEvaluator evaluator(std::make_shared<BuiltinAccuracyEstimator>());
  Archive archive(setup_of(scenario));
  std::int64_t index = 0;
  const auto add = [&](const Genome& g) {
    ArchiveRecord r{index++, g, false, {}, {}};
    try {
      r.invariants = evaluator.evaluate(space.decode(g));
    } catch (const InputError& e) {
      r.failed = true;
      r.error = e.what();
    }
    archive.add(std::move(r));
  };
  if (all) {
    Genome g(space.knob_count(), 0);
    const auto sizes = space.knob_sizes();
    do
      add(g);
    while (next_genome(g, sizes));
  } else {
    for (const auto& g : genomes)
      add(g);
  }
  return archive;
}

std::set<std::vector<double>> front_values(const Archive& archive)
{
  std::set<std::vector<double>> out;
  for (std::size_t i : archive.front()) {
    const auto v = archive.objectives(i);
    out.emplace(v.begin(), v.end());
  }
  return out;
}

std::set<std::string> front_keys(const Archive& archive)
{
  std::set<std::string> out;
  for (std::size_t i : archive.front()) {
    std::string key;
    for (int digit : archive.record(i).genome)
      key += (key.empty() ? "" : ",") + std::to_string(digit);
    out.insert(key);
  }
  return out;
}

// Keeps a random sub-range of every knob, until the space holds between `low` and `high` designs.
Scenario reduced(const std::string& name, SearchMode mode, std::mt19937_64& rng, double low, double high)
{
  Scenario full = builtin_scenario(name);
  full.mode = mode;
  for (int attempt = 0; attempt < 1000; ++attempt) {
    Scenario s = full;
    for (SearchKnob& knob : s.knobs) {
      const int n = knob.size();
      // Several nodes where the space has them: area compares only within a node.
      const int least = knob.name == "hw.node_nm" ? std::min(n, 2) : 1;
      const int keep = std::uniform_int_distribution<int>(least, std::min(n, 4))(rng);
      const int first = std::uniform_int_distribution<int>(0, n - keep)(rng);
      if (knob.categorical()) {
        knob.labels = std::vector<std::string>(knob.labels.begin() + first, knob.labels.begin() + first + keep);
        knob.values.clear();
        for (int i = 0; i < keep; ++i)
          knob.values.push_back(i);
      } else {
        knob.values = std::vector<double>(knob.values.begin() + first, knob.values.begin() + first + keep);
      }
    }
    const double n = s.space().cardinality();
    if (n >= low && n <= high)
      return s;
  }
  ADD_FAILURE() << "no reduced space of " << name << " in range";
  return full;
}

CarbonSettings random_settings(const CarbonSettings& base, std::mt19937_64& rng)
{
  std::uniform_real_distribution<double> u(0, 1);
  CarbonSettings c = base;
  c.grid_intensity_g_per_kwh = 1000 * u(rng);
  c.grid_region.clear();
  c.lifetime_years = 0.5 + 9.5 * u(rng);
  c.inferences_per_second = std::pow(10.0, -3 + 6 * u(rng));
  c.duty_cycle = 0.01 + 0.99 * u(rng);
  c.include_static = u(rng) < 0.7;
  const auto& fabs = CarbonTables::instance().fab_locations();
  c.fab_location = fabs[static_cast<std::size_t>(u(rng) * static_cast<double>(fabs.size())) % fabs.size()].id;
  c.fab_intensity_g_per_kwh = -1;
  c.gas_abatement_pct = u(rng) < 0.5 ? 95 : 99;
  c.yield = 0.5 + 0.5 * u(rng);
  const auto& drams = CarbonTables::instance().dram_types();
  c.dram_type = drams[static_cast<std::size_t>(u(rng) * static_cast<double>(drams.size())) % drams.size()].id;
  c.include_packaging = u(rng) < 0.5;
  c.amortize = u(rng) < 0.3;
  c.hardware_lifetime_years = 1 + 9 * u(rng);
  return c;
}

struct Case {
  const char* scenario;
  SearchMode mode;
  bool include_static;
  bool latency_limit;
  bool carbon_limit = false;
};

class ExactAgainstBruteForce : public testing::TestWithParam<Case> {};

TEST_P(ExactAgainstBruteForce, SameFrontAndTheUniversalFrontHoldsAtRandomSettings)
{
  const Case c = GetParam();
  std::mt19937_64 rng(std::hash<std::string>{}(std::string(c.scenario) + std::string(mode_id(c.mode))) +
                      (c.include_static ? 1 : 0) + (c.latency_limit ? 2 : 0));
  // A reduced space where some design meets the scenario's limits.
  Scenario s;
  for (int attempt = 0; attempt < 50; ++attempt) {
    // One side fixed (all-hw, model-only): up to 4^8 designs are left, so a smaller floor.
    const bool one_side = mode_fixes_model(c.mode) || mode_fixes_hardware(c.mode);
    s = reduced(c.scenario, c.mode, rng, one_side ? 2e3 : 1e4, 2e5);
    s.carbon.include_static = c.include_static;
    if (!evaluate_into_archive(s, {}, true).front().empty())
      break;
  }
  ASSERT_FALSE(exact_refusal(s).has_value()) << *exact_refusal(s);
  Archive all = evaluate_into_archive(s, {}, true);
  if (c.latency_limit) {
    // A limit that binds: the median latency of the feasible designs.
    std::vector<double> latencies;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (!all.record(i).failed)
        latencies.push_back(all.record(i).invariants.latency_s);
    ASSERT_FALSE(latencies.empty());
    std::nth_element(latencies.begin(), latencies.begin() + static_cast<std::ptrdiff_t>(latencies.size() / 2),
                     latencies.end());
    s.constraints.max_latency_s = latencies[latencies.size() / 2];
    all.set_constraints(s.constraints);
  }
  if (c.carbon_limit) {
    // A carbon limit that binds, in kg: under the random settings below it binds differently.
    std::vector<double> carbon;
    for (std::size_t i = 0; i < all.size(); ++i)
      if (all.feasibility(i).feasible)
        carbon.push_back(all.carbon(i).total_kg);
    ASSERT_FALSE(carbon.empty());
    std::nth_element(carbon.begin(), carbon.begin() + static_cast<std::ptrdiff_t>(carbon.size() / 2), carbon.end());
    s.constraints.max_total_carbon_kg = carbon[carbon.size() / 2];
    all.set_constraints(s.constraints);
  }
  ExactSolveOptions options;
  options.threads = 2;
  const ExactSolution solution = solve_exact(s, options);
  EXPECT_EQ(solution.designs_covered, s.space().cardinality());
  Archive exact = evaluate_into_archive(s, solution.genomes, false);
  ASSERT_FALSE(all.front().empty());

  const auto check = [&](const std::string& when) {
    EXPECT_EQ(front_values(exact), front_values(all))
        << when << ": " << exact.front().size() << " exact vs " << all.front().size() << " brute-force front designs";
    const auto brute_keys = front_keys(all);
    for (const auto& key : front_keys(exact))
      EXPECT_TRUE(brute_keys.count(key)) << when << ": exact design " << key << " is not on the brute-force front";
  };
  check("scenario settings");
  EXPECT_LE(solution.genomes.size(), all.size());

  for (int k = 0; k < 20; ++k) {
    const CarbonSettings settings = random_settings(s.carbon, rng);
    all.rescore(settings);
    exact.rescore(settings);
    check("random settings " + std::to_string(k));
  }
}

INSTANTIATE_TEST_SUITE_P(ReducedSpaces, ExactAgainstBruteForce,
                         testing::Values(Case{"reference-clip-b16", SearchMode::Carbon, false, false},
                                         Case{"reference-clip-b16", SearchMode::Carbon, true, true},
                                         Case{"reference-clip-b16", SearchMode::All, true, false},
                                         Case{"reference-clip-b16", SearchMode::Latency, false, true},
                                         Case{"reference-clip-b16", SearchMode::Energy, true, true},
                                         Case{"reference-clip-b16", SearchMode::Latency, true, false, true},
                                         Case{"wide-hw-clip-b16", SearchMode::Carbon, true, false},
                                         Case{"wide-hw-clip-b16", SearchMode::All, true, true},
                                         Case{"wide-hw-clip-b16", SearchMode::AllHw, true, false},
                                         Case{"wide-hw-clip-b16", SearchMode::ModelOnly, false, false}),
                         [](const testing::TestParamInfo<Case>& param_info) {
                           std::string name = std::string(param_info.param.scenario) + "_" +
                                              std::string(mode_id(param_info.param.mode)) +
                                              (param_info.param.include_static ? "_static" : "") +
                                              (param_info.param.latency_limit ? "_limit" : "") +
                                              (param_info.param.carbon_limit ? "_carbon_limit" : "");
                           for (char& ch : name)
                             if (!std::isalnum(static_cast<unsigned char>(ch)))
                               ch = '_';
                           return name;
                         });

TEST(ExactRefusal, NamesWhatIsNotSeparable)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  EXPECT_FALSE(exact_refusal(s).has_value());
  s.accuracy = {{"kind", "external"}, {"command", {"/bin/true"}}};
  ASSERT_TRUE(exact_refusal(s).has_value());
  EXPECT_NE(exact_refusal(s)->find("separate evaluator"), std::string::npos);
  EXPECT_THROW(solve_exact(s), InputError);
  // With the model fixed, the accuracy is one number: any source will do.
  s.mode = SearchMode::AllHw;
  EXPECT_FALSE(exact_refusal(s).has_value());

  Scenario bert = builtin_scenario("bert-base");
  bert.mode = SearchMode::Carbon;
  if (bert.space().has_model_knobs()) {
    ASSERT_TRUE(exact_refusal(bert).has_value());
    EXPECT_NE(exact_refusal(bert)->find("bert-base"), std::string::npos);
  }
}

TEST(ExactSolver, AUniversalFrontTooLargeToHoldIsRefusedNamingTheLimit)
{
  const Scenario s = builtin_scenario("reference-clip-b16");
  ExactSolveOptions options;
  options.max_candidates = 1000;
  try {
    solve_exact(s, options);
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "search.algorithm");
    EXPECT_NE(std::string(e.what()).find("too large to hold (more than 1000 candidate designs"), std::string::npos)
        << e.what();
  }
}

TEST(ExactSolver, CancelStopsBetweenAccelerators)
{
  const Scenario s = builtin_scenario("reference-clip-b16");
  std::atomic<bool> cancel{true};
  ExactSolveOptions options;
  options.cancel = &cancel;
  const ExactSolution solution = solve_exact(s, options);
  EXPECT_TRUE(solution.cancelled);
  EXPECT_TRUE(solution.genomes.empty());
}

}   // namespace
}   // namespace cdse
