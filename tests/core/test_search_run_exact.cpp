// The exact algorithm through the runner (issue 14): it solves first, then evaluates the universal
// front like any search; its front equals an exhaustive run's, its result counts every design of
// the space, a refused scenario fails at construction, and a cancel during the solve ends the run.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "core/io/input_error.h"
#include "core/search/run/search_runner.h"

namespace cdse {
namespace {

// reference-clip-b16 with the first two values of every searched knob: 2^14 = 16,384 designs.
Scenario small_reference(const std::string& algorithm)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  for (SearchKnob& knob : s.knobs) {
    const int keep = std::min(knob.size(), 2);
    if (knob.categorical())
      knob.labels.resize(static_cast<std::size_t>(keep));
    knob.values.resize(static_cast<std::size_t>(keep));
  }
  s.algorithm.name = algorithm;
  s.algorithm.options = nlohmann::json::object();
  s.budget = 0;
  return s;
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

TEST(SearchRunnerExact, SameFrontAsExhaustiveAndEveryDesignCounted)
{
  SearchRunOptions options;
  options.threads = 2;
  SearchRunner exhaustive(small_reference("exhaustive"), options);
  exhaustive.run();
  SearchRunner exact(small_reference("exact"), options);
  exact.run();
  ASSERT_EQ(exact.latest_progress().state, SearchState::Finished) << exact.latest_progress().error;
  ASSERT_FALSE(exhaustive.archive().front().empty());
  EXPECT_EQ(front_values(exact.archive()), front_values(exhaustive.archive()));
  EXPECT_LT(exact.archive().size(), exhaustive.archive().size());
  EXPECT_EQ(exact.archive().hypervolume(), exhaustive.archive().hypervolume());

  const nlohmann::json result = exact.result_json();
  EXPECT_EQ(result["evaluations"].get<double>(), exact.space().cardinality());
  EXPECT_EQ(result["exact"]["universal_front"].get<std::size_t>(), exact.archive().size());
  EXPECT_EQ(result["algorithm"], "exact");
  // Designs with identical objectives (here: accelerators differing only in a knob no objective
  // sees) are one point of the front; exact reports the one with the best coordinates, which is
  // also on the exhaustive front.
  std::set<std::string> exhaustive_front;
  const nlohmann::json exhaustive_result = exhaustive.result_json();
  for (const auto& d : exhaustive_result["pareto"])
    exhaustive_front.insert(d["parameters"].dump());
  ASSERT_FALSE(result["pareto"].empty());
  for (const auto& d : result["pareto"])
    EXPECT_TRUE(exhaustive_front.count(d["parameters"].dump())) << d["parameters"].dump();
}

TEST(SearchRunnerExact, RefusedScenarioFailsAtConstructionNamingTheReason)
{
  Scenario s = small_reference("exact");
  s.accuracy = {{"kind", "external"}, {"command", {"/bin/true"}}};
  try {
    SearchRunner runner(s, {});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "search.algorithm");
    EXPECT_NE(std::string(e.what()).find("separate evaluator"), std::string::npos) << e.what();
  }
}

TEST(SearchRunnerExact, CancelDuringTheSolveEndsTheRun)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  s.algorithm.name = "exact";
  s.algorithm.options = nlohmann::json::object();
  SearchRunner runner(s, {});
  runner.start();
  // Cancel once the solve has started (no wall-clock bound: CI machines are shared and the
  // sanitizer builds are slow; what matters is that the solve stops before it completes).
  while (runner.latest_progress().phase != "solving" && runner.latest_progress().state != SearchState::Finished)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  runner.cancel();
  runner.wait();
  const SearchProgress last = runner.latest_progress();
  EXPECT_EQ(last.state, SearchState::Cancelled);
  EXPECT_LT(last.solve_fraction, 1.0);
  EXPECT_EQ(last.evaluations, 0) << "a cancelled solve evaluates no design";
}

}   // namespace
}   // namespace cdse
