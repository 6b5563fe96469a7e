#include <gtest/gtest.h>

#include "core/hardware/area_model.h"

using namespace cdse;

namespace {

double leakage(const AcceleratorConfig& a) { return static_power_w(a, technology_for(a)); }

// A PE leaks through its MAC and its register bits: 32 words of 8 bits, and one more word with a
// double-buffered weight (the default); a lane through its MAC and 12 words.
double pe_w(const TechnologyTables& t, double weight_bits = 8)
{
  return t.mac_leakage_w + (32 * 8 + weight_bits) * t.register_bit_leakage_w;
}
double lane_w(const TechnologyTables& t) { return t.mac_leakage_w + 12 * 8 * t.register_bit_leakage_w; }

}   // namespace

TEST(Leakage, ReferenceFlagshipDesignAddsUpFromItsParts)
{
  const AcceleratorConfig a;   // 4 × 256 × 16, 1 MB L2 per core, 256 KB of accumulators, 8 MB GLB
  const auto& t = technology_22nm();
  const double pes = 4 * 256 * 16, lanes = 4 * 256;
  const double sram_bytes = 4 * (2 * 1024 + 256) * 1024.0 + 8 * 1024 * 1024.0;
  const double expected = pes * pe_w(t) + lanes * lane_w(t) + sram_bytes * t.sram_leakage_w_per_byte;
  EXPECT_NEAR(leakage(a), expected, 1e-12);
  // Order of magnitude: ~17 k MACs at ~3.2 µW, ~4.4 M register bits at 25 nW, 16 MB at 320 pW/byte
  // ≈ 0.17 W.
  EXPECT_GT(leakage(a), 0.1);
  EXPECT_LT(leakage(a), 0.25);
  AcceleratorConfig single = a;
  single.weight_double_buffer = false;
  EXPECT_NEAR(leakage(a) - leakage(single), pes * 8 * t.register_bit_leakage_w, 1e-12);
}

TEST(Leakage, CountsTheTensorL2AsInstantiated)
{
  AcceleratorConfig a;
  a.clusters = 1;
  a.pe_width = 128;
  a.pe_depth = 64;   // tensor L2 rounded up to 128 KB
  a.l2_kb = 64;
  a.glb_mb = 2;
  const auto& t = technology_22nm();
  const double accumulators = 256 * 128 * 4.0;   // 256 rows × 128 columns × 32-bit sums
  const double sram = (128 + 64) * 1024.0 + accumulators + 2 * 1024 * 1024.0;
  EXPECT_NEAR(leakage(a), 128 * 64 * pe_w(t) + 128 * lane_w(t) + sram * t.sram_leakage_w_per_byte, 1e-12);
}

TEST(Leakage, GrowsWithResourcesNotWithClockOrBandwidth)
{
  AcceleratorConfig a;
  const double base = leakage(a);
  AcceleratorConfig b = a;
  b.frequency_mhz = 1000;
  b.l2_bw_words = 32;
  EXPECT_DOUBLE_EQ(leakage(b), base);
  b = a;
  b.glb_mb = 16;
  EXPECT_GT(leakage(b), base);
  b = a;
  b.pe_depth = 32;
  EXPECT_GT(leakage(b), base);
}

TEST(Leakage, FollowsTheNodeAndWordSize)
{
  AcceleratorConfig a;
  const double at22 = leakage(a);
  a.node_nm = 7;
  EXPECT_NEAR(leakage(a) / at22, node_scale_from_22nm(7).leakage, 1e-9);
  a.node_nm = 22;
  a.precision_bits = 16;
  EXPECT_GT(leakage(a), at22);
}
