// The `evaluate`, `embodied` and `presets` CLI contract: field names, values and exit codes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using nlohmann::json;

namespace {
const std::string k_designs = std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/designs/";
}

TEST(CliEvaluate, ReferenceDesignHasContractFields)
{
  const auto r = run_cli({"evaluate", k_designs + "reference.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* key : {"latency_s", "energy_per_inference_j", "area_mm2", "peak_tops", "area_breakdown_mm2",
                          "energy_breakdown_j", "ops", "accuracy", "accuracy_source", "carbon"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_NEAR(j["area_mm2"].get<double>(), 63.79292,
              0.05);   // flip-flop register files, banked SRAMs, accumulators, control
  EXPECT_NEAR(j["peak_tops"].get<double>(), 20.48, 1e-9);
  // CATransformers' order of magnitude: ≈5 ms per inference on this design.
  EXPECT_GT(j["latency_s"].get<double>(), 1e-3);
  EXPECT_LT(j["latency_s"].get<double>(), 20e-3);
  double area_sum = 0;
  for (auto& [k, v] : j["area_breakdown_mm2"].items())
    area_sum += v.get<double>();
  EXPECT_NEAR(area_sum, j["area_mm2"].get<double>(), 1e-9);
  double energy_sum = 0;
  for (auto& [k, v] : j["energy_breakdown_j"].items())
    energy_sum += v.get<double>();
  EXPECT_NEAR(energy_sum, j["energy_per_inference_j"].get<double>(), 1e-9 * energy_sum + 1e-15);
  ASSERT_TRUE(j["ops"].is_array());
  ASSERT_FALSE(j["ops"].empty());
  bool saw_gemm = false;
  for (const auto& op : j["ops"]) {
    for (const char* key : {"name", "kind", "count", "cycles", "latency_s", "energy_j", "utilization"})
      EXPECT_TRUE(op.contains(key)) << key;
    if (op["kind"] == "gemm") {
      saw_gemm = true;
      EXPECT_TRUE(op.contains("m") && op.contains("k") && op.contains("n"));
    }
    EXPECT_LE(op["utilization"].get<double>(), 1.0 + 1e-12);
  }
  EXPECT_TRUE(saw_gemm);
  EXPECT_NEAR(j["accuracy"].get<double>(), 0.488, 0.01);
  for (const char* key : {"embodied_kg", "embodied_p5_kg", "embodied_p95_kg", "operational_kg", "static_kg", "total_kg"})
    EXPECT_TRUE(j["carbon"].contains(key)) << key;
  const auto& c = j["carbon"];
  EXPECT_NEAR(c["total_kg"].get<double>(), c["embodied_kg"].get<double>() + c["operational_kg"].get<double>(), 1e-9);
  EXPECT_LE(c["embodied_p5_kg"].get<double>(), c["embodied_kg"].get<double>());
  EXPECT_GE(c["embodied_p95_kg"].get<double>(), c["embodied_kg"].get<double>());
}

TEST(CliEvaluate, DefaultDesignEqualsReferenceFile)
{
  const auto a = run_cli({"evaluate", "--default"});
  const auto b = run_cli({"evaluate", k_designs + "reference.json"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_DOUBLE_EQ(json::parse(a.out)["latency_s"].get<double>(), json::parse(b.out)["latency_s"].get<double>());
  EXPECT_NEAR(json::parse(a.out)["carbon"]["total_kg"].get<double>(),
              json::parse(b.out)["carbon"]["total_kg"].get<double>(), 1e-9);
}

TEST(CliEvaluate, CarbonFlagsChangeOnlyCarbon)
{
  const auto low = run_cli({"evaluate", k_designs + "reference.json", "--grid-intensity", "10"});
  const auto high = run_cli({"evaluate", k_designs + "reference.json", "--grid-intensity", "800"});
  ASSERT_EQ(low.exit_code, 0) << low.err;
  ASSERT_EQ(high.exit_code, 0) << high.err;
  const json l = json::parse(low.out), h = json::parse(high.out);
  EXPECT_DOUBLE_EQ(l["latency_s"].get<double>(), h["latency_s"].get<double>());
  EXPECT_DOUBLE_EQ(l["carbon"]["embodied_kg"].get<double>(), h["carbon"]["embodied_kg"].get<double>());
  EXPECT_NEAR(h["carbon"]["operational_kg"].get<double>() / l["carbon"]["operational_kg"].get<double>(), 80.0, 1e-6);
}

TEST(CliEvaluate, CustomWorkloadHasNoAccuracy)
{
  const auto r = run_cli({"evaluate", k_designs + "custom_workload.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(j["accuracy"].is_null());
  EXPECT_EQ(j["accuracy_source"], "none");
  EXPECT_EQ(j["ops"].size(), 4u);
}

TEST(CliEvaluate, BadFlagValuesNameTheFlag)
{
  for (const auto& [flag, value] : std::vector<std::pair<std::string, std::string>>{{"--lifetime-years", "-1"},
                                                                                    {"--yield", "1.5"},
                                                                                    {"--grid-intensity", "nan"},
                                                                                    {"--grid-region", "atlantis"},
                                                                                    {"--node-nm", "6"},
                                                                                    {"--inferences-per-second", "abc"}}) {
    const auto r = run_cli({"evaluate", "--default", flag, value});
    EXPECT_EQ(r.exit_code, 2) << flag << " " << r.out;
    EXPECT_NE(r.err.find(flag), std::string::npos) << r.err;
  }
}

TEST(CliEmbodied, ReproducesActReferenceLine)
{
  // CATransformers' embodied model (ACT): embodied_kg = area_µm² × 1.576816e-8 + 0.2102857 (22 nm, Taiwan, 95 %, Y 0.875, 1 GB lpddr3_20nm).
  const double area_um2 = 31990347.0;
  const auto r = run_cli({"embodied", "--area-mm2", std::to_string(area_um2 / 1e6), "--node-nm", "22", "--fab-location",
                          "taiwan", "--gas-abatement", "95", "--yield-model", "constant", "--yield", "0.875", "--dram",
                          "lpddr3_20nm", "--dram-gb", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  const double expected = area_um2 * 1.576816e-8 + 0.2102857;
  EXPECT_NEAR(j["total_kg"].get<double>(), expected, expected * 1e-3);
  EXPECT_TRUE(j.contains("chip_kg") && j.contains("dram_kg") && j.contains("cpa_g_per_cm2"));
  EXPECT_EQ(j["yield_model"], "constant");
  EXPECT_DOUBLE_EQ(j["die_yield"].get<double>(), 0.875);
}

// Without --yield-model, `embodied` uses the default of `evaluate` (Murphy's yield of the die's
// area), so the two agree on the chip's carbon; an unknown model names the flag.
TEST(CliEmbodied, DefaultYieldModelMatchesEvaluate)
{
  const auto evaluated = run_cli({"evaluate", "--default"});
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  const json e = json::parse(evaluated.out);
  const double area_mm2 = e["area_mm2"].get<double>();
  const auto r = run_cli({"embodied", "--area-mm2", json(area_mm2).dump()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_EQ(j["yield_model"], "murphy");
  EXPECT_NEAR(j["die_yield"].get<double>(), e["carbon"]["die_yield"].get<double>(), 1e-12);
  EXPECT_NEAR(j["chip_kg"].get<double>(), e["carbon"]["chip_kg"].get<double>(), 1e-12);
  const auto bad = run_cli({"embodied", "--area-mm2", "10", "--yield-model", "poisson"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--yield-model"), std::string::npos) << bad.err;
}

TEST(CliPresets, ListsTablesWithSources)
{
  const auto r = run_cli({"presets", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json j = json::parse(r.out);
  for (const char* key : {"grid_regions", "fab_locations", "nodes", "dram_types"}) {
    ASSERT_TRUE(j.contains(key)) << key;
    EXPECT_FALSE(j[key].empty()) << key;
  }
  for (const auto& region : j["grid_regions"])
    EXPECT_TRUE(region.contains("source") && region.contains("year")) << region.dump();
}

TEST(Cli, UnknownCommandAndOptionExit2)
{
  EXPECT_EQ(run_cli({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(run_cli({"evaluate", "--default", "--bogus"}).exit_code, 2);
  EXPECT_EQ(run_cli({"evaluate", "/no/such/file.json"}).exit_code, 2);
}
