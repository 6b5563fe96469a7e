// `carbondse-cli regime` (issue 16) checked against other commands, not against itself: at each
// corner of the map the optimal design is the one with the lowest total carbon `rescore` finds
// there; at each contour point `rescore` gives that design operational = embodied. Bad axes exit
// 2 naming the flag.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;

namespace {

std::string number(double v)
{
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// `rescore` of the journal with the grid intensity and inference rate set: its Pareto designs by index.
nlohmann::json rescored_metrics(const std::string& journal, double grid, double rate, std::int64_t index)
{
  const auto r = run_cli(
      {"rescore", journal, "--grid-intensity", number(grid), "--inferences-per-second", number(rate), "--compact"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  if (index < 0) {   // the lowest total
    nlohmann::json best;
    for (const auto& p : j["pareto"])
      if (best.is_null() || p["metrics"]["total_kg"].get<double>() < best["metrics"]["total_kg"].get<double>())
        best = p;
    return best;
  }
  for (const auto& p : j["pareto"])
    if (p["index"].get<std::int64_t>() == index)
      return p;
  return nullptr;
}

TEST(CliRegime, AgreesWithRescore)
{
  const std::string journal = std::string(::testing::TempDir()) + "cli_regime_" + std::to_string(::getpid()) +
                              "_run.jsonl";
  std::remove(journal.c_str());
  const auto search = run_cli({"search", "--scenario", "reference-clip-b16", "--budget", "80", "--threads", "1",
                               "--quiet", "--compact", "--journal", journal});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const auto r = run_cli({"regime",    "--x-param", "grid-intensity", "--x-from",
                          "5",         "--x-to",    "1000",           "--x-steps",
                          "6",         "--x-log",   "--y-param",      "inferences-per-second",
                          "--y-from",  "0.1",       "--y-to",         "1000",
                          "--y-steps", "5",         "--y-log",        "--journal",
                          journal,     "--compact"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto map = nlohmann::json::parse(r.out);
  EXPECT_EQ(map["candidates"]["source"], "journal");
  ASSERT_EQ(map["x"]["values"].size(), 6u);
  ASSERT_EQ(map["y"]["values"].size(), 5u);
  ASSERT_EQ(map["optimal"].size(), 5u);   // rows are y values
  ASSERT_EQ(map["optimal"][0].size(), 6u);
  for (std::size_t iy : {std::size_t{0}, std::size_t{4}})
    for (std::size_t ix : {std::size_t{0}, std::size_t{5}}) {
      const double x = map["x"]["values"][ix].get<double>(), y = map["y"]["values"][iy].get<double>();
      const auto best = rescored_metrics(journal, x, y, -1);
      ASSERT_FALSE(best.is_null());
      ASSERT_FALSE(map["optimal"][iy][ix].is_null());
      EXPECT_NEAR(map["total_kg"][iy][ix].get<double>(), best["metrics"]["total_kg"].get<double>(),
                  1e-12 * best["metrics"]["total_kg"].get<double>())
          << "at " << x << ", " << y;
      const auto chosen = rescored_metrics(journal, x, y, map["optimal"][iy][ix].get<std::int64_t>());
      ASSERT_FALSE(chosen.is_null());
      EXPECT_NEAR(map["embodied_share"][iy][ix].get<double>(),
                  chosen["metrics"]["embodied_kg"].get<double>() / chosen["metrics"]["total_kg"].get<double>(), 1e-12);
    }
  std::size_t cells = 0;
  for (const auto& regime : map["regimes"])
    cells += regime["cells"].get<std::size_t>();
  EXPECT_EQ(cells, 30u);
  ASSERT_FALSE(map["break_even_contour"].empty());
  for (const auto& p : map["break_even_contour"]) {
    const auto at = rescored_metrics(journal, p["x"].get<double>(), p["y"].get<double>(), p["index"].get<std::int64_t>());
    ASSERT_FALSE(at.is_null());
    const double operational = at["metrics"]["operational_kg"].get<double>();
    const double embodied = at["metrics"]["embodied_kg"].get<double>();
    EXPECT_NEAR(operational, embodied, 1e-9 * embodied) << p.dump();
  }
  std::remove(journal.c_str());
}

TEST(CliRegime, BadAxesNameTheFlag)
{
  const auto expect_flag = [](const std::vector<std::string>& args, const std::string& flag) {
    const auto r = run_cli(args);
    EXPECT_EQ(r.exit_code, 2) << r.out;
    EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  };
  const auto with = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "regime");
    args.insert(args.end(), {"--scenario", "reference-clip-b16"});
    return args;
  };
  expect_flag(with({"--x-from", "0", "--x-to", "1", "--y-param", "duty-cycle", "--y-from", "0", "--y-to", "1"}),
              "--x-param");
  expect_flag(with({"--x-param", "duty-cycle", "--x-from", "0", "--x-to", "1", "--y-param", "duty-cycle", "--y-from", "0",
                    "--y-to", "1"}),
              "--y-param");
  expect_flag(with({"--x-param", "grid-intensity", "--x-from", "0", "--x-to", "100", "--x-log", "--y-param", "duty-cycle",
                    "--y-from", "0", "--y-to", "1"}),
              "--x-from");
  expect_flag(with({"--x-param", "grid-intensity", "--x-from", "0", "--x-to", "100", "--y-param", "duty-cycle",
                    "--y-from", "0", "--y-to", "3"}),
              "--y-to");
  expect_flag({"regime", "--x-param", "grid-intensity", "--x-from", "0", "--x-to", "100", "--y-param", "duty-cycle",
               "--y-from", "0", "--y-to", "1"},
              "--scenario");
}

}   // namespace
