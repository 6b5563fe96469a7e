// CarbonScorer: the reference's operational arithmetic, static energy without double counting,
// node override, DRAM sizing, amortisation, the uncertainty band and the drill-down shares.
#include <gtest/gtest.h>

#include <cmath>

#include "core/carbon/carbon_drilldown.h"
#include "core/carbon/carbon_scorer.h"
#include "core/carbon/carbon_tables.h"
#include "core/carbon/embodied_carbon.h"
#include "core/carbon/embodied_uncertainty.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"

using namespace cdse;

namespace {

constexpr double k_seconds_per_year = 365.0 * 86400.0;
constexpr double k_j_per_kwh = 3.6e6;

// A design shaped like the reference 4×256×16, 8 MB GLB, 1 MB L2 accelerator (CATransformers' orders of
// magnitude); synthetic so these tests do not depend on the simulator.
DesignInvariants reference_like()
{
  DesignInvariants inv;
  inv.latency_s = 5e-3;
  inv.dynamic_energy_j = 0.18;
  inv.energy_per_inference_j = 0.19;   // 0.01 J of leakage while inferring = 2 W × 5 ms
  inv.static_power_w = 2.0;
  inv.area_mm2 = 31.990347;
  inv.area = {24.0, 1.0, 2.0, 4.990347};
  inv.weight_bytes = 149.62e6;   // ViT-B/16 CLIP at INT8
  inv.node_nm = 22;
  return inv;
}

CarbonSettings reference_settings()
{
  CarbonSettings s;   // 68 g/kWh, 3 years, 3e7 inferences, 22 nm Taiwan 95 % Y 0.875
  s.include_static = false;
  s.yield_model = YieldModel::Constant;   // CATransformers' (and ACT's) constant die yield
  return s;
}

}   // namespace

TEST(CarbonScorer, ReferenceOperationalIs3e7Inferences)
{
  // 0.18 J × 3e7 = 5.4e6 J = 1.5 kWh; × 68 g/kWh = 102 g.
  const auto c = CarbonScorer(reference_settings()).score(reference_like());
  EXPECT_NEAR(c.dynamic_kg, 0.102, 1e-9);
  EXPECT_DOUBLE_EQ(c.static_kg, 0.0);
  EXPECT_DOUBLE_EQ(c.operational_kg, c.dynamic_kg);
  // 3 years × 0.3171 inferences/s is the same thing.
  CarbonSettings s = reference_settings();
  s.inferences_per_second = 0.317098;
  EXPECT_NEAR(CarbonScorer(s).score(reference_like()).dynamic_kg, 0.102, 1e-6);
}

TEST(CarbonScorer, ReferenceEmbodiedAndTotal)
{
  CarbonSettings s = reference_settings();
  s.dram_type = "lpddr3_20nm";
  s.dram_gb = 1.0;
  const auto inv = reference_like();
  const auto c = CarbonScorer(s).score(inv);
  const double expected = inv.area_mm2 * 1e6 * 1.576816e-8 + 0.2102857;   // CATransformers' ACT settings
  EXPECT_NEAR(c.embodied_kg, expected, expected * 1e-3);
  EXPECT_NEAR(c.chip_kg, compute_embodied(inv.area_mm2, embodied_inputs_from(s, 22, 1.0)).chip_kg, 1e-12);
  EXPECT_NEAR(c.total_kg, c.embodied_kg + c.operational_kg, 1e-12);
  EXPECT_NEAR(c.cdp_kg_s, c.total_kg * 5e-3, 1e-15);
  EXPECT_NEAR(c.cep_kg_j, c.total_kg * 0.18, 1e-15);   // static not counted
  EXPECT_DOUBLE_EQ(c.dram_gb, 1.0);
}

TEST(CarbonScorer, DramSizedFromWeightsNotOneGigabyte)
{
  CarbonSettings s = reference_settings();   // lpddr4, dram_gb 0
  const auto c = CarbonScorer(s).score(reference_like());
  // 149.62 MB of INT8 weights fit the smallest LPDDR4 part, 0.5 GB: 48 × 0.5 / 0.875 = 27.43 g.
  EXPECT_DOUBLE_EQ(c.dram_gb, 0.5);
  EXPECT_NEAR(c.dram_kg, 0.024 / 0.875, 1e-12);
  auto big = reference_like();
  big.weight_bytes = 8.03e9 * 2;   // Llama-3.1-8B at 16 bit ≈ 14.96 GiB → two 8 GB parts
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(big).dram_gb, 16.0);
  // The accelerator's own capacity beats the weights; a carbon-settings capacity beats both.
  auto fixed = reference_like();
  fixed.dram_gb = 2.0;
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(fixed).dram_gb, 2.0);
  s.dram_gb = 4.0;
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(fixed).dram_gb, 4.0);
}

// DRAM channels put their packages on the board: each package holds one part, the smallest that
// takes its share of the weights, and packaging (when counted) is per IC, the DRAM packages too.
TEST(CarbonScorer, DramChannelPackagesEachHoldAPartAndArePackaged)
{
  CarbonSettings s = reference_settings();   // lpddr4 parts 0.5-8 GB
  auto two = reference_like();
  two.dram_packages = 2;                                       // 8 LPDDR4 channels
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(two).dram_gb, 1.0);   // two 0.5 GB parts for 150 MB
  auto big = two;
  big.weight_bytes = 8.03e9 * 2;   // 14.96 GiB: 7.48 GiB per package → two 8 GB parts
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(big).dram_gb, 16.0);
  big.dram_packages = 4;   // 3.74 GiB per package → four 4 GB parts
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(big).dram_gb, 16.0);
  big.dram_packages = 3;   // 4.99 GiB per package → three 6 GB parts
  EXPECT_DOUBLE_EQ(CarbonScorer(s).score(big).dram_gb, 18.0);
  EXPECT_DOUBLE_EQ(CarbonScorer(s).dram_gb_for(2e9, 0, 0), 2.0);   // no channels: as before

  s.include_packaging = true;
  const auto one_ic = CarbonScorer(s).score(reference_like());
  const auto three_ics = CarbonScorer(s).score(two);
  EXPECT_NEAR(one_ic.packaging_kg, 0.150, 1e-12);
  EXPECT_NEAR(three_ics.packaging_kg, 3 * 0.150, 1e-12);
  EXPECT_GT(three_ics.embodied_p5_kg, 3 * 0.150);   // the band carries every package's packaging
}

TEST(CarbonScorer, StaticEnergyDutyCycleAndLifetime)
{
  CarbonSettings s;
  s.include_static = true;
  s.idle_power_fraction = 1.0;   // no power gating: an idle powered chip leaks fully (the accounting before issue 15)
  s.duty_cycle = 0.0;            // power-gated whenever idle: only the leakage inside each inference
  const auto inv = reference_like();
  const auto gated = CarbonScorer(s).score(inv);
  EXPECT_DOUBLE_EQ(gated.idle_static_kg, 0.0);
  EXPECT_NEAR(gated.static_kg, 0.01 * 3e7 / k_j_per_kwh * 68 / 1000, 1e-12);   // 5.67 g

  s.duty_cycle = 1.0;   // always on: add leakage over the idle time, not over the busy time again
  const auto on = CarbonScorer(s).score(inv);
  const double lifetime_s = 3 * k_seconds_per_year;
  const double idle_j = 2.0 * (lifetime_s - 3e7 * 5e-3);
  EXPECT_NEAR(on.idle_static_kg, idle_j / k_j_per_kwh * 68 / 1000, 1e-9);
  EXPECT_NEAR(on.static_kg, gated.static_kg + on.idle_static_kg, 1e-12);
  EXPECT_NEAR(on.operational_kg, on.dynamic_kg + on.static_kg, 1e-12);
  EXPECT_NEAR(on.cep_kg_j, on.total_kg * 0.19, 1e-12);

  s.duty_cycle = 0.5;
  const auto half = CarbonScorer(s).score(inv);
  EXPECT_NEAR(half.idle_static_kg, 2.0 * (0.5 * lifetime_s - 3e7 * 5e-3) / k_j_per_kwh * 0.068, 1e-9);

  // Operational carbon is linear in lifetime at a fixed rate.
  s.duty_cycle = 1.0;
  s.lifetime_years = 6.0;
  const auto twice = CarbonScorer(s).score(inv);
  EXPECT_NEAR(twice.static_kg, 2 * on.static_kg, 1e-9);
  EXPECT_NEAR(twice.dynamic_kg, 2 * on.dynamic_kg, 1e-12);
  EXPECT_DOUBLE_EQ(twice.embodied_kg, on.embodied_kg);   // no amortisation
}

TEST(CarbonScorer, PowerGatingScalesOnlyTheIdleLeakage)
{
  // 2 W of leakage, 3e7 inferences of 5 ms (1.5e5 s busy) over 3 always-on years: busy leakage at
  // full power, the rest of the powered time at the idle power fraction f.
  const auto inv = reference_like();
  const double lifetime_s = 3 * k_seconds_per_year, busy_s = 3e7 * 5e-3;
  const double kg_per_j = 68.0 / k_j_per_kwh / 1000;
  CarbonSettings s;
  s.duty_cycle = 1.0;
  for (double f : {0.0, 0.05, 1.0 / 3.0, 1.0}) {
    s.idle_power_fraction = f;
    const auto c = CarbonScorer(s).score(inv);
    EXPECT_NEAR(c.static_kg, 2.0 * (busy_s + f * (lifetime_s - busy_s)) * kg_per_j, 1e-12) << f;
    EXPECT_NEAR(c.idle_static_kg, 2.0 * f * (lifetime_s - busy_s) * kg_per_j, 1e-12) << f;
  }
  // The default is the data file's sourced value (state-retaining gating, 1/3 of the leakage).
  EXPECT_DOUBLE_EQ(CarbonSettings{}.idle_power_fraction, CarbonTables::instance().power_gating().idle_fraction_default);
  // Busier than powered: the chip leaks fully while busy whatever f says.
  s.duty_cycle = 0.01;
  s.inferences_per_second = 150;
  s.idle_power_fraction = 0.2;
  const auto busy = CarbonScorer(s).score(inv);
  EXPECT_NEAR(busy.static_kg, 2.0 * 150 * lifetime_s * 5e-3 * kg_per_j, 1e-9);
  EXPECT_DOUBLE_EQ(busy.idle_static_kg, 0.0);
}

TEST(CarbonScorer, OperationalBandCoversTheLeakageAssumption)
{
  const auto inv = reference_like();
  const auto& gating = CarbonTables::instance().power_gating();
  const double lifetime_s = 3 * k_seconds_per_year, busy_s = 3e7 * 5e-3;
  const double kg_per_j = 68.0 / k_j_per_kwh / 1000;
  CarbonSettings s;   // default power gating, always on
  const auto c = CarbonScorer(s).score(inv);
  const auto leak_kg = [&](double factor, double f) {
    return 2.0 * factor * (busy_s + f * (lifetime_s - busy_s)) * kg_per_j;
  };
  EXPECT_NEAR(c.operational_low_kg, c.dynamic_kg + leak_kg(gating.leakage_factor_low, gating.idle_fraction_low), 1e-12);
  EXPECT_NEAR(c.operational_high_kg, c.dynamic_kg + leak_kg(gating.leakage_factor_high, gating.idle_fraction_high),
              1e-12);
  EXPECT_LT(c.operational_low_kg, c.operational_kg);
  EXPECT_GT(c.operational_high_kg, c.operational_kg);
  // A setting outside the data's range widens the band to include it.
  s.idle_power_fraction = 0.0;
  const auto perfect = CarbonScorer(s).score(inv);
  EXPECT_NEAR(perfect.operational_low_kg, perfect.dynamic_kg + leak_kg(gating.leakage_factor_low, 0.0), 1e-12);
  // Without static energy there is nothing uncertain about leakage.
  s.include_static = false;
  const auto dyn = CarbonScorer(s).score(inv);
  EXPECT_DOUBLE_EQ(dyn.operational_low_kg, dyn.operational_kg);
  EXPECT_DOUBLE_EQ(dyn.operational_high_kg, dyn.operational_kg);
}

TEST(CarbonScorer, MurphyYieldFallsWithDieArea)
{
  // Murphy: Y = ((1 − e^{−A·D0}) / (A·D0))², D0 = 0.09 /cm² (act_nodes.json). The reference die,
  // 31.990347 mm² = 0.31990347 cm²: A·D0 = 0.0287913, Y = 0.971686.
  CarbonSettings s;
  s.include_static = false;
  ASSERT_EQ(s.yield_model, YieldModel::Murphy);
  const auto inv = reference_like();
  const double x = 0.31990347 * 0.09;
  const double y = std::pow((1 - std::exp(-x)) / x, 2);
  EXPECT_NEAR(y, 0.971686, 1e-6);
  const auto c = CarbonScorer(s).score(inv);
  EXPECT_NEAR(c.die_yield, y, 1e-12);
  // Chip carbon = area × (CI·EPA + GPA + MPA) / Y: 22 nm, Taiwan, 95 %.
  const double numerator_g_per_cm2 = 642 * 1.077 + 188.28 + 500;
  EXPECT_NEAR(c.chip_kg, 0.31990347 * numerator_g_per_cm2 / y / 1000, 1e-9);
  EXPECT_NEAR(c.chip_kg, compute_embodied(inv.area_mm2, embodied_inputs_from(s, 22, 0.5)).chip_kg, 1e-12);
  // DRAM keeps the yield setting (the DRAM die's, as CATransformers applied it).
  EXPECT_NEAR(c.dram_kg, 0.024 / 0.875, 1e-12);
  // A die four times larger yields less, so its carbon per mm² is higher.
  auto big = inv;
  big.area_mm2 *= 4;
  const auto cb = CarbonScorer(s).score(big);
  EXPECT_LT(cb.die_yield, c.die_yield);
  EXPECT_GT(cb.chip_kg / big.area_mm2, c.chip_kg / inv.area_mm2);
  // Monotone in the area over a fine grid (the exact-front solver relies on it).
  const CarbonScorer scorer(s);
  double last = 0;
  for (int i = 1; i <= 2000; ++i) {
    auto d = inv;
    d.area_mm2 = 0.5 * i;
    const double kg = scorer.score(d).chip_kg;
    EXPECT_GT(kg, last) << d.area_mm2;
    last = kg;
  }
}

TEST(CarbonScorer, BusierThanTheLifetimeHasNoNegativeIdle)
{
  CarbonSettings s;
  s.duty_cycle = 0.1;
  s.inferences_per_second = 150;   // 75 % busy at 5 ms: more than the 10 % powered time
  const auto c = CarbonScorer(s).score(reference_like());
  EXPECT_DOUBLE_EQ(c.idle_static_kg, 0.0);
  EXPECT_GT(c.static_kg, 0.0);
}

TEST(CarbonScorer, NodeOverrideScalesAreaEnergyAndLeakage)
{
  CarbonSettings s;
  s.node_nm = 7;
  const auto inv = reference_like();
  const auto c = CarbonScorer(s).score(inv);
  const NodeScale n7 = node_scale_from_22nm(7);
  const double area7 = inv.area_mm2 * n7.area;
  EXPECT_NEAR(c.chip_kg, compute_embodied(area7, embodied_inputs_from(s, 7, 0.5)).chip_kg, 1e-12);
  CarbonSettings s22 = s;
  s22.node_nm = 0;
  const auto c22 = CarbonScorer(s22).score(inv);
  EXPECT_NEAR(c.dynamic_kg, c22.dynamic_kg * n7.energy, 1e-12);   // no DRAM energy in this design
  auto with_dram = inv;
  with_dram.energy.dram_j = 0.08;   // off chip: unscaled
  EXPECT_NEAR(CarbonScorer(s).score(with_dram).dynamic_kg, c22.dynamic_kg * (0.10 * n7.energy + 0.08) / 0.18, 1e-12);
  EXPECT_NEAR(c.static_kg, c22.static_kg * n7.leakage, 1e-12);
  EXPECT_NE(c.chip_kg, c22.chip_kg);
  // Overriding to the design's own node changes nothing.
  s.node_nm = 22;
  const auto same = CarbonScorer(s).score(inv);
  EXPECT_DOUBLE_EQ(same.total_kg, c22.total_kg);
}

TEST(CarbonScorer, UncertaintyBandBracketsNominal)
{
  for (int nm : {28, 22, 14, 7, 3}) {
    CarbonSettings s;
    s.node_nm = nm;
    const CarbonScorer scorer(s);
    const auto c = scorer.score(reference_like());
    EXPECT_LT(c.embodied_p5_kg, c.embodied_kg) << nm;
    EXPECT_GT(c.embodied_p95_kg, c.embodied_kg) << nm;
    const EmbodiedBand b = scorer.band(nm);
    // CarbonClarity: P95 up to 1.6× the mean at 7 nm; our spreads give a band inside that.
    EXPECT_GT(b.chip_p95, 1.15) << nm;
    EXPECT_LT(b.chip_p95, 1.6) << nm;
    EXPECT_GT(b.chip_p5, 0.6) << nm;
    EXPECT_LT(b.chip_p5, 0.95) << nm;
  }
  // MPA is uncertain too (issue 15): a node whose CPA is all materials still gets a band wider than
  // the yield's alone (0.875 / P5 of triangular(0.775, 0.875, 0.975) = 1.085).
  ActNodeRow materials_only;
  materials_only.node_nm = materials_only.act_node_nm = 999;   // a key of its own in the band cache
  materials_only.mpa_g_per_cm2 = 500;
  const EmbodiedBand mpa = embodied_band(materials_only, 0.0, 95, 0.875);
  EXPECT_GT(mpa.chip_p95, 1.3);
  EXPECT_LT(mpa.chip_p5, 0.8);
  // Same settings, same band: the Monte Carlo is seeded.
  EXPECT_DOUBLE_EQ(CarbonScorer(CarbonSettings{}).band(7).chip_p95, CarbonScorer(CarbonSettings{}).band(7).chip_p95);
}

TEST(CarbonScorer, AmortisationScalesEmbodiedOnly)
{
  CarbonSettings s;
  s.amortize = true;
  s.lifetime_years = 1.5;
  s.hardware_lifetime_years = 6.0;
  CarbonSettings plain = s;
  plain.amortize = false;
  const auto a = CarbonScorer(s).score(reference_like());
  const auto p = CarbonScorer(plain).score(reference_like());
  EXPECT_NEAR(a.embodied_kg, p.embodied_kg * 0.25, 1e-12);
  EXPECT_NEAR(a.embodied_p95_kg, p.embodied_p95_kg * 0.25, 1e-12);
  EXPECT_DOUBLE_EQ(a.operational_kg, p.operational_kg);
}

TEST(CarbonScorer, PackagingAndGridIntensity)
{
  CarbonSettings s;
  s.include_packaging = true;
  const auto with = CarbonScorer(s).score(reference_like());
  s.include_packaging = false;
  const auto without = CarbonScorer(s).score(reference_like());
  EXPECT_NEAR(with.embodied_kg - without.embodied_kg, 0.150, 1e-12);
  s.grid_intensity_g_per_kwh = 680;
  EXPECT_NEAR(CarbonScorer(s).score(reference_like()).operational_kg, 10 * without.operational_kg, 1e-9);
}

TEST(CarbonScorer, BadSettingsThrowAndUnknownNodeIsNaN)
{
  CarbonSettings s;
  s.yield = 0;
  EXPECT_THROW(CarbonScorer{s}, InputError);
  auto inv = reference_like();
  inv.node_nm = 6;
  const auto c = CarbonScorer(CarbonSettings{}).score(inv);
  EXPECT_TRUE(std::isnan(c.total_kg));
  EXPECT_TRUE(std::isnan(c.embodied_kg));
}

TEST(CarbonDrilldown, ChipByComponentAndOperationalByGroup)
{
  CarbonSettings s;
  const auto inv = reference_like();
  const auto c = CarbonScorer(s).score(inv);
  const auto chip = chip_carbon_by_component(c, inv.area);
  EXPECT_NEAR(chip.pe_kg + chip.vector_kg + chip.l2_kg + chip.glb_kg + chip.control_kg + chip.dram_phy_kg, c.chip_kg,
              1e-12);
  EXPECT_NEAR(chip.pe_kg, c.chip_kg * 24.0 / inv.area_mm2, 1e-12);

  Workload w;
  const auto op = [](const char* name, const char* group, OpKind kind, std::int64_t m, std::int64_t k, std::int64_t n) {
    Operator o;
    o.name = name;
    o.group = group;
    o.kind = kind;
    o.m = m;
    o.k = k;
    o.n = n;
    return o;
  };
  w.ops.push_back(op("vision.q", "vision.layers", OpKind::Gemm, 197, 768, 768));
  w.ops.push_back(op("vision.softmax", "vision.layers", OpKind::Softmax, 0, 0, 0));
  w.ops.push_back(op("text.q", "text.layers", OpKind::Gemm, 77, 512, 512));
  PerformanceReport r;
  r.ops.resize(3);
  for (std::size_t i = 0; i < 3; ++i)
    r.ops[i].op_index = i;
  r.ops[0].energy = {0.06, 0, 0, 0, 0.03, 0.004};   // 0.09 J dynamic
  r.ops[1].energy = {0.02, 0, 0, 0, 0, 0.002};      // 0.02 J
  r.ops[2].energy = {0.05, 0, 0.02, 0, 0, 0.004};   // 0.07 J
  const auto groups = operational_by_group(r, w, c);
  ASSERT_EQ(groups.size(), 3u);   // vision.layers, text.layers, idle
  EXPECT_EQ(groups[0].name, "vision.layers");
  EXPECT_NEAR(groups[0].dynamic_kg, c.dynamic_kg * 0.11 / 0.18, 1e-12);
  EXPECT_NEAR(groups[1].static_kg, (c.static_kg - c.idle_static_kg) * 0.4, 1e-12);
  EXPECT_EQ(groups[2].name, "idle");
  double sum = 0;
  for (const auto& g : groups)
    sum += g.total_kg();
  EXPECT_NEAR(sum, c.operational_kg, 1e-12);
  const auto by_class = operational_by_group(r, w, c, OperationalGrouping::OpClass);
  EXPECT_EQ(by_class[0].name, "gemm");
  EXPECT_NEAR(by_class[0].dynamic_kg, c.dynamic_kg * 0.16 / 0.18, 1e-12);
  r.ops.pop_back();
  EXPECT_THROW(operational_by_group(r, w, c), std::invalid_argument);
}
