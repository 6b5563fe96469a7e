#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/hardware/accumulator.h"
#include "core/hardware/area_model.h"
#include "core/hardware/sram_banking.h"
#include "reference_template_tables.h"

using namespace cdse;

namespace {

AcceleratorConfig design(int clusters, int width, int depth, double l2_kb, double glb_mb)
{
  AcceleratorConfig a;
  a.clusters = clusters;
  a.pe_width = width;
  a.pe_depth = depth;
  a.l2_kb = l2_kb;
  a.glb_mb = glb_mb;
  return a;
}

// The reference framework's PEs hold one weight and its clusters have no accumulator buffer: its
// area table is of unbuffered arrays (costed with its own tables, reference_area_um2).
AcceleratorConfig reference_design(int clusters, int width, int depth, double l2_kb, double glb_mb)
{
  AcceleratorConfig a = design(clusters, width, depth, l2_kb, glb_mb);
  a.weight_double_buffer = false;
  a.accumulator_rows = 0;
  return a;
}

double total_um2(const AcceleratorConfig& a) { return compute_area(a, technology_for(a)).total_mm2() * 1e6; }

double reference_um2(const AcceleratorConfig& a)
{
  return compute_area(a, test::reference_template_tables()).total_mm2() * 1e6;
}

}   // namespace

// The reference's area limit: the 4 × 256 × 16, 8 MB GLB, 1 MB L2 design = 31,990,347 µm² (CATransformers configurations.py).
TEST(AreaModel, ReferenceFlagshipDesign)
{
  EXPECT_NEAR(reference_um2(reference_design(4, 256, 16, 1024, 8)), 31990347.0, 31990347.0 * 0.005);
}

// With flip-flop register files, SRAMs banked to their bandwidth and the die's control and wiring
// the same design is 1.88x larger: PEs 6.23 -> 14.19 mm² (0.348 -> 485.9 µm² of register file
// each), lanes 0.39 -> 0.58 mm², L2s 16 banks and the GLB 64, and 34.33 % more for control and wiring.
TEST(AreaModel, ReferenceFlagshipWithPhysicalRegisterFilesAndControl)
{
  const auto a = reference_design(4, 256, 16, 1024, 8);
  const auto& t = technology_22nm();
  const AreaBreakdown b = compute_area(a, t);
  EXPECT_NEAR(b.pe_mm2, 16384 * (380.19472 - 0.348 + 256 * t.register_bit_area_um2) * 1e-6, 1e-9);
  EXPECT_NEAR(b.vector_mm2, 1024 * (379.977187 - 0.131 + 96 * t.register_bit_area_um2) * 1e-6, 1e-9);
  EXPECT_NEAR(b.control_mm2, 0.3433 * (b.pe_mm2 + b.vector_mm2 + b.l2_mm2 + b.glb_mm2), 1e-12);
  EXPECT_NEAR(b.pe_mm2, 14.19, 0.01);
  EXPECT_NEAR(total_um2(a) / reference_um2(a), 1.885, 0.01);
}

// Rows copied from the reference area table (shared/reference/accelerator_area_22nm.csv).
TEST(AreaModel, PinnedReferenceTableRows)
{
  EXPECT_NEAR(reference_um2(reference_design(1, 32, 2, 64, 2)), 3349193.732, 1.0);
  EXPECT_NEAR(reference_um2(reference_design(2, 256, 16, 128, 8)), 16422143.466, 1.0);
  EXPECT_NEAR(reference_um2(reference_design(4, 256, 32, 64, 2)), 18162933.224, 1.0);   // tensor L2 floor 256 KB
}

// The second weight register: one word of flip-flops (precision_bits register bits) per PE, in the
// PE-array area (and the control and wiring that grows with it), leaking like every register bit.
TEST(AreaModel, DoubleBufferAddsOneRegisterFileWordPerPe)
{
  for (const auto& [node, bits] : std::vector<std::pair<int, int>>{{22, 8}, {7, 16}}) {
    AcceleratorConfig on = design(4, 256, 16, 1024, 8);
    on.node_nm = node;
    on.precision_bits = bits;
    AcceleratorConfig off = on;
    off.weight_double_buffer = false;
    const TechnologyTables& t = technology_for(on);
    const AreaBreakdown a = compute_area(on, t), b = compute_area(off, t);
    const double pes = 4.0 * 256 * 16;
    const double word_um2 = bits * t.register_bit_area_um2;
    EXPECT_NEAR(a.pe_mm2 - b.pe_mm2, pes * word_um2 * 1e-6, 1e-12) << node << " nm, " << bits << " bit";
    EXPECT_DOUBLE_EQ(a.vector_mm2, b.vector_mm2);
    EXPECT_DOUBLE_EQ(a.l2_mm2, b.l2_mm2);
    EXPECT_DOUBLE_EQ(a.glb_mm2, b.glb_mm2);
    EXPECT_NEAR(a.control_mm2 - b.control_mm2, t.die_overhead_fraction * (a.pe_mm2 - b.pe_mm2), 1e-12);
    EXPECT_NEAR(static_power_w(on, t) - static_power_w(off, t), pes * bits * t.register_bit_leakage_w, 1e-15);
  }
  // The flagship: 16,384 PEs × 8 bits × 1.898 µm² = 0.249 mm² more, 0.334 mm² with control and wiring.
  AcceleratorConfig flagship = design(4, 256, 16, 1024, 8);
  flagship.accumulator_rows = 0;
  const double bit_um2 = technology_22nm().register_bit_area_um2;
  EXPECT_NEAR(total_um2(flagship) - total_um2(reference_design(4, 256, 16, 1024, 8)), 16384 * 8 * bit_um2 * (1 + 0.3433),
              1e-6);
}

TEST(AreaModel, BreakdownAddsUpFromTheComponents)
{
  const auto a = design(4, 256, 16, 1024, 8);
  const auto& t = technology_22nm();
  const AreaBreakdown b = compute_area(a, t);
  EXPECT_NEAR(b.pe_mm2, 4 * 256 * 16 * (t.pe_area_um2 + 8 * t.register_bit_area_um2) * 1e-6, 1e-9);   // + weight word
  EXPECT_NEAR(b.vector_mm2, 4 * 256 * t.lane_area_um2 * 1e-6, 1e-9);
  // Two 1 MB L2s of 16 banks (128 B a cycle) and a 256 KB accumulator buffer (256 rows × 256
  // columns × 4 bytes) of 256 banks (2 × 256 × 4 B a cycle) per cluster; an 8 MB GLB of 64 banks.
  const double b_exp = 1 - t.sram_area_exponent;
  const auto xbar = [&](double banks) { return std::pow(banks * 32 * t.crossbar_wire_pitch_um, 2); };
  EXPECT_NEAR(b.l2_mm2, 4 * (2 * (1642130 * std::pow(16, b_exp) + xbar(16)) + 447768 * std::pow(256, b_exp)) * 1e-6,
              1e-6);
  EXPECT_NEAR(b.glb_mm2, (12235100 * std::pow(64, b_exp) + xbar(64)) * 1e-6, 1e-6);
  EXPECT_NEAR(b.control_mm2, 0.3433 * (b.pe_mm2 + b.vector_mm2 + b.l2_mm2 + b.glb_mm2), 1e-12);
  EXPECT_DOUBLE_EQ(b.total_mm2(), b.pe_mm2 + b.vector_mm2 + b.l2_mm2 + b.glb_mm2 + b.control_mm2);
}

// The accumulator buffer: rows × columns × the partial-sum width, an SRAM from the same curve in
// the L2 area, leaking like every SRAM byte; 32-bit sums at 8 bits, 48-bit at 16 bits.
TEST(AreaModel, AccumulatorBufferIsAnSramOfRowsColumnsAndSumWidth)
{
  EXPECT_EQ(accumulator_bits(8), 32);
  EXPECT_EQ(accumulator_bits(16), 48);
  for (const auto& [node, bits] : std::vector<std::pair<int, int>>{{22, 8}, {7, 16}}) {
    AcceleratorConfig on = design(4, 128, 16, 512, 4);
    on.node_nm = node;
    on.precision_bits = bits;
    on.accumulator_rows = 300;
    AcceleratorConfig off = on;
    off.accumulator_rows = 0;
    const TechnologyTables& t = technology_for(on);
    const double bytes = 300.0 * 128 * (bits == 8 ? 4 : 6);
    EXPECT_DOUBLE_EQ(accumulator_bytes_per_cluster(on), bytes);
    EXPECT_DOUBLE_EQ(accumulator_bytes_per_cluster(off), 0.0);
    const AreaBreakdown a = compute_area(on, t), b = compute_area(off, t);
    // One read and one write per PE column a cycle: 2 × 128 × 4 (or 6) bytes, 8 bytes per macro.
    const double banks = 2 * 128 * (bits == 8 ? 4 : 6) / 8.0;
    EXPECT_EQ(sram_banks(t, accumulator_bytes_per_cycle(on)), banks);
    EXPECT_NEAR(a.l2_mm2 - b.l2_mm2, 4 * t.sram_area_um2(bytes) * std::pow(banks, 1 - t.sram_area_exponent) * 1e-6, 1e-12)
        << node << " nm, " << bits << " bit";
    EXPECT_DOUBLE_EQ(a.pe_mm2, b.pe_mm2);
    EXPECT_DOUBLE_EQ(a.glb_mm2, b.glb_mm2);
    EXPECT_NEAR(static_power_w(on, t) - static_power_w(off, t), 4 * bytes * t.sram_leakage_w_per_byte, 1e-15);
  }
}

TEST(AreaModel, TensorL2HoldsAtLeastSixteenArrayTiles)
{
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 32, 2, 64, 2)), 64 * 1024.0);
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 128, 64, 64, 2)), 128 * 1024.0);   // 128·64/64 KB
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 256, 64, 128, 2)), 256 * 1024.0);
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 256, 64, 512, 2)), 512 * 1024.0);
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 256, 16, 64, 2)), 128 * 1024.0);    // reference special case
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(design(1, 256, 32, 128, 2)), 256 * 1024.0);   // reference special case
  auto wide = design(1, 128, 64, 64, 2);
  wide.precision_bits = 16;
  EXPECT_DOUBLE_EQ(tensor_l2_bytes(wide), 256 * 1024.0);   // the weight tiles are twice the bytes
}

TEST(AreaModel, AreaDoesNotDependOnTheClockOrTheIdealisedDramLink)
{
  auto a = design(2, 64, 8, 256, 4);
  const double base = total_um2(a);
  a.dram_bw_words = 16;
  a.frequency_mhz = 1000;
  EXPECT_DOUBLE_EQ(total_um2(a), base);
}

// Bandwidth costs area: a buffer is built of ⌈bytes per cycle / 8⌉ macros (two 4-byte ports
// each), and B banks of S/B bytes take A(S) · B^(1−b) with b the CACTI curve's fitted exponent
// (≈ 0.95), plus a B × B crossbar of 32-bit ports at 4 feature sizes' pitch (CACTI 7).
TEST(AreaModel, SramBandwidthCostsArea)
{
  const TechnologyTables& t = technology_22nm();
  EXPECT_NEAR(t.sram_area_exponent, 0.9508, 1e-4);
  EXPECT_NEAR(t.crossbar_wire_pitch_um, 0.088, 1e-12);
  EXPECT_EQ(sram_banks(t, 8), 1.0);
  EXPECT_EQ(sram_banks(t, 9), 2.0);
  EXPECT_EQ(sram_banks(t, 512), 64.0);
  EXPECT_EQ(sram_banks(t, 0), 1.0);
  EXPECT_DOUBLE_EQ(banked_sram_area_um2(t, 1 << 20, 1, true), t.sram_area_um2(1 << 20));   // one macro: the row
  EXPECT_NEAR(banked_sram_area_um2(t, 1 << 20, 16, false) / t.sram_area_um2(1 << 20), 1.1462, 1e-4);
  EXPECT_NEAR(banked_sram_area_um2(t, 1 << 20, 16, true) - banked_sram_area_um2(t, 1 << 20, 16, false),
              std::pow(16 * 32 * 0.088, 2), 1e-9);
  EXPECT_EQ(banked_sram_area_um2(t, 0, 16, true), 0.0);

  // More L2 or GLB bandwidth, more banks, more area; fewer banks never cost more.
  auto a = design(2, 64, 8, 256, 4);
  double previous = 0;
  for (double words : {8.0, 32.0, 64.0, 128.0, 256.0}) {
    a.l2_bw_words = words;
    const double area = total_um2(a);
    EXPECT_GT(area, previous) << words;
    previous = area;
  }
  a = design(2, 64, 8, 256, 4);
  const double glb_512 = compute_area(a, t).glb_mm2;
  a.glb_bw_words = 64;
  EXPECT_LT(compute_area(a, t).glb_mm2, glb_512);
}

TEST(AreaModel, GrowsWithEveryResource)
{
  const auto base = design(2, 64, 8, 256, 4);
  const double area = total_um2(base);
  auto more = base;
  more.clusters = 4;
  EXPECT_GT(total_um2(more), area);
  more = base;
  more.pe_width = 128;
  EXPECT_GT(total_um2(more), area);
  more = base;
  more.pe_depth = 16;
  EXPECT_GT(total_um2(more), area);
  more = base;
  more.l2_kb = 300;   // between table points
  EXPECT_GT(total_um2(more), area);
  more = base;
  more.glb_mb = 5;
  EXPECT_GT(total_um2(more), area);
}

TEST(AreaModel, SmallerNodeSmallerChip)
{
  auto a = design(4, 256, 16, 1024, 8);
  const double at22 = total_um2(a);
  a.node_nm = 7;
  const double at7 = total_um2(a);
  EXPECT_NEAR(at7 / at22, node_scale_from_22nm(7).area, 1e-9);
}

TEST(AreaModel, SixteenBitPesAreLarger)
{
  auto a = reference_design(1, 64, 8, 64, 2);   // the PE alone, without the second weight register
  const double pe8 = compute_area(a, technology_for(a)).pe_mm2;
  a.precision_bits = 16;
  const double pe16 = compute_area(a, technology_for(a)).pe_mm2;
  const double bit_um2 = technology_22nm().register_bit_area_um2;
  EXPECT_NEAR(pe16 / pe8, (379.847 * 3.481 + 32 * 16 * bit_um2) / (379.847 + 32 * 8 * bit_um2), 1e-6);
}

TEST(AreaModel, RejectsTablesOfAnotherNodeOrWordSize)
{
  auto a = design(1, 32, 2, 64, 2);
  a.node_nm = 7;
  EXPECT_THROW(compute_area(a, technology_22nm()), std::logic_error);
  EXPECT_THROW(static_power_w(a, technology_22nm()), std::logic_error);
  a.node_nm = 22;
  a.precision_bits = 16;
  EXPECT_THROW(compute_area(a, technology_22nm()), std::logic_error);
}
