#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

#include "core/hardware/accumulator.h"
#include "core/hardware/area_model.h"
#include "core/hardware/technology.h"
#include "core/sim/gemm_cost_model.h"
#include "core/sim/hardware_view.h"
#include "core/sim/simulator.h"
#include "sim_test_support.h"

using namespace cdse;
using cdse::test::gemm;
using cdse::test::single;
using cdse::test::unbounded;

namespace {

constexpr std::array<Dataflow, 3> k_stationary = {Dataflow::WeightStationary, Dataflow::OutputStationary,
                                                  Dataflow::InputStationary};

const std::vector<std::array<std::int64_t, 5>> k_shapes = {{197, 768, 768, 16, 256}, {197, 64, 197, 16, 256},
                                                           {197, 197, 64, 8, 128},   {77, 512, 2048, 32, 64},
                                                           {1, 768, 512, 64, 32},    {50, 100, 300, 7, 33},
                                                           {10, 16, 256, 16, 256},   {300, 5, 7, 32, 32}};

AcceleratorConfig random_accelerator(std::mt19937_64& rng)
{
  AcceleratorConfig a;
  a.clusters = 1 << (rng() % 3);
  a.pe_width = 8 << (rng() % 6);
  a.pe_depth = 2 << (rng() % 6);
  a.l2_kb = 64 << (rng() % 5);
  a.l2_bw_words = 16 << (rng() % 4);
  a.glb_mb = 2 << (rng() % 3);
  a.accumulator_rows = static_cast<int>(rng() % 3) * 128;
  a.weight_double_buffer = rng() % 2;
  return a;
}

Operator random_gemm(std::mt19937_64& rng)
{
  Operator op = gemm(1 + rng() % 600, 1 + rng() % 4000, 1 + rng() % 4000,
                     rng() % 2 ? OperandSource::Weights : OperandSource::Activations);
  op.parallel_instances = 1 + static_cast<std::int64_t>(rng() % 12);
  return op;
}

}   // namespace

TEST(SimulatorDataflows, OneClusterUnbufferedUnboundedMatchesScaleSimPerDataflow)
{
  // SCALE-Sim's analytic compute cycles (Samajdar et al., ISPASS 2020): ⌈Sr/R⌉·⌈Sc/C⌉ folds of
  // 2R + C + T − 2, (Sr, Sc, T) = (K, N, M) for WS, (M, N, K) for OS, (K, M, N) for IS; exact.
  Simulator sim;
  for (auto [m, k, n, r, c] : k_shapes) {
    const double R = double(r), C = double(c);
    const double expected[] = {std::ceil(double(k) / R) * std::ceil(double(n) / C) * (2.0 * R + C + double(m) - 2.0),
                               std::ceil(double(m) / R) * std::ceil(double(n) / C) * (2.0 * R + C + double(k) - 2.0),
                               std::ceil(double(k) / R) * std::ceil(double(m) / C) * (2.0 * R + C + double(n) - 2.0)};
    for (std::size_t d = 0; d < k_stationary.size(); ++d) {
      AcceleratorConfig a = unbounded(1, static_cast<int>(c), static_cast<int>(r));
      a.weight_double_buffer = false;
      a.dataflow = k_stationary[d];
      const auto rep = sim.simulate(single(gemm(m, k, n)), a);
      ASSERT_EQ(rep.ops.size(), 1u);
      EXPECT_DOUBLE_EQ(rep.ops[0].cycles, expected[d])
          << to_string(a.dataflow) << " " << m << "x" << k << "x" << n << " on " << r << "x" << c;
      EXPECT_DOUBLE_EQ(systolic_fold_cycles(a.dataflow, double(m), double(k), double(n), R, C), expected[d]);
    }
  }
}

TEST(SimulatorDataflows, DoubleBufferedOutputStationaryDrainsBehindTheNextFold)
{
  // A second output register per PE: 2R + C − 2 once, K per fold, and R − K more before each fold
  // after one whose reduction is shorter than the R-cycle drain.
  Simulator sim;
  for (auto [m, k, n, r, c] : k_shapes) {
    AcceleratorConfig a = unbounded(1, static_cast<int>(c), static_cast<int>(r));
    a.dataflow = Dataflow::OutputStationary;
    const double folds = std::ceil(double(m) / r) * std::ceil(double(n) / c);
    const double expected = 2.0 * r + c - 2.0 + folds * k + (folds - 1.0) * std::max(0.0, double(r) - double(k));
    EXPECT_DOUBLE_EQ(sim.simulate(single(gemm(m, k, n)), a).ops[0].cycles, expected)
        << m << "x" << k << "x" << n << " on " << r << "x" << c;
  }
}

TEST(SimulatorDataflows, InputStationaryIsWeightStationaryOnTheTransposedProduct)
{
  // With both operands activations the transposed GEMM has the same footprints, so IS on (m, k, n)
  // and WS on (n, k, m) are the same mapping problem: equal cycles and energy on any accelerator.
  std::mt19937_64 rng(9);
  Simulator sim;
  for (int i = 0; i < 300; ++i) {
    AcceleratorConfig a = random_accelerator(rng);
    Operator op = random_gemm(rng);
    op.b_source = OperandSource::Activations;
    Operator swapped = op;
    std::swap(swapped.m, swapped.n);
    a.dataflow = Dataflow::InputStationary;
    const auto is = sim.simulate(single(op), a, {.per_op_detail = true}).ops[0];
    a.dataflow = Dataflow::WeightStationary;
    const auto ws = sim.simulate(single(swapped), a, {.per_op_detail = true}).ops[0];
    EXPECT_DOUBLE_EQ(is.cycles, ws.cycles) << i;
    EXPECT_DOUBLE_EQ(is.energy.dynamic_j(), ws.energy.dynamic_j()) << i;
    EXPECT_EQ(is.mapping.substr(0, 3), "IS ");
  }
}

TEST(SimulatorDataflows, BestIsTheFastestStationaryDataflowPerGemm)
{
  std::mt19937_64 rng(21);
  Simulator sim;
  int picked[3] = {0, 0, 0};
  for (int i = 0; i < 400; ++i) {
    AcceleratorConfig a = random_accelerator(rng);
    const Operator op = random_gemm(rng);
    double fastest = INFINITY;
    for (Dataflow d : k_stationary) {
      a.dataflow = d;
      fastest = std::min(fastest, sim.simulate(single(op), a).cycles);
    }
    a.dataflow = Dataflow::Best;
    const auto best = sim.simulate(single(op), a, {.per_op_detail = true});
    EXPECT_NEAR(best.cycles, fastest, fastest * 1e-12) << i;
    const std::string& mapping = best.ops[0].mapping;
    ++picked[mapping.starts_with("WS ") ? 0 : mapping.starts_with("OS ") ? 1 : 2];
  }
  // The choice is real: over random shapes and arrays each dataflow wins somewhere.
  for (int count : picked)
    EXPECT_GT(count, 0);
}

TEST(SimulatorDataflows, OutputStationaryKeepsPartialSumsInThePesButStreamsBothOperands)
{
  // The reference's 16 × 256 array on a vision projection: no partial sum reaches an SRAM (less L2
  // traffic than WS keeping them in the L2), but R + C = 272 words a cycle must stream against
  // 128 words of L2 bandwidth, so the op is bound by the L2.
  Simulator sim;
  AcceleratorConfig a;   // the flagship
  a.dataflow = Dataflow::OutputStationary;
  const auto os = sim.simulate(single(gemm(197, 768, 768)), a, {.per_op_detail = true}).ops[0];
  EXPECT_EQ(os.bound, std::string("l2-bandwidth"));
  EXPECT_NE(os.mapping.find("outputs accumulated in the PEs"), std::string::npos) << os.mapping;
  a.dataflow = Dataflow::WeightStationary;
  EXPECT_GT(os.cycles, sim.simulate(single(gemm(197, 768, 768)), a).cycles);
  // On a square array with ample bandwidth OS needs no L2 round trips for partial sums: its L2
  // energy is below WS's with the partial sums in the L2.
  AcceleratorConfig square = unbounded(1, 64, 64);
  square.accumulator_rows = 0;
  square.dataflow = Dataflow::OutputStationary;
  const double os_l2 = sim.simulate(single(gemm(197, 3072, 768)), square).energy.l2_j;
  square.dataflow = Dataflow::WeightStationary;
  const double ws_l2 = sim.simulate(single(gemm(197, 3072, 768)), square).energy.l2_j;
  EXPECT_LT(os_l2, ws_l2);
}

TEST(SimulatorDataflows, ArraysThatHoldOutputsDoubleBufferAPartialSum)
{
  // ws and is keep one more word per PE; os and best one more partial sum (32 bits at 8-bit words).
  const TechnologyTables& tech = technology_22nm();
  AcceleratorConfig a;
  const double word = second_register_area_um2_per_pe(a, tech);
  EXPECT_DOUBLE_EQ(word, 8 * tech.register_bit_area_um2);
  a.dataflow = Dataflow::InputStationary;
  EXPECT_DOUBLE_EQ(second_register_area_um2_per_pe(a, tech), word);
  for (Dataflow d : {Dataflow::OutputStationary, Dataflow::Best}) {
    a.dataflow = d;
    EXPECT_DOUBLE_EQ(second_register_area_um2_per_pe(a, tech), accumulator_bits(8) * tech.register_bit_area_um2);
    const double pes = double(a.clusters) * a.pe_width * a.pe_depth;
    AcceleratorConfig ws = a;
    ws.dataflow = Dataflow::WeightStationary;
    EXPECT_NEAR(compute_area(a, tech).pe_mm2 - compute_area(ws, tech).pe_mm2,
                pes * (accumulator_bits(8) - 8) * tech.register_bit_area_um2 / 1e6, 1e-12);
    a.weight_double_buffer = false;
    EXPECT_DOUBLE_EQ(second_register_area_um2_per_pe(a, tech), 0.0);
    a.weight_double_buffer = true;
  }
}
