#include <gtest/gtest.h>

#include "core/hardware/sram_banking.h"
#include "core/hardware/supply_voltage.h"
#include "core/hardware/technology.h"
#include "core/sim/hardware_view.h"

// The crossbar of a banked buffer charges every byte through it (docs/models/hardware.md, SRAM
// banking): 8 bits, each across one wire of the crossbar's width and one of its height at C·V²
// (CACTI 7's Crossbar::compute_power), with CACTI's 22 nm semi-global wire of 0.18 fF/µm.
using namespace cdse;

// AcceleratorConfig's defaults are the flagship: 128 one-byte words a cycle per L2 (16 banks),
// 512 for the GLB (64).

TEST(SramCrossbarEnergy, EightBitsAcrossTheWidthAndTheHeight)
{
  const TechnologyTables& t = technology_22nm();
  EXPECT_EQ(crossbar_energy_j_per_byte(t, 1, 0.8), 0.0);   // one macro: no crossbar
  // 64 banks × 32 wires × 0.088 µm = 180.224 µm a side; 8 × 2 × 180.224 µm × 0.18 fF/µm × 0.64 V².
  EXPECT_NEAR(crossbar_energy_j_per_byte(t, 64, 0.8), 8 * 2 * 180.224e-6 * 0.18e-9 * 0.64, 1e-18);
  EXPECT_NEAR(crossbar_energy_j_per_byte(t, 64, 0.8) * 1e12, 0.3322, 1e-4);   // pJ
  // Linear in the bank count (the side), quadratic in the supply.
  EXPECT_NEAR(crossbar_energy_j_per_byte(t, 16, 0.8) * 4, crossbar_energy_j_per_byte(t, 64, 0.8), 1e-20);
  EXPECT_NEAR(crossbar_energy_j_per_byte(t, 64, 0.4) * 4, crossbar_energy_j_per_byte(t, 64, 0.8), 1e-20);
}

TEST(SramCrossbarEnergy, BankedBuffersAddItToTheMacrosEnergyPerByte)
{
  const TechnologyTables& t = technology_22nm();
  const AcceleratorConfig a;   // the flagship
  const HardwareView hw = make_hardware_view(a);
  const double per = 1.0 / t.sram_word_bytes;   // the reference clock: the tables' own supply
  ASSERT_DOUBLE_EQ(reference_vdd_v(), 0.8);
  const double l2_crossbar = crossbar_energy_j_per_byte(t, 16, 0.8);
  const double glb_crossbar = crossbar_energy_j_per_byte(t, 64, 0.8);
  EXPECT_NEAR(hw.l2t_read_j_per_byte, t.sram_read_j(hw.l2_tensor_bytes) * per + l2_crossbar, 1e-18);
  EXPECT_NEAR(hw.l2v_write_j_per_byte, t.sram_write_j(hw.l2_vector_bytes) * per + l2_crossbar, 1e-18);
  EXPECT_NEAR(hw.glb_read_j_per_byte, t.sram_read_j(hw.glb_bytes) * per + glb_crossbar, 1e-18);
  EXPECT_NEAR(hw.glb_write_j_per_byte, t.sram_write_j(hw.glb_bytes) * per + glb_crossbar, 1e-18);
  // The accumulator buffer's banks sit under their own columns: no crossbar.
  EXPECT_NEAR(hw.acc_read_j_per_byte, t.sram_read_j(hw.accumulator_bytes) * per, 1e-18);
  // About 2 % of the flagship's GLB read and L2 read energy.
  EXPECT_GT(glb_crossbar / hw.glb_read_j_per_byte, 0.02);
  EXPECT_LT(glb_crossbar / hw.glb_read_j_per_byte, 0.04);
  EXPECT_GT(l2_crossbar / hw.l2t_read_j_per_byte, 0.01);
  EXPECT_LT(l2_crossbar / hw.l2t_read_j_per_byte, 0.03);
}

TEST(SramCrossbarEnergy, BandwidthCostsEnergyAsWellAsArea)
{
  AcceleratorConfig narrow;
  narrow.glb_bw_words = 8;   // one macro's 8 bytes a cycle: one bank
  narrow.l2_bw_words = 8;
  const TechnologyTables& t = technology_22nm();
  const HardwareView one_bank = make_hardware_view(narrow);
  EXPECT_NEAR(one_bank.glb_read_j_per_byte, t.sram_read_j(one_bank.glb_bytes) / t.sram_word_bytes, 1e-18);
  EXPECT_NEAR(one_bank.l2t_read_j_per_byte, t.sram_read_j(one_bank.l2_tensor_bytes) / t.sram_word_bytes, 1e-18);
  double previous = one_bank.glb_read_j_per_byte;
  for (double words : {16.0, 64.0, 256.0, 1024.0}) {
    AcceleratorConfig wider = narrow;
    wider.glb_bw_words = words;
    const double per_byte = make_hardware_view(wider).glb_read_j_per_byte;
    EXPECT_GT(per_byte, previous) << words;
    previous = per_byte;
  }
}

TEST(SramCrossbarEnergy, ScalesWithTheClocksSupplyAsTheMacrosDo)
{
  AcceleratorConfig fast;
  fast.frequency_mhz = 1000;   // above the reference 625 MHz: a higher supply
  const OperatingPoint op = operating_point(fast.node_nm, fast.frequency_mhz);
  ASSERT_GT(op.dynamic_energy_factor, 1.0);
  const TechnologyTables& t = technology_22nm();
  const HardwareView hw = make_hardware_view(fast);
  const double macro = t.sram_read_j(hw.glb_bytes) / t.sram_word_bytes;
  EXPECT_NEAR(hw.glb_read_j_per_byte, (macro + crossbar_energy_j_per_byte(t, 64, 0.8)) * op.dynamic_energy_factor, 1e-18);
  EXPECT_NEAR(crossbar_energy_j_per_byte(t, 64, op.vdd_v),
              crossbar_energy_j_per_byte(t, 64, 0.8) * op.dynamic_energy_factor, 1e-18);
}

TEST(SramCrossbarEnergy, FollowsTheNodesSramEnergy)
{
  // At another node the crossbar's energy per byte scales as the macros' energy (so a node
  // override re-scores a design exactly as re-simulating it would).
  const TechnologyTables& t22 = technology_22nm();
  const TechnologyTables t7 = technology_for_node(7);
  const double macro_ratio = t7.sram_read_j(1 << 20) / t22.sram_read_j(1 << 20);
  EXPECT_NEAR(crossbar_energy_j_per_byte(t7, 64, 0.8) / crossbar_energy_j_per_byte(t22, 64, 0.8), macro_ratio, 1e-12);
}
