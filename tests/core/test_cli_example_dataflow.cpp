// The shipped dataflow example (resources/examples/dataflow-clip-b16.json): the reference grid in
// each stationary dataflow, searched exhaustively under the weight-stationary flagship's area.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "cli_front.h"
#include "cli_runner.h"

using cdse::test::run_cli;
using Json = nlohmann::json;

namespace {

const std::string k_scenario = std::string(CARBONDSE_SOURCE_DIR) + "/resources/examples/dataflow-clip-b16.json";

}   // namespace

TEST(CliExampleDataflow, EveryDataflowReachesTheFrontAndBestIsTheFastest)
{
  const auto search = run_cli({"search", "--scenario", k_scenario, "--threads", "2", "--quiet"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const Json result = Json::parse(search.out);
  EXPECT_EQ(result["evaluations"], 3240 * 4);
  std::map<std::string, double> fastest;   // dataflow -> its fastest design on the front
  for (const Json& entry : result["pareto"]) {
    const std::string dataflow = entry["design"]["hardware"]["dataflow"];
    const double latency = entry["metrics"]["latency_s"];
    fastest.try_emplace(dataflow, latency);
    fastest[dataflow] = std::min(fastest[dataflow], latency);
  }
  // Each trades differently (output stationary saves partial-sum traffic, input stationary fits
  // other shapes, "best" pays a wider register for the fastest GEMMs): all four are on the front.
  EXPECT_EQ(fastest.size(), 4u);
  // "best" is the fastest mapping of every GEMM of any array it is built on, so the fastest design
  // of the space is one of its.
  double overall = INFINITY;
  for (const auto& [dataflow, latency] : fastest)
    overall = std::min(overall, latency);
  ASSERT_TRUE(fastest.count("best"));
  EXPECT_EQ(fastest["best"], overall);

  // The flagship: faster with "best", but its partial-sum-wide second registers exceed the limit.
  const Json& baselines = result["baselines"];
  ASSERT_EQ(baselines.size(), 2u);
  EXPECT_EQ(baselines[0]["feasible"], true) << baselines[0];
  EXPECT_EQ(baselines[1]["feasible"], false) << baselines[1];
  EXPECT_LT(baselines[1]["metrics"]["latency_s"].get<double>(), baselines[0]["metrics"]["latency_s"].get<double>());
  EXPECT_GT(baselines[1]["metrics"]["area_mm2"].get<double>(), baselines[0]["metrics"]["area_mm2"].get<double>());
}

TEST(CliExampleDataflow, ExactFrontEqualsTheExhaustiveOne)
{
  const auto exhaustive = cdse::test::latency_carbon_front(k_scenario, "exhaustive");
  EXPECT_FALSE(exhaustive.empty());
  EXPECT_EQ(cdse::test::latency_carbon_front(k_scenario, "exact"), exhaustive);
}
