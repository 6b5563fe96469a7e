// ACT embodied carbon: values hand-computed from the tables in resources/data, the reference
// framework's linear form, DRAM part rounding and lookups that name the field.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

#include "core/carbon/carbon_tables.h"
#include "core/carbon/embodied_carbon.h"
#include "core/io/input_error.h"

using namespace cdse;

namespace {

EmbodiedInputs inputs(int node_nm, const char* fab, int abatement, double yield)
{
  EmbodiedInputs in;
  in.node_nm = node_nm;
  in.fab_location = fab;
  in.gas_abatement_pct = abatement;
  in.yield = yield;
  return in;
}

// 100 mm² = 1 cm², so chip_kg = CPA [g/cm²] / 1000.
constexpr double k_one_cm2_in_mm2 = 100.0;

std::string error_where(const std::function<void()>& f)
{
  try {
    f();
  } catch (const InputError& e) {
    return e.where();
  }
  return "<no error>";
}

}   // namespace

TEST(CarbonEmbodied, Act22nmTaiwanReferenceCpa)
{
  // (642 g/kWh × 1.077 kWh/cm² + 188.28 + 500) / 0.875 = (691.434 + 688.28) / 0.875 = 1576.816 g/cm²
  const auto e = compute_embodied(k_one_cm2_in_mm2, inputs(22, "taiwan", 95, 0.875));
  EXPECT_NEAR(e.cpa_g_per_cm2, 1576.816, 1e-9);
  EXPECT_NEAR(e.chip_kg, 1.576816, 1e-12);
  EXPECT_EQ(e.act_node_nm, 22);
  EXPECT_DOUBLE_EQ(e.fab_intensity_g_per_kwh, 642.0);
}

TEST(CarbonEmbodied, PinnedNodesLocationsAndAbatement)
{
  // 7 nm, USA, 99 %, Y 0.9: (369 × 2.15 + 200 + 500) / 0.9 = (793.35 + 700) / 0.9 = 1659.2778
  EXPECT_NEAR(compute_embodied(k_one_cm2_in_mm2, inputs(7, "usa", 99, 0.9)).cpa_g_per_cm2, 1493.35 / 0.9, 1e-9);
  // 28 nm, Iceland, 95 %, Y 1: 7.3 × 0.9 + 175 + 500 = 681.57
  EXPECT_NEAR(compute_embodied(k_one_cm2_in_mm2, inputs(28, "iceland", 95, 1.0)).cpa_g_per_cm2, 681.57, 1e-9);
  // 3 nm, Korea, 99 %, Y 0.5: (402 × 3.25 + 275 + 500) / 0.5 = (1306.5 + 775) / 0.5 = 4163
  EXPECT_NEAR(compute_embodied(k_one_cm2_in_mm2, inputs(3, "korea", 99, 0.5)).cpa_g_per_cm2, 4163.0, 1e-9);
  // 5 nm, solar-powered fab, 95 %, Y 0.875: (41 × 2.75 + 430 + 500) / 0.875 = 1042.75 / 0.875 = 1191.7143
  EXPECT_NEAR(compute_embodied(k_one_cm2_in_mm2, inputs(5, "solar", 95, 0.875)).cpa_g_per_cm2, 1042.75 / 0.875, 1e-9);
  // 10 nm, Japan, 95 %, Y 0.8, 250 mm²: (446 × 1.475 + 240 + 500) / 0.8 = (657.85 + 740) / 0.8 = 1747.3125
  // g/cm² × 2.5 cm² = 4368.28 g
  EXPECT_NEAR(compute_embodied(250.0, inputs(10, "japan", 95, 0.8)).chip_kg, 4.36828125, 1e-12);
}

TEST(CarbonEmbodied, CustomFabIntensityOverridesLocation)
{
  auto in = inputs(14, "taiwan", 95, 1.0);
  in.fab_intensity_g_per_kwh = 100.0;
  // 100 × 1.2 + 200 + 500 = 820
  const auto e = compute_embodied(k_one_cm2_in_mm2, in);
  EXPECT_NEAR(e.cpa_g_per_cm2, 820.0, 1e-9);
  EXPECT_DOUBLE_EQ(e.fab_intensity_g_per_kwh, 100.0);
}

TEST(CarbonEmbodied, ReproducesReferenceLinearForm)
{
  // CATransformers' embodied model (ACT, docs/references.md R2, R3): embodied_kg = area_µm² × 1.576816e-8 + 0.2102857 (22 nm, Taiwan, 95 %, Y 0.875,
  // 1 GB lpddr3_20nm: 184 / 0.875 = 210.2857 g).
  for (double area_um2 : {1.0e6, 5.5e6, 31990347.0, 8.0e7}) {
    auto in = inputs(22, "taiwan", 95, 0.875);
    in.dram_type = "lpddr3_20nm";
    in.dram_gb = 1.0;
    const auto e = compute_embodied(area_um2 / 1e6, in);
    const double expected = area_um2 * 1.576816e-8 + 0.2102857;
    EXPECT_NEAR(e.total_kg, expected, expected * 1e-3) << area_um2;
    EXPECT_NEAR(e.total_kg, expected, 1e-6) << area_um2;   // in fact exact to rounding of the constants
    EXPECT_NEAR(e.dram_kg, 0.2102857, 1e-7);
  }
}

TEST(CarbonEmbodied, DramAndPackaging)
{
  auto in = inputs(22, "taiwan", 95, 0.875);
  in.dram_type = "lpddr4";
  in.dram_gb = 2.0;
  in.include_packaging = true;
  in.packaging_kg = 0.15;
  const auto e = compute_embodied(0.0, in);
  EXPECT_DOUBLE_EQ(e.chip_kg, 0.0);
  EXPECT_NEAR(e.dram_kg, 48.0 * 2.0 / 0.875 / 1000.0, 1e-15);   // 109.714 g
  EXPECT_DOUBLE_EQ(e.packaging_kg, 0.15);
  EXPECT_NEAR(e.total_kg, e.dram_kg + 0.15, 1e-15);
  in.include_packaging = false;
  EXPECT_DOUBLE_EQ(compute_embodied(0.0, in).packaging_kg, 0.0);
}

TEST(CarbonEmbodied, ProxyNodeUsesNamedActRow)
{
  // 16 nm is a hardware node ACT does not tabulate: the 14 nm row is used and reported.
  // (642 × 1.2 + 200 + 500) / 0.875 = 1470.4 / 0.875 = 1680.457
  const auto e = compute_embodied(k_one_cm2_in_mm2, inputs(16, "taiwan", 95, 0.875));
  EXPECT_EQ(e.act_node_nm, 14);
  EXPECT_NEAR(e.cpa_g_per_cm2, 1470.4 / 0.875, 1e-9);
  EXPECT_TRUE(CarbonTables::instance().node(16).is_proxy());
  EXPECT_FALSE(CarbonTables::instance().node(22).is_proxy());
}

TEST(CarbonEmbodied, DramPartRounding)
{
  const auto& lp4 = CarbonTables::instance().dram("lpddr4");
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(0.0), 0.5);    // at least one part
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(0.14), 0.5);   // CLIP ViT-B/16 INT8 weights
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(0.5), 0.5);
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(2.1), 3.0);
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(8.0), 8.0);
  EXPECT_DOUBLE_EQ(lp4.round_up_gb(15.0), 16.0);   // two 8 GB parts
}

TEST(CarbonEmbodied, EveryHardwareNodeHasCarbonData)
{
  for (int nm : {45, 40, 32, 28, 22, 20, 16, 14, 10, 8, 7, 5, 3})
    EXPECT_TRUE(CarbonTables::instance().has_node(nm)) << nm;
  EXPECT_FALSE(CarbonTables::instance().has_node(6));
}

TEST(CarbonEmbodied, TablesCarrySources)
{
  const auto& t = CarbonTables::instance();
  EXPECT_EQ(t.nodes().size(), 13u);
  for (const auto* table : {&t.grid_regions(), &t.fab_locations(), &t.energy_sources()})
    for (const auto& p : *table) {
      EXPECT_FALSE(p.source.empty()) << p.id;
      EXPECT_GE(p.year, 2022) << p.id;
      EXPECT_GT(p.g_per_kwh, 0) << p.id;
    }
  EXPECT_DOUBLE_EQ(t.grid_region("british_columbia").g_per_kwh, 68.0);
  EXPECT_DOUBLE_EQ(t.grid_region("NORWAY").g_per_kwh, 30.0);   // ids are case-insensitive
  EXPECT_DOUBLE_EQ(t.fab_location("korea").g_per_kwh, 402.0);
  EXPECT_DOUBLE_EQ(t.dram("ddr3_50nm").g_per_gb, 600.0);
}

TEST(CarbonEmbodied, BadInputsNameTheField)
{
  const auto base = inputs(22, "taiwan", 95, 0.875);
  auto with = [&](auto change) {
    return error_where([&] {
      auto in = base;
      change(in);
      compute_embodied(10.0, in);
    });
  };
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.node_nm = 6; }), "node_nm");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.fab_location = "atlantis"; }), "fab_location");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.gas_abatement_pct = 97; }), "gas_abatement_pct");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.yield = 0.0; }), "yield");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.yield = 1.5; }), "yield");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.yield = std::nan(""); }), "yield");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.dram_type = "ddr9"; }), "dram_type");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.dram_gb = -1; }), "dram_gb");
  EXPECT_EQ(with([](EmbodiedInputs& in) { in.fab_intensity_g_per_kwh = std::nan(""); }), "fab_intensity_g_per_kwh");
  EXPECT_EQ(error_where([&] { compute_embodied(-1.0, base); }), "area_mm2");
  EXPECT_EQ(error_where([&] { compute_embodied(31990347.0, base); }), "area_mm2");   // µm² passed as mm²
  try {
    CarbonTables::instance().node(6);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("22"), std::string::npos) << "lists the valid nodes: " << e.what();
  }
}
