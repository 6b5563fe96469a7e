#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <vector>

#include "core/hardware/accumulator.h"
#include "core/sim/hardware_view.h"
#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"
#include "sim_test_support.h"

// The accumulator buffer (docs/models/simulator.md, accumulators): partial sums stay in it when a
// row block fits, cost its own SRAM energy and no L2 bandwidth; otherwise they go through the L2.
using namespace cdse;
using cdse::test::gemm;
using cdse::test::single;

namespace {

AcceleratorConfig one_cluster(int width, int depth)
{
  AcceleratorConfig a;
  a.clusters = 1;
  a.pe_width = width;
  a.pe_depth = depth;
  a.l2_kb = 1024;
  a.glb_mb = 64;
  a.glb_bw_words = 1e6;
  a.dram_bw_words = 1e6;
  return a;
}

}   // namespace

// Without a buffer every partial-sum read and write crosses the L2 port: the flagship's GEMMs
// become L2-bound (issue 15: "counted against L2 bandwidth the flagship would take 36 ms"). With
// the default 256 rows the 197- and 77-token row blocks fit and the L2 carries operands only.
TEST(SimulatorAccumulator, WithoutABufferPartialSumsCompeteForTheL2Bandwidth)
{
  Simulator sim;
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  AcceleratorConfig with;
  ASSERT_EQ(with.accumulator_rows, 256);
  AcceleratorConfig without = with;
  without.accumulator_rows = 0;
  const auto a = sim.simulate(w, with), b = sim.simulate(w, without);
  EXPECT_GT(b.latency_s, 5.0 * a.latency_s);
  int l2_bound_with = 0, l2_bound_without = 0, gemms = 0;
  for (std::size_t i = 0; i < a.ops.size(); ++i) {
    const Operator& op = w.ops[a.ops[i].op_index];
    if (op.kind != OpKind::Gemm)
      continue;
    ++gemms;
    l2_bound_with += a.ops[i].bound == "l2-bandwidth";
    l2_bound_without += b.ops[i].bound == "l2-bandwidth";
    EXPECT_LE(a.ops[i].latency_s, b.ops[i].latency_s * (1 + 1e-12)) << op.name;
  }
  EXPECT_EQ(l2_bound_with, 0);
  EXPECT_GT(l2_bound_without, gemms / 2);
  // The buffer is SRAM area the chip pays for: four 256 KB buffers.
  EXPECT_GT(a.area.l2_mm2, b.area.l2_mm2);
}

// One cluster, one output tile (n = C), four K folds, every row in the buffer: the L2 carries the
// A rows and weights in and the outputs out (written once from the buffer, read once to the GLB);
// the buffer takes 4 writes and 3 + 1 (drain) reads of a 4-byte sum per output.
TEST(SimulatorAccumulator, PartialSumTrafficIsChargedToTheBufferByHand)
{
  const std::int64_t m = 64, k = 64, n = 256, R = 16;
  const AcceleratorConfig a = one_cluster(static_cast<int>(n), static_cast<int>(R));
  const HardwareView hw = make_hardware_view(a);
  ASSERT_DOUBLE_EQ(hw.psum_bytes, 4.0);
  ASSERT_DOUBLE_EQ(hw.accumulator_bytes, 256.0 * 256 * 4);
  Simulator sim;
  const auto op = sim.simulate(single(gemm(m, k, n)), a).ops[0];
  EXPECT_NE(op.mapping.find("partial sums in the accumulators"), std::string::npos) << op.mapping;
  const double folds = double(k) / R, outputs = double(m) * n;
  const double l2_reads = m * k + k * n + outputs;    // A stream, weight stream, outputs out
  const double l2_writes = m * k + k * n + outputs;   // A fill, weight fill, outputs in
  const double acc_reads = outputs * (folds - 1) * 4 + outputs * 4, acc_writes = outputs * folds * 4;
  const double expected = l2_reads * hw.l2t_read_j_per_byte + l2_writes * hw.l2t_write_j_per_byte +
                          acc_reads * hw.acc_read_j_per_byte + acc_writes * hw.acc_write_j_per_byte;
  EXPECT_NEAR(op.energy.l2_j, expected, expected * 1e-12);
  // A smaller buffer is a smaller SRAM: cheaper per access (the CACTI curve).
  EXPECT_LT(hw.acc_read_j_per_byte, hw.l2t_read_j_per_byte);
}

// A row block larger than the buffer: with a tight L2 port the mapper tiles M to what the buffer
// holds rather than send partial sums over the port; with a free port (and no double buffering)
// the whole-block schedule in the L2 stays, so SCALE-Sim's cycle count still holds.
TEST(SimulatorAccumulator, ARowBlockLargerThanTheBufferIsTiledOrKeptInTheL2)
{
  Simulator sim;
  AcceleratorConfig a = one_cluster(256, 16);
  a.accumulator_rows = 64;
  a.l2_bw_words = 64;
  const auto tiled = sim.simulate(single(gemm(197, 768, 768)), a).ops[0];
  EXPECT_NE(tiled.mapping.find("M tile 64"), std::string::npos) << tiled.mapping;
  EXPECT_NE(tiled.mapping.find("partial sums in the accumulators"), std::string::npos) << tiled.mapping;

  a.l2_bw_words = 1e6;
  a.weight_double_buffer = false;
  const auto free_port = sim.simulate(single(gemm(197, 768, 768)), a).ops[0];
  EXPECT_DOUBLE_EQ(free_port.cycles, (768.0 / 16) * (768.0 / 256) * (2 * 16 + 256 + 197 - 2));
}

// Accumulator width is 2 × word + 16 guard bits: the 16-bit datapath's sums are 6 bytes (not 8),
// which is what the buffer's size and every partial-sum byte are charged at.
TEST(SimulatorAccumulator, SixteenBitSumsAreSixBytes)
{
  AcceleratorConfig a = one_cluster(128, 16);
  a.precision_bits = 16;
  const HardwareView hw = make_hardware_view(a);
  EXPECT_DOUBLE_EQ(hw.psum_bytes, 6.0);
  EXPECT_DOUBLE_EQ(hw.accumulator_bytes, 256.0 * 128 * 6);
  EXPECT_DOUBLE_EQ(accumulator_bytes_per_cluster(a), hw.accumulator_bytes);
}

// More buffer rows never make a GEMM slower: every mapping a smaller buffer allows, a larger one
// allows too (a tile that fits the smaller buffer fits the larger).
TEST(SimulatorAccumulator, MoreRowsAreNeverSlower)
{
  Simulator sim;
  for (auto [m, k, n] : std::vector<std::array<std::int64_t, 3>>{{197, 768, 3072}, {77, 512, 2048}, {197, 3072, 768}}) {
    double previous = INFINITY;
    for (int rows : {0, 16, 64, 128, 256, 1024}) {
      AcceleratorConfig a;
      a.accumulator_rows = rows;
      const double cycles = sim.simulate(single(gemm(m, k, n)), a).ops[0].cycles;
      EXPECT_LE(cycles, previous * (1 + 1e-12)) << m << "x" << k << "x" << n << " rows " << rows;
      previous = cycles;
    }
  }
}
