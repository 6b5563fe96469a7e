#pragma once
// The (latency, total carbon) points of a search's Pareto front, run through the CLI: what the
// shipped examples' "exact front equals the exhaustive one" tests compare.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace cdse::test {

inline std::set<std::pair<double, double>> latency_carbon_front(const std::string& scenario, const std::string& algorithm)
{
  const auto run = run_cli({"search", "--scenario", scenario, "--algorithm", algorithm, "--threads", "2", "--quiet"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::set<std::pair<double, double>> points;
  const nlohmann::json result = nlohmann::json::parse(run.out);
  for (const nlohmann::json& entry : result["pareto"])
    points.insert({entry["objectives"]["latency"].get<double>(), entry["objectives"]["total_carbon"].get<double>()});
  return points;
}

}   // namespace cdse::test
