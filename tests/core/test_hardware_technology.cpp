#include <gtest/gtest.h>

#include <cmath>

#include "core/hardware/technology.h"
#include "core/io/input_error.h"

using namespace cdse;

namespace {
constexpr double k_kib = 1024.0;
}

// Values copied from the Accelergy + CACTI 22 nm tables as CATransformers ran them (docs/references.md R2).
TEST(Technology, Loads22nmTablesInSiUnits)
{
  const auto& t = technology_22nm();
  EXPECT_EQ(t.node_nm, 22);
  EXPECT_EQ(t.precision_bits, 8);
  EXPECT_DOUBLE_EQ(t.mac_area_um2, 379.847);
  EXPECT_NEAR(t.mac_energy_j, 0.469e-12, 1e-18);
  EXPECT_DOUBLE_EQ(t.reference_pe_area_um2, 380.19472);
  EXPECT_DOUBLE_EQ(t.reference_lane_area_um2, 379.977187);
  EXPECT_NEAR(t.pe_rf_read_j, 0.191e-12, 1e-18);
  EXPECT_NEAR(t.pe_rf_write_j, 0.255e-12, 1e-18);
  EXPECT_NEAR(t.lane_rf_read_j, 0.0888e-12, 1e-18);
  EXPECT_NEAR(t.lane_rf_write_j, 0.118e-12, 1e-18);
  // LPDDR4: 8 pJ/bit = 64 pJ per byte.
  EXPECT_NEAR(t.dram_j_per_byte, 64e-12, 1e-18);
  EXPECT_DOUBLE_EQ(t.sram_word_bytes, 4.0);
  ASSERT_EQ(t.sram.size(), 12u);
  EXPECT_DOUBLE_EQ(t.sram.front().size_bytes, 8 * k_kib);
  EXPECT_DOUBLE_EQ(t.sram.back().size_bytes, 16 * k_kib * k_kib);
  for (std::size_t i = 1; i < t.sram.size(); ++i)
    EXPECT_LT(t.sram[i - 1].size_bytes, t.sram[i].size_bytes);
}

// The register files are flip-flops: Aladdin's 40 nm bit (5.98 µm², 0.074 µW), scaled to 22 nm by
// the node table, in place of the reference's register-file areas (0.348 µm² for 256 bits).
TEST(Technology, RegisterFilesAreFlipFlopBits)
{
  const auto& t = technology_22nm();
  const NodeScale at40 = node_scale_from_22nm(40);
  EXPECT_DOUBLE_EQ(t.register_bit_area_um2, 5.98 / at40.area);
  EXPECT_NEAR(t.register_bit_area_um2, 1.898, 0.005);
  EXPECT_NEAR(t.register_bit_leakage_w, 0.074e-6 / at40.leakage, 1e-18);
  EXPECT_EQ(t.pe_rf_entries, 32.0);
  EXPECT_EQ(t.lane_rf_entries, 12.0);
  EXPECT_NEAR(t.pe_rf_area_um2, 32 * 8 * t.register_bit_area_um2, 1e-9);
  EXPECT_NEAR(t.lane_rf_area_um2, 12 * 8 * t.register_bit_area_um2, 1e-9);
  EXPECT_NEAR(t.pe_area_um2, 380.19472 - 0.348 + t.pe_rf_area_um2, 1e-9);
  EXPECT_NEAR(t.lane_area_um2, 379.977187 - 0.131 + t.lane_rf_area_um2, 1e-9);
  EXPECT_NEAR(t.pe_area_um2, 866.0, 1.0);   // the register file is now more than half the PE
  EXPECT_DOUBLE_EQ(t.die_overhead_fraction, 0.3433);
}

namespace {
// The sourced address-generator energy of one access to a macro of `kib` KiB: two adders as wide
// as the word address, at Aladdin's 0.21 pJ per 32-bit add scaled to 22 nm (technology_22nm.json).
double generators_pj(double kib) { return 2 * 0.0038475 * std::ceil(std::log2(kib * 1024 / 4)); }
}   // namespace

TEST(Technology, SramTableHitsItsOwnPointsExactly)
{
  const auto& t = technology_22nm();
  EXPECT_NEAR(t.sram_area_um2(64 * k_kib), 105921, 1e-6);
  EXPECT_NEAR(t.sram_area_um2(1024 * k_kib), 1642130, 1e-5);
  // The published energies, less Accelergy's 2 pJ placeholder, plus the sourced generators.
  EXPECT_NEAR(t.sram_read_j(8 * k_kib * k_kib), (49.080 - 2 + generators_pj(8192)) * 1e-12, 1e-20);
  EXPECT_NEAR(t.sram_write_j(16 * k_kib), (3.620 - 2 + generators_pj(16)) * 1e-12, 1e-20);
}

// The placeholder was most of a small macro's access energy: 8 KB reads cost 2.657 pJ as published
// and 0.742 pJ with 11-bit generators; 16 MB ones 70.787 and 68.956 pJ.
TEST(Technology, SramEnergiesReplaceThePlaceholderAddressGenerators)
{
  const auto& t = technology_22nm();
  EXPECT_NEAR(t.sram_read_j(8 * k_kib), (2.657 - 2 + 2 * 0.0038475 * 11) * 1e-12, 1e-20);
  EXPECT_NEAR(t.sram_read_j(8 * k_kib), 0.7416e-12, 1e-16);
  EXPECT_NEAR(t.sram_read_j(16 * k_kib * k_kib), 68.9562e-12, 1e-16);
  for (std::size_t i = 1; i < t.sram.size(); ++i)
    EXPECT_LT(t.sram[i - 1].read_j, t.sram[i].read_j);   // bigger macros still cost more per access
}

TEST(Technology, SramInterpolatesInLogLogSpace)
{
  const auto& t = technology_22nm();
  // Halfway in log(size) between 64 KB and 128 KB is the geometric mean of the two values.
  const double size = std::sqrt(64.0 * 128.0) * k_kib;
  EXPECT_NEAR(t.sram_area_um2(size), std::sqrt(105921.0 * 219485.0), 1e-6);
  EXPECT_NEAR(t.sram_read_j(size), std::sqrt((5.428 - 2 + generators_pj(64)) * (6.740 - 2 + generators_pj(128))) * 1e-12,
              1e-20);
  // Monotone between points.
  EXPECT_GT(t.sram_area_um2(100 * k_kib), 105921);
  EXPECT_LT(t.sram_area_um2(100 * k_kib), 219485);
}

TEST(Technology, SramExtrapolatesBeyondTheTableEnds)
{
  const auto& t = technology_22nm();
  // Above 16 MB: the 8 MB -> 16 MB slope continues.
  const double slope_hi = std::log(22693800.0 / 12235100.0) / std::log(2.0);
  EXPECT_NEAR(t.sram_area_um2(64 * k_kib * k_kib), 22693800.0 * std::pow(4.0, slope_hi), 1e-3);
  EXPECT_GT(t.sram_area_um2(32 * k_kib * k_kib), 22693800.0);
  // Below 8 KB: the 8 KB -> 16 KB slope continues downward.
  const double slope_lo = std::log(32476.6 / 17858.8) / std::log(2.0);
  EXPECT_NEAR(t.sram_area_um2(2 * k_kib), 17858.8 * std::pow(0.25, slope_lo), 1e-6);
  EXPECT_LT(t.sram_read_j(4 * k_kib), t.sram_read_j(8 * k_kib));
  EXPECT_GT(t.sram_read_j(4 * k_kib), 0.0);
  // No SRAM, no area.
  EXPECT_EQ(t.sram_area_um2(0), 0.0);
}

TEST(Technology, LeakageIsPositiveAndSmallAgainstDynamicPower)
{
  const auto& t = technology_22nm();
  EXPECT_GT(t.mac_leakage_w, 0.0);
  EXPECT_GT(t.sram_leakage_w_per_byte, 0.0);
  // 0.69 % of 0.469 pJ at 1 GHz (Aladdin's leakage-to-dynamic ratio for the integer MAC).
  EXPECT_NEAR(t.mac_leakage_w, 0.0069 * 0.469e-12 * 1e9, 1e-12);
  // 50 pA/bit at 0.8 V = 40 pW per bit = 320 pW per byte.
  EXPECT_NEAR(t.sram_leakage_w_per_byte, 320e-12, 1e-18);
}

TEST(Technology, SixteenBitWordsScaleMacAndRegisterFiles)
{
  AcceleratorConfig a;
  a.precision_bits = 16;
  const auto& t16 = technology_for(a);
  const auto& t8 = technology_22nm();
  EXPECT_EQ(t16.precision_bits, 16);
  EXPECT_NEAR(t16.mac_energy_j / t8.mac_energy_j, 3.766, 1e-9);
  EXPECT_NEAR(t16.mac_area_um2 / t8.mac_area_um2, 3.481, 1e-9);
  EXPECT_NEAR(t16.pe_rf_read_j / t8.pe_rf_read_j, 2.0, 1e-12);
  EXPECT_NEAR(t16.pe_area_um2, 379.847 * 3.481 + 32 * 16 * t8.register_bit_area_um2, 1e-3);
  EXPECT_NEAR(t16.lane_area_um2, 379.847 * 3.481 + 12 * 16 * t8.register_bit_area_um2, 1e-3);
  EXPECT_EQ(t16.register_bit_area_um2, t8.register_bit_area_um2);   // a wider word has more bits, not bigger ones
  // SRAM and DRAM are per byte moved: unchanged.
  EXPECT_DOUBLE_EQ(t16.sram_area_um2(65536), t8.sram_area_um2(65536));
  EXPECT_DOUBLE_EQ(t16.dram_j_per_byte, t8.dram_j_per_byte);
}

TEST(Technology, RejectsUnsupportedWordSizeNamingTheChoices)
{
  AcceleratorConfig a;
  a.precision_bits = 4;
  try {
    technology_for(a);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "precision_bits");
    EXPECT_NE(e.problem().find("8, 16"), std::string::npos) << e.what();
  }
}

TEST(Technology, TechnologyForReturnsTheSameCachedTables)
{
  AcceleratorConfig a;
  const TechnologyTables* first = &technology_for(a);
  EXPECT_EQ(first, &technology_for(a));
  EXPECT_EQ(first->node_nm, 22);
  EXPECT_DOUBLE_EQ(first->pe_area_um2, technology_22nm().pe_area_um2);
}

// Oracle, written out field by field: a node scales every on-chip component from the 22 nm tables,
// a word size then scales the MAC and register files inside PEs and lanes (the rest of a PE keeps
// its area). Compared exactly: search results must not move by a bit.
TEST(Technology, NodeAndWordSizeScalingMatchesTheFieldByFieldOracle)
{
  const TechnologyTables& base = technology_22nm();
  for (int node : supported_nodes_nm()) {
    const NodeScale s = node_scale_from_22nm(node);
    for (int bits : supported_precisions_bits()) {
      SCOPED_TRACE(std::to_string(node) + " nm, " + std::to_string(bits) + " bits");
      const PrecisionScale p = bits == base.precision_bits ? PrecisionScale{} : precision_scale(bits);
      AcceleratorConfig a;
      a.node_nm = node;
      a.precision_bits = bits;
      const TechnologyTables& t = technology_for(a);
      const double node_mac_area = base.mac_area_um2 * s.area;
      const double node_pe_rf_area = base.pe_rf_area_um2 * s.area;
      const double node_lane_rf_area = base.lane_rf_area_um2 * s.area;
      const double mac_area = node_mac_area * p.mac_area;
      const double pe_rf_area = node_pe_rf_area * p.register_file;
      const double lane_rf_area = node_lane_rf_area * p.register_file;
      EXPECT_EQ(t.node_nm, node);
      EXPECT_EQ(t.precision_bits, bits);
      EXPECT_EQ(t.mac_area_um2, mac_area);
      EXPECT_EQ(t.pe_rf_area_um2, pe_rf_area);
      EXPECT_EQ(t.lane_rf_area_um2, lane_rf_area);
      EXPECT_EQ(t.pe_area_um2, base.pe_area_um2 * s.area + ((mac_area - node_mac_area) + (pe_rf_area - node_pe_rf_area)));
      EXPECT_EQ(t.lane_area_um2,
                base.lane_area_um2 * s.area + ((mac_area - node_mac_area) + (lane_rf_area - node_lane_rf_area)));
      EXPECT_EQ(t.mac_energy_j, base.mac_energy_j * s.energy * p.mac_energy);
      EXPECT_EQ(t.pe_rf_read_j, base.pe_rf_read_j * s.energy * p.register_file);
      EXPECT_EQ(t.pe_rf_write_j, base.pe_rf_write_j * s.energy * p.register_file);
      EXPECT_EQ(t.lane_rf_read_j, base.lane_rf_read_j * s.energy * p.register_file);
      EXPECT_EQ(t.lane_rf_write_j, base.lane_rf_write_j * s.energy * p.register_file);
      EXPECT_EQ(t.mac_leakage_w, base.mac_leakage_w * s.leakage * p.mac_energy);
      EXPECT_EQ(t.register_bit_area_um2, base.register_bit_area_um2 * s.area);
      EXPECT_EQ(t.register_bit_leakage_w, base.register_bit_leakage_w * s.leakage);
      EXPECT_EQ(t.die_overhead_fraction, base.die_overhead_fraction);
      EXPECT_EQ(t.crossbar_wire_pitch_um, base.crossbar_wire_pitch_um * std::sqrt(s.area));
      EXPECT_EQ(t.sram_area_exponent, base.sram_area_exponent);   // a node scales every row alike
      EXPECT_EQ(t.sram_leakage_w_per_byte, base.sram_leakage_w_per_byte * s.leakage);
      ASSERT_EQ(t.sram.size(), base.sram.size());
      for (std::size_t i = 0; i < t.sram.size(); ++i) {
        EXPECT_EQ(t.sram[i].size_bytes, base.sram[i].size_bytes);
        EXPECT_EQ(t.sram[i].area_um2, base.sram[i].area_um2 * s.area);
        EXPECT_EQ(t.sram[i].read_j, base.sram[i].read_j * s.energy);
        EXPECT_EQ(t.sram[i].write_j, base.sram[i].write_j * s.energy);
      }
    }
  }
}
