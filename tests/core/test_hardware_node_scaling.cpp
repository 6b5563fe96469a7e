#include <gtest/gtest.h>

#include <algorithm>

#include "core/hardware/technology.h"
#include "core/io/input_error.h"
#include "core/io/resources.h"

using namespace cdse;

TEST(NodeScaling, SupportsTheDocumentedNodes)
{
  const std::vector<int> expected{45, 40, 32, 28, 22, 20, 16, 14, 10, 8, 7, 5, 3};
  EXPECT_EQ(supported_nodes_nm(), expected);
}

TEST(NodeScaling, IsIdentityAt22nm)
{
  const NodeScale s = node_scale_from_22nm(22);
  EXPECT_DOUBLE_EQ(s.area, 1.0);
  EXPECT_DOUBLE_EQ(s.energy, 1.0);
  EXPECT_DOUBLE_EQ(s.leakage, 1.0);
  const TechnologyTables t = technology_for_node(22);
  EXPECT_DOUBLE_EQ(t.pe_area_um2, technology_22nm().pe_area_um2);
  EXPECT_DOUBLE_EQ(t.sram_read_j(1 << 20), technology_22nm().sram_read_j(1 << 20));
}

// The data file holds the Stillmaker & Baas table. Evaluating it the way CATransformers'
// Accelergy did (22 nm placed 1/6 of the way from 32 to 20 nm) must give the reference's 45 -> 22
// factors CATransformers applied (area × 0.41833, energy × 0.58629), which proves the table is transcribed right.
TEST(NodeScaling, TableReproducesTheReferenceFactorsWithItsInterpolation)
{
  const auto doc = embedded_json("data/node_scaling.json");
  const auto& sb = doc.at("stillmaker_baas_2017");
  const auto nodes = sb.at("nodes_nm").get<std::vector<double>>();
  const auto area = sb.at("area_relative_to_45nm").get<std::vector<double>>();
  const auto a = sb.at("energy_vdd2_coefficient").get<std::vector<double>>();
  const auto b = sb.at("energy_vdd_coefficient").get<std::vector<double>>();
  const auto c = sb.at("energy_constant").get<std::vector<double>>();
  const double v = sb.at("vdd_v").get<double>();
  auto index = [&](double n) {
    return static_cast<std::size_t>(std::find(nodes.begin(), nodes.end(), n) - nodes.begin());
  };
  const std::size_t i45 = index(45), i32 = index(32), i20 = index(20);
  auto energy = [&](std::size_t i) { return a[i] * v * v + b[i] * v + c[i]; };
  const double w = 1.0 / 6.0;   // the reference's (inverted) weight of the 20 nm entry
  EXPECT_NEAR((1 - w) * area[i32] + w * area[i20], 0.41833, 1e-5);
  EXPECT_NEAR(((1 - w) * energy(i32) + w * energy(i20)) / energy(i45), 0.58629, 1e-5);
}

TEST(NodeScaling, InterpolatesLinearlyInNanometres)
{
  // 22 nm lies 5/6 of the way from 32 to 20 nm: area vs 45 nm = 0.46/6 + 0.21·5/6 = 0.251667.
  const double area22 = 0.46 / 6 + 0.21 * 5 / 6;
  EXPECT_NEAR(node_scale_from_22nm(45).area, 1.0 / area22, 1e-9);
  EXPECT_NEAR(node_scale_from_22nm(20).area, 0.21 / area22, 1e-9);
  EXPECT_NEAR(node_scale_from_22nm(7).area, 0.059 / area22, 1e-9);
  EXPECT_NEAR(node_scale_from_22nm(28).area, (0.46 + (0.21 - 0.46) * 4.0 / 12.0) / area22, 1e-9);
  // Energy from the Vdd = 0.8 V polynomials: 45 nm 3.400, 20 nm 0.7516 (relative to 22 nm).
  EXPECT_NEAR(node_scale_from_22nm(45).energy, 3.40011, 1e-4);
  EXPECT_NEAR(node_scale_from_22nm(20).energy, 0.751634, 1e-5);
  for (int n : supported_nodes_nm())
    EXPECT_DOUBLE_EQ(node_scale_from_22nm(n).leakage, node_scale_from_22nm(n).energy) << n;
}

TEST(NodeScaling, FactorsShrinkMonotonicallyWithTheNode)
{
  const auto nodes = supported_nodes_nm();
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    EXPECT_LT(node_scale_from_22nm(nodes[i]).area, node_scale_from_22nm(nodes[i - 1]).area) << nodes[i];
    EXPECT_LT(node_scale_from_22nm(nodes[i]).energy, node_scale_from_22nm(nodes[i - 1]).energy) << nodes[i];
  }
}

TEST(NodeScaling, FoundryStepsBelow7nm)
{
  // TSMC N5 vs N7: 1.8x logic density, -30 % power; N3 vs N5: 1.6x, -30 %.
  const NodeScale n7 = node_scale_from_22nm(7), n5 = node_scale_from_22nm(5), n3 = node_scale_from_22nm(3);
  EXPECT_NEAR(n5.area / n7.area, 1 / 1.8, 1e-12);
  EXPECT_NEAR(n5.energy / n7.energy, 0.7, 1e-12);
  EXPECT_NEAR(n3.area / n5.area, 1 / 1.6, 1e-12);
  EXPECT_NEAR(n3.energy / n5.energy, 0.7, 1e-12);
}

TEST(NodeScaling, ScalesEveryTableEntry)
{
  const TechnologyTables t7 = technology_for_node(7);
  const auto& t22 = technology_22nm();
  const NodeScale s = node_scale_from_22nm(7);
  EXPECT_EQ(t7.node_nm, 7);
  EXPECT_NEAR(t7.pe_area_um2, t22.pe_area_um2 * s.area, 1e-9);
  EXPECT_NEAR(t7.mac_energy_j, t22.mac_energy_j * s.energy, 1e-24);
  EXPECT_NEAR(t7.sram_area_um2(65536), t22.sram_area_um2(65536) * s.area, 1e-6);
  EXPECT_NEAR(t7.sram_write_j(65536), t22.sram_write_j(65536) * s.energy, 1e-24);
  EXPECT_NEAR(t7.sram_leakage_w_per_byte, t22.sram_leakage_w_per_byte * s.leakage, 1e-24);
  // DRAM is off chip.
  EXPECT_DOUBLE_EQ(t7.dram_j_per_byte, t22.dram_j_per_byte);
}

TEST(NodeScaling, UnsupportedNodeListsTheSupportedOnes)
{
  for (int bad : {0, 12, 65, -7}) {
    try {
      node_scale_from_22nm(bad);
      FAIL() << "expected InputError for " << bad;
    } catch (const InputError& e) {
      EXPECT_EQ(e.where(), "node_nm");
      EXPECT_NE(e.problem().find(std::to_string(bad)), std::string::npos);
      EXPECT_NE(e.problem().find("45, 40, 32, 28, 22, 20, 16, 14, 10, 8, 7, 5, 3"), std::string::npos) << e.what();
    }
    EXPECT_THROW(technology_for_node(bad), InputError);
  }
}
