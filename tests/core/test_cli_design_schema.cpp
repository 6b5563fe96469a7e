// One design schema everywhere: a design from `search` output (pareto[i].design) is a design file
// for `evaluate` as is, and `evaluate --scenario` reproduces the search's numbers. JSON output has
// no placeholder numbers.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using nlohmann::json;

namespace {

std::string write_temp(const std::string& name, const json& j)
{
  const std::string path = std::string(::testing::TempDir()) + "cli_schema_" + std::to_string(::getpid()) + "_" + name;
  std::ofstream(path) << j.dump(2);
  return path;
}

bool same_number(double a, double b) { return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b)); }

}   // namespace

TEST(CliDesignSchema, EvaluateWithScenarioReproducesEveryParetoDesign)
{
  const auto search = run_cli({"search", "--scenario", "reference-clip-b16", "--algorithm", "random", "--budget", "40",
                               "--threads", "2", "--quiet"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const json result = json::parse(search.out);
  ASSERT_GE(result["pareto"].size(), 2u);
  for (const auto& entry : result["pareto"]) {
    ASSERT_TRUE(entry["design"].contains("hardware"));
    const std::string file = write_temp("pareto_" + std::to_string(entry["index"].get<long long>()) + ".json",
                                        entry["design"]);
    const auto r = run_cli({"evaluate", "--scenario", "reference-clip-b16", file});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const json e = json::parse(r.out);
    std::size_t compared = 0;
    for (const auto& [key, value] : entry["metrics"].items()) {
      const bool carbon = key.size() > 3 && key.substr(key.size() - 3) == "_kg";
      const json& mine = carbon || key == "cdp_kg_s" ? e["carbon"][key] : e[key];
      ASSERT_TRUE(mine.is_number()) << key << " missing from evaluate output";
      EXPECT_TRUE(same_number(mine.get<double>(), value.get<double>()))
          << key << ": evaluate " << mine << " vs search " << value;
      ++compared;
    }
    EXPECT_GE(compared, 15u);   // latency ... accuracy band: every metric, none skipped
    EXPECT_EQ(e["design"]["hardware"], entry["design"]["hardware"]);
    EXPECT_EQ(entry["accuracy_source"], "estimate");   // the reference scenario uses the built-in estimate
  }
}

TEST(CliDesignSchema, OldAcceleratorKeyIsReadButNotWritten)
{
  const auto reference = run_cli({"evaluate", "--default"});
  ASSERT_EQ(reference.exit_code, 0) << reference.err;
  const json design = json::parse(reference.out)["design"];
  ASSERT_TRUE(design.contains("hardware"));
  EXPECT_FALSE(design.contains("accelerator"));

  json legacy = {{"model", design["model"]}, {"accelerator", design["hardware"]}};
  const auto old_key = run_cli({"evaluate", write_temp("legacy.json", legacy)});
  ASSERT_EQ(old_key.exit_code, 0) << old_key.err;
  EXPECT_EQ(json::parse(old_key.out)["carbon"], json::parse(reference.out)["carbon"]);
  EXPECT_TRUE(json::parse(old_key.out)["design"].contains("hardware"));

  legacy["hardware"] = design["hardware"];
  const auto both = run_cli({"evaluate", write_temp("both_keys.json", legacy)});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("accelerator"), std::string::npos) << both.err;
}

TEST(CliDesignSchema, NoPlaceholderNumbersInCarbonSettings)
{
  const auto r = run_cli({"evaluate", "--default"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json s = json::parse(r.out)["carbon_settings"];
  // Not set: null, not -1 / 0.
  EXPECT_TRUE(s["fab_intensity_g_per_kwh"].is_null()) << s;
  EXPECT_TRUE(s["node_nm"].is_null()) << s;
  EXPECT_TRUE(s["dram_gb"].is_null()) << s;
  // The hardware lifetime only exists with amortisation; packaging mass only with packaging.
  EXPECT_FALSE(s.contains("hardware_lifetime_years")) << s;
  EXPECT_FALSE(s.contains("packaging_kg")) << s;
  EXPECT_FALSE(json::parse(r.out)["design"]["hardware"].contains("dram_gb"));

  const auto set = run_cli({"evaluate", "--default", "--fab-intensity", "30", "--node-nm", "7", "--amortize",
                            "--hardware-lifetime-years", "5", "--packaging"});
  ASSERT_EQ(set.exit_code, 0) << set.err;
  const json t = json::parse(set.out)["carbon_settings"];
  EXPECT_EQ(t["fab_intensity_g_per_kwh"], 30.0);
  EXPECT_EQ(t["node_nm"], 7);
  EXPECT_EQ(t["hardware_lifetime_years"], 5.0);
  EXPECT_EQ(t["packaging_kg"], 0.15);

  // What is written reads back: a design carrying the printed settings (nulls included) scores the same.
  const json printed = json::parse(set.out);
  const json design = {{"model", printed["design"]["model"]},
                       {"hardware", printed["design"]["hardware"]},
                       {"carbon", printed["carbon_settings"]}};
  const auto again = run_cli({"evaluate", write_temp("with_settings.json", design)});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(json::parse(again.out)["carbon"], printed["carbon"]);
  const json defaults = {{"model", printed["design"]["model"]},
                         {"hardware", printed["design"]["hardware"]},
                         {"carbon", s}};
  const auto nulls = run_cli({"evaluate", write_temp("null_settings.json", defaults)});
  ASSERT_EQ(nulls.exit_code, 0) << nulls.err;
  EXPECT_EQ(json::parse(nulls.out)["carbon"], json::parse(r.out)["carbon"]);
}

TEST(CliDesignSchema, SearchResultHasTheEmbodiedBand)
{
  const auto r = run_cli({"search", "--scenario", "reference-clip-b16", "--budget", "8", "--threads", "1", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_FALSE(j["pareto"].empty());
  for (const auto& p : j["pareto"]) {
    const auto& m = p["metrics"];
    EXPECT_LT(m["embodied_p5_kg"].get<double>(), m["embodied_kg"].get<double>());
    EXPECT_GT(m["embodied_p95_kg"].get<double>(), m["embodied_kg"].get<double>());
  }
  EXPECT_TRUE(j["carbon"]["fab_intensity_g_per_kwh"].is_null());
  EXPECT_TRUE(j["carbon"]["node_nm"].is_null());
}
