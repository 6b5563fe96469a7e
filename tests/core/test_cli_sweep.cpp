// `carbondse-cli sweep` (issue 16) checked against other commands, not against itself: each design
// file's carbon at a swept value equals `evaluate --scenario` at that value; at its break-even
// `evaluate` gives operational = embodied; the optimum over a journal equals the lowest total
// carbon `rescore` finds at that value. Bad ranges and missing flags exit 2 naming the flag.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;

namespace {

std::string temp_path(const std::string& name)
{
  return std::string(::testing::TempDir()) + "cli_sweep_" + std::to_string(::getpid()) + "_" + name;
}

std::string number(double v)
{
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

double evaluate_total(const std::string& design, const std::string& flag, double value, double* operational,
                      double* embodied)
{
  const auto r = run_cli({"evaluate", design, "--scenario", "reference-clip-b16", flag, number(value), "--compact"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  if (operational)
    *operational = j["carbon"]["operational_kg"].get<double>();
  if (embodied)
    *embodied = j["carbon"]["embodied_kg"].get<double>();
  return j["carbon"]["total_kg"].get<double>();
}

TEST(CliSweep, AgreesWithEvaluateAndRescore)
{
  const std::string journal = temp_path("run.jsonl");
  std::remove(journal.c_str());
  const auto search = run_cli({"search", "--scenario", "reference-clip-b16", "--budget", "60", "--threads", "1",
                               "--quiet", "--compact", "--journal", journal});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const auto found = nlohmann::json::parse(search.out);
  const std::string design = temp_path("design.json");
  std::ofstream(design) << found["pareto"][0]["design"].dump();

  const auto r = run_cli({"sweep", "--param", "grid-intensity", "--from", "10", "--to", "1000", "--steps", "5", "--log",
                          "--journal", journal, design, "--compact"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto sweep = nlohmann::json::parse(r.out);
  ASSERT_EQ(sweep["steps"].size(), 5u);
  EXPECT_EQ(sweep["candidates"]["source"], "journal");
  for (const auto& step : sweep["steps"]) {
    const double value = step["value"].get<double>();
    EXPECT_NEAR(step["designs"][0]["total_kg"].get<double>(),
                evaluate_total(design, "--grid-intensity", value, nullptr, nullptr), 1e-12)
        << "at " << value;
    const auto rescored = nlohmann::json::parse(
        run_cli({"rescore", journal, "--grid-intensity", number(value), "--compact"}).out);
    double lowest = INFINITY;
    for (const auto& p : rescored["pareto"])
      lowest = std::min(lowest, p["metrics"]["total_kg"].get<double>());
    ASSERT_FALSE(step["optimal"].is_null());
    EXPECT_NEAR(step["optimal"]["total_kg"].get<double>(), lowest, 1e-12 * lowest) << "at " << value;
  }
  const auto& b = sweep["designs"][0]["break_even"];
  ASSERT_EQ(b["kind"], "crosses") << b.dump();
  double operational = 0, embodied = 0;
  evaluate_total(design, "--grid-intensity", b["value"].get<double>(), &operational, &embodied);
  EXPECT_NEAR(operational, embodied, 1e-9 * embodied);
  std::remove(journal.c_str());
  std::remove(design.c_str());
}

// Categories (fab location, node): each design's carbon equals `evaluate` with that fab or node,
// the optimum equals `rescore`'s lowest total with it; no break-even.
TEST(CliSweep, CategoriesAgreeWithEvaluateAndRescore)
{
  const std::string journal = temp_path("cat.jsonl");
  std::remove(journal.c_str());
  const auto search = run_cli({"search", "--scenario", "reference-clip-b16", "--budget", "40", "--threads", "1",
                               "--quiet", "--compact", "--journal", journal});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const std::string design = temp_path("cat_design.json");
  std::ofstream(design) << nlohmann::json::parse(search.out)["pareto"][0]["design"].dump();

  struct Case {
    std::string param, categories, evaluate_flag;
    std::vector<std::string> ids;
  };
  for (const Case& c : {Case{"fab-location", "iceland,taiwan,india", "--fab-location", {"iceland", "taiwan", "india"}},
                        Case{"technology-node", "28,7", "--node-nm", {"28", "7"}}}) {
    const auto r = run_cli(
        {"sweep", "--param", c.param, "--categories", c.categories, "--journal", journal, design, "--compact"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto sweep = nlohmann::json::parse(r.out);
    EXPECT_EQ(sweep["scale"], "categories");
    EXPECT_TRUE(sweep["designs"][0]["break_even"].is_null());
    ASSERT_EQ(sweep["steps"].size(), c.ids.size());
    for (std::size_t k = 0; k < c.ids.size(); ++k) {
      const auto& step = sweep["steps"][k];
      EXPECT_EQ(step["category"], c.ids[k]);
      const auto evaluated = run_cli(
          {"evaluate", design, "--scenario", "reference-clip-b16", c.evaluate_flag, c.ids[k], "--compact"});
      ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
      EXPECT_NEAR(step["designs"][0]["total_kg"].get<double>(),
                  nlohmann::json::parse(evaluated.out)["carbon"]["total_kg"].get<double>(), 1e-12)
          << c.ids[k];
      const auto rescored = nlohmann::json::parse(
          run_cli({"rescore", journal, c.evaluate_flag, c.ids[k], "--compact"}).out);
      double lowest = INFINITY;
      for (const auto& p : rescored["pareto"])
        lowest = std::min(lowest, p["metrics"]["total_kg"].get<double>());
      ASSERT_FALSE(step["optimal"].is_null());
      EXPECT_NEAR(step["optimal"]["total_kg"].get<double>(), lowest, 1e-12 * lowest) << c.ids[k];
    }
  }
  EXPECT_EQ(nlohmann::json::parse(
                run_cli({"sweep", "--param", "fab-location", "--journal", journal, "--compact"}).out)["steps"]
                .size(),
            11u);   // every location of ACT's table when none are listed
  std::remove(journal.c_str());
  std::remove(design.c_str());
}

TEST(CliSweep, BadInputNamesTheFlag)
{
  const auto expect_flag = [](const std::vector<std::string>& args, const std::string& flag) {
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  };
  expect_flag({"sweep", "--from", "0", "--to", "1", "--scenario", "reference-clip-b16"}, "--param");
  expect_flag({"sweep", "--param", "grid", "--from", "0", "--to", "1", "--scenario", "reference-clip-b16"}, "--param");
  expect_flag({"sweep", "--param", "duty-cycle", "--from", "0", "--to", "2", "--scenario", "reference-clip-b16"}, "--to");
  expect_flag({"sweep", "--param", "grid-intensity", "--from", "0", "--to", "100", "--log", "--scenario",
               "reference-clip-b16"},
              "--from");
  expect_flag({"sweep", "--param", "grid-intensity", "--from", "0", "--to", "100"}, "--scenario");
  expect_flag({"sweep", "--param", "fab-location", "--from", "0", "--scenario", "reference-clip-b16"}, "--from");
  expect_flag({"sweep", "--param", "fab-location", "--categories", "taiwan,mars", "--scenario", "reference-clip-b16"},
              "--categories");
  expect_flag({"sweep", "--param", "technology-node", "--categories", "7,,28", "--scenario", "reference-clip-b16"},
              "--categories");
  expect_flag({"sweep", "--param", "lifetime-years", "--from", "1", "--to", "2", "--categories", "7", "--scenario",
               "reference-clip-b16"},
              "--categories");
}

}   // namespace
