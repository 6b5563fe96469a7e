#include <gtest/gtest.h>

#include <cmath>

#include "core/hardware/accelerator_json.h"
#include "core/hardware/area_model.h"
#include "core/hardware/dram_types.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"

// DRAM channels (docs/models/hardware.md, DRAM interface): the link's bandwidth, the PHY area on
// the die and the packages on the board follow from the channel count of a JEDEC DRAM type.
using namespace cdse;

namespace {

std::string error_where(const json::Json& j)
{
  try {
    parse_accelerator(j, "hardware");
  } catch (const InputError& e) {
    return e.where();
  }
  return "";
}

json::Json flagship_json()
{
  return json::Json::parse(R"({"clusters": 4, "pe_width": 256, "pe_depth": 16, "l2_kb": 1024, "l2_bw_words": 128,
                               "glb_mb": 8})");
}

}   // namespace

TEST(DramChannels, JedecChannelsOfEachType)
{
  // LPDDR4-3200: a 16-bit channel moves 6.4 GB/s; a 64-bit package holds four (JESD209-4).
  const DramChannel& lp4 = dram_channel("lpddr4");
  EXPECT_EQ(lp4.width_bits, 16);
  EXPECT_NEAR(lp4.bandwidth_bytes_per_s, 6.4e9, 1);
  EXPECT_NEAR(4 * lp4.bandwidth_bytes_per_s, dram_bandwidth_bytes_per_s("lpddr4"), 1);                  // one package
  EXPECT_NEAR(8 * dram_channel("hbm2").bandwidth_bytes_per_s, dram_bandwidth_bytes_per_s("hbm2"), 1);   // a stack
  EXPECT_EQ(dram_packages("lpddr4", 0), 0);
  EXPECT_EQ(dram_packages("lpddr4", 1), 1);
  EXPECT_EQ(dram_packages("lpddr4", 4), 1);
  EXPECT_EQ(dram_packages("lpddr4", 5), 2);
  EXPECT_EQ(dram_packages("ddr3", 1), 8);   // a 64-bit DDR3 channel of eight x8 devices
  EXPECT_EQ(dram_packages("hbm2", 8), 1);
}

TEST(DramChannels, PhyAreaKeepsItsInputsOutputsAcrossNodes)
{
  // McPAT: 1.3 mm² per 16-bit PHY at 40 nm, 80 % I/O that does not shrink.
  EXPECT_NEAR(dram_phy_area_mm2_per_channel("lpddr4", 40), 1.3, 1e-12);
  EXPECT_NEAR(dram_phy_area_mm2_per_channel("lpddr4", 22), 1.3 * (0.8 + 0.2 * (22.0 / 40) * (22.0 / 40)), 1e-12);
  EXPECT_NEAR(dram_phy_area_mm2_per_channel("lpddr4", 22), 1.11865, 1e-6);
  EXPECT_NEAR(dram_phy_area_mm2_per_channel("ddr3", 22), 4 * dram_phy_area_mm2_per_channel("lpddr4", 22), 1e-12);
  EXPECT_GT(dram_phy_area_mm2_per_channel("lpddr4", 7), 0.8 * 1.3);   // the I/Os stay
  EXPECT_LT(dram_phy_area_mm2_per_channel("lpddr4", 7), dram_phy_area_mm2_per_channel("lpddr4", 22));
  try {
    dram_phy_area_mm2_per_channel("hbm2", 22);
    FAIL() << "HBM2 has no sourced PHY area";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "dram_channels");
  }
}

TEST(DramChannels, LinkBandwidthComesFromTheChannels)
{
  AcceleratorConfig a;
  EXPECT_EQ(a.dram_channels, 0);   // the reference's idealised link
  EXPECT_DOUBLE_EQ(dram_link_words_per_cycle(a), 128);
  a.dram_channels = 4;   // one LPDDR4-3200 package: 25.6 GB/s at 625 MHz and 1 B/word
  EXPECT_DOUBLE_EQ(dram_link_words_per_cycle(a), 25.6e9 / 625e6);
  a.precision_bits = 16;
  EXPECT_DOUBLE_EQ(dram_link_words_per_cycle(a), 25.6e9 / 625e6 / 2);
  a.dram_bw_words = 1;   // ignored with channels
  EXPECT_DOUBLE_EQ(dram_link_words_per_cycle(a), 25.6e9 / 625e6 / 2);
}

TEST(DramChannels, AreaCountsOnePhyPerChannel)
{
  AcceleratorConfig a;
  const AreaBreakdown idealised = compute_area(a, technology_for(a));
  EXPECT_EQ(idealised.dram_phy_mm2, 0.0);
  a.dram_channels = 4;
  const AreaBreakdown four = compute_area(a, technology_for(a));
  EXPECT_NEAR(four.dram_phy_mm2, 4 * 1.11865, 1e-5);
  EXPECT_NEAR(four.total_mm2(), idealised.total_mm2() + four.dram_phy_mm2, 1e-12);
  EXPECT_EQ(four.glb_mm2, idealised.glb_mm2);
  a.node_nm = 7;
  EXPECT_NEAR(compute_area(a, technology_for(a)).dram_phy_mm2, 4 * dram_phy_area_mm2_per_channel("lpddr4", 7), 1e-12);
}

TEST(DramChannels, JsonNamesTheLinkOnceAndReadsOldFilesAsIdealised)
{
  json::Json j = flagship_json();
  EXPECT_EQ(parse_accelerator(j, "hardware").dram_channels, 0);   // written before channels existed
  j["dram_channels"] = 4;
  const AcceleratorConfig a = parse_accelerator(j, "hardware");
  EXPECT_EQ(a.dram_channels, 4);
  const json::Json out = to_json(a);
  EXPECT_EQ(out["dram_channels"], 4);
  EXPECT_FALSE(out.contains("dram_bw_words"));   // the channels set it
  EXPECT_EQ(parse_accelerator(out, "hardware"), a);
  EXPECT_NE(accelerator_key(a).find("_ch4"), std::string::npos);
  EXPECT_EQ(accelerator_key(parse_accelerator(flagship_json(), "")).find("_ch"), std::string::npos);
  EXPECT_TRUE(to_json(parse_accelerator(flagship_json(), "")).contains("dram_bw_words"));

  j["dram_bw_words"] = 64;   // two definitions of one link
  EXPECT_EQ(error_where(j), "hardware.dram_bw_words");
  j.erase("dram_bw_words");
  j["dram_channels"] = -1;
  EXPECT_EQ(error_where(j), "hardware.dram_channels");
  j["dram_channels"] = 2;
  j["dram_type"] = "hbm2";   // no sourced PHY
  EXPECT_EQ(error_where(j), "hardware.dram_channels");
  j["dram_channels"] = 0;
  EXPECT_EQ(error_where(j), "");   // an idealised HBM2 link is fine
}
