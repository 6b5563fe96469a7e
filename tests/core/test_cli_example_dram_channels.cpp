// The shipped DRAM-channel example (resources/examples/dram-channels-clip-b16.json): the reference
// grid times 1-16 LPDDR4 channels, searched exhaustively. The front spans channel counts (bandwidth
// now costs area and DRAM packages), no design streams its weights faster than its channels allow,
// and the flagship on one LPDDR4 package is DRAM-bound where the reference's idealised link was not.
#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_front.h"
#include "cli_runner.h"
#include "unique_temp_path.h"

using cdse::test::run_cli;
using Json = nlohmann::json;

namespace {

const std::string k_scenario = std::string(CARBONDSE_SOURCE_DIR) + "/resources/examples/dram-channels-clip-b16.json";
constexpr double k_channel_bytes_per_s = 6.4e9;   // LPDDR4-3200, 16 bits
// What the unpruned CLIP ViT-B/16's GEMMs stream per inference at INT8 (its 149.6 M parameters less
// the token-embedding table, of which an inference reads 77 rows).
constexpr double k_weight_bytes = 123928576;

}   // namespace

TEST(CliExampleDramChannels, FrontSpansChannelCountsAndRespectsTheirBandwidth)
{
  const auto search = run_cli({"search", "--scenario", k_scenario, "--threads", "2", "--quiet"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const Json result = Json::parse(search.out);
  EXPECT_EQ(result["evaluations"], 3240 * 5);
  ASSERT_FALSE(result["pareto"].empty());
  std::set<int> channels;
  const double weight_bytes = k_weight_bytes;
  for (const Json& entry : result["pareto"]) {
    const Json& hw = entry["design"]["hardware"];
    EXPECT_FALSE(hw.contains("dram_bw_words")) << hw;   // the channels set the link
    const int c = hw["dram_channels"];
    channels.insert(c);
    // Every weight crosses the link once per inference.
    EXPECT_GE(entry["metrics"]["latency_s"].get<double>(), weight_bytes / (c * k_channel_bytes_per_s)) << hw;
  }
  EXPECT_GE(channels.size(), 3u) << "bandwidth against area and packages should leave several counts on the front";

  // The baselines: the flagship on one LPDDR4 package (4 channels) and on the idealised link.
  const Json& baselines = result["baselines"];
  ASSERT_EQ(baselines.size(), 2u);
  const Json& package = baselines[0]["metrics"];
  const Json& idealised = baselines[1]["metrics"];
  EXPECT_EQ(baselines[0]["feasible"], true) << baselines[0];
  EXPECT_GT(package["latency_s"].get<double>(), idealised["latency_s"].get<double>());
  EXPECT_GE(package["latency_s"].get<double>(), k_weight_bytes / (4 * k_channel_bytes_per_s));
  EXPECT_NEAR(package["area_mm2"].get<double>() - idealised["area_mm2"].get<double>(), 4 * 1.11865, 1e-9);
}

// The exact solver groups accelerators by their DRAM packages (parts and packaging per package): on
// this space its front is the exhaustive one.
TEST(CliExampleDramChannels, ExactFrontEqualsTheExhaustiveOne)
{
  const auto exhaustive = cdse::test::latency_carbon_front(k_scenario, "exhaustive");
  EXPECT_FALSE(exhaustive.empty());
  EXPECT_EQ(cdse::test::latency_carbon_front(k_scenario, "exact"), exhaustive);
}

TEST(CliExampleDramChannels, EvaluateReportsWhatBoundsTheLatency)
{
  const std::string design = cdse::test::unique_temp_path("dram_channels_design.json").string();
  {
    std::ofstream out(design);
    out << R"({"model": {"preset": "clip-vit-b16"}, "hardware": {"clusters": 4, "pe_width": 256, "pe_depth": 16,
              "l2_kb": 1024, "l2_bw_words": 128, "glb_mb": 8, "dram_channels": 1}})";
  }
  const auto evaluated = run_cli({"evaluate", design, "--compact"});
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  const Json r = Json::parse(evaluated.out);
  const Json& by_bound = r["latency_by_bound_s"];
  double sum = 0;
  for (const auto& [bound, seconds] : by_bound.items())
    sum += seconds.get<double>();
  EXPECT_NEAR(sum, r["latency_s"].get<double>(), 1e-12);
  // One 6.4 GB/s channel: streaming the weights dominates.
  EXPECT_GT(by_bound["dram-bandwidth"].get<double>(), 0.8 * r["latency_s"].get<double>());
  EXPECT_NEAR(r["area_breakdown_mm2"]["dram_interface"].get<double>(), 1.11865, 1e-9);
  EXPECT_DOUBLE_EQ(r["carbon"]["dram_gb"].get<double>(), 0.5);

  // A DRAM link named twice is refused, naming the field.
  {
    std::ofstream out(design);
    out << R"({"model": {"preset": "clip-vit-b16"}, "hardware": {"clusters": 4, "pe_width": 256, "pe_depth": 16,
              "l2_kb": 1024, "l2_bw_words": 128, "glb_mb": 8, "dram_channels": 1, "dram_bw_words": 128}})";
  }
  const auto refused = run_cli({"evaluate", design});
  EXPECT_NE(refused.exit_code, 0);
  EXPECT_NE(refused.err.find("hardware.dram_bw_words"), std::string::npos) << refused.err;
}
