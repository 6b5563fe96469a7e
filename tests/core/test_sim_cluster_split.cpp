#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/sim/gemm_cost_model.h"
#include "core/sim/hardware_view.h"
#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"
#include "sim_test_support.h"

// Cluster splits (docs/models/simulator.md, mapping choice): every output × reduction × rows split
// of one instance, and the independent instances of a multi-instance op (the heads of a layer)
// run several at a time on disjoint clusters.
using namespace cdse;

namespace {

// An attention-like GEMM (activations only) of `parallel` independent instances.
Operator gemm(std::int64_t m, std::int64_t k, std::int64_t n, std::int64_t parallel = 1)
{
  Operator op = cdse::test::gemm(m, k, n, OperandSource::Activations);
  op.count = parallel;
  op.parallel_instances = parallel;
  return op;
}

// Bandwidth, capacity and accumulators far beyond any traffic: cycles are compute cycles.
AcceleratorConfig unbounded(int clusters, int width, int depth)
{
  AcceleratorConfig a = cdse::test::unbounded(clusters, width, depth);
  a.accumulator_rows = 65536;
  return a;
}

// The oracle: the least compute cycles per instance over every split p_n × p_k × p_m ≤ P/g of
// every group size g, written out directly (double-buffered folds, all rows in one M tile).
double brute_force_compute(const Operator& op, const AcceleratorConfig& a)
{
  const double R = a.pe_depth, C = a.pe_width;
  const double nf = std::ceil(double(op.n) / C), kf = std::ceil(double(op.k) / R);
  const std::int64_t I = op.parallel_instances;
  double best = INFINITY;
  for (std::int64_t g = 1; g <= std::min<std::int64_t>(a.clusters, I); ++g) {
    const std::int64_t Q = a.clusters / g;
    for (std::int64_t pn = 1; pn <= Q; ++pn)
      for (std::int64_t pk = 1; pn * pk <= Q; ++pk)
        for (std::int64_t pm = 1; pn * pk * pm <= Q; ++pm) {
          const double folds = std::ceil(nf / double(pn)) * std::ceil(kf / double(pk));
          const double rows = std::ceil(double(op.m) / double(pm));
          const double compute = (2 * R + C - 2) + folds * rows + (folds - 1) * std::max(0.0, R - rows);
          const double rounds = std::ceil(double(I) / double(g));
          best = std::min(best, compute * rounds / double(I));
        }
  }
  return best;
}

}   // namespace

// With unlimited bandwidth the mapper finds the fastest split of all: it equals the brute force
// over every (g, p_n, p_k, p_m), on random shapes, cluster counts and head counts.
TEST(SimulatorClusterSplit, FastestSplitMatchesBruteForceOverEverySplit)
{
  std::mt19937_64 rng(15);
  for (int trial = 0; trial < 400; ++trial) {
    const int clusters = 1 + static_cast<int>(rng() % 8);
    const int width = 8 << (rng() % 4), depth = 4 << (rng() % 4);
    const Operator op = gemm(1 + static_cast<std::int64_t>(rng() % 300), 1 + static_cast<std::int64_t>(rng() % 600),
                             1 + static_cast<std::int64_t>(rng() % 600), 1 + static_cast<std::int64_t>(rng() % 12));
    const AcceleratorConfig a = unbounded(clusters, width, depth);
    const OpCost cost = gemm_cost(op, make_hardware_view(a));
    const double expected = brute_force_compute(op, a);
    ASSERT_NEAR(cost.cycles, expected, 1e-9 * expected)
        << "trial " << trial << ": " << op.m << "x" << op.k << "x" << op.n << " ×" << op.parallel_instances << " on "
        << clusters << "x" << width << "x" << depth;
    ASSERT_EQ(cost.bound, Bound::Compute);
    ASSERT_LE(cost.active_clusters, clusters);
  }
}

// Issue 15's case: 3 output folds on 4 clusters used to leave one cluster idle; now the split
// also cuts the reduction or the rows, and every cluster works.
TEST(SimulatorClusterSplit, ThreeOutputFoldsUseAllFourClusters)
{
  const AcceleratorConfig a = unbounded(4, 32, 32);
  const Operator op = gemm(256, 256, 96);   // 3 output folds, 8 reduction folds
  const OpCost cost = gemm_cost(op, make_hardware_view(a));
  EXPECT_EQ(cost.active_clusters, 4);
  EXPECT_EQ(cost.split_n * cost.split_k * cost.split_m, 4);
}

// The heads of a layer run at once on disjoint clusters: CLIP's vision Q·Kᵀ (197 × 64 · 64 × 197)
// on the flagship (4 clusters of 16 × 256). One head alone is fastest with its rows over the four
// clusters: 4 reduction folds of 50 rows behind the fill/drain 2R + C − 2 = 286 cycles, 486 cycles
// (splitting the folds instead pays cross-cluster reductions through the GLB). 4 heads at once,
// one per cluster, each stream their 4 folds of 197 rows behind one fill/drain: 286 + 4 · 197 =
// 1,074 cycles for 4 heads, 3 rounds for 12: 268.5 cycles per head.
TEST(SimulatorClusterSplit, IndependentHeadsRunAtOnceOnDisjointClusters)
{
  const AcceleratorConfig flagship;
  Operator serial = gemm(197, 64, 197);
  serial.count = 12;
  Operator heads = gemm(197, 64, 197, 12);
  const HardwareView hw = make_hardware_view(flagship);
  const OpCost one = gemm_cost(serial, hw), at_once = gemm_cost(heads, hw);
  EXPECT_EQ(at_once.instances_at_once, 4);
  EXPECT_EQ(at_once.active_clusters, 4);
  EXPECT_DOUBLE_EQ(at_once.cycles, (286.0 + 4 * 197) * 3 / 12);
  EXPECT_DOUBLE_EQ(one.cycles, 286.0 + 4 * 50);
  EXPECT_EQ(one.split_m, 4);
  // The energy of one head does not depend on how many run beside it.
  EXPECT_NEAR(at_once.energy.mac_j, one.energy.mac_j, 1e-15);

  Simulator sim;
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  const auto report = sim.simulate(w, flagship);
  bool found = false;
  for (const auto& p : report.ops) {
    if (w.ops[p.op_index].name == "vision.qk_matmul") {
      found = true;
      EXPECT_NE(p.mapping.find("4 instances at once"), std::string::npos) << p.mapping;
    }
  }
  EXPECT_TRUE(found);
}

// Instances running at once share the GLB and DRAM links: with a narrow GLB the group is charged
// every instance's GLB traffic, so running g at a time never beats the GLB bound per instance.
TEST(SimulatorClusterSplit, InstancesAtOnceShareTheGlbBandwidth)
{
  AcceleratorConfig a = unbounded(4, 16, 16);
  a.glb_bw_words = 8;
  const HardwareView hw = make_hardware_view(a);
  const Operator one_head = gemm(64, 64, 64);
  Operator heads = gemm(64, 64, 64, 8);
  const OpCost alone = gemm_cost(one_head, hw), grouped = gemm_cost(heads, hw);
  // One instance's least GLB traffic: A, B and the output once each.
  const double glb_floor = (64.0 * 64 * 3) / a.glb_bw_words;
  EXPECT_GE(grouped.cycles, glb_floor * (1 - 1e-12));
  EXPECT_EQ(grouped.bound, Bound::GlbBandwidth);
  EXPECT_GE(grouped.cycles, alone.cycles * (1 - 1e-12));   // no free bandwidth from grouping
}

// More clusters are never slower: every split of fewer clusters is still available.
TEST(SimulatorClusterSplit, MoreClustersNeverSlower)
{
  std::mt19937_64 rng(7);
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  for (int trial = 0; trial < 60; ++trial) {
    AcceleratorConfig a;
    a.pe_width = 16 << (rng() % 5);
    a.pe_depth = 2 << (rng() % 6);
    a.clusters = 1 + static_cast<int>(rng() % 4);
    AcceleratorConfig more = a;
    more.clusters = a.clusters * 2;
    const HardwareView hw = make_hardware_view(a), hw_more = make_hardware_view(more);
    for (const Operator& op : w.ops) {
      if (op.kind == OpKind::Gemm) {
        ASSERT_LE(gemm_cost(op, hw_more).cycles, gemm_cost(op, hw).cycles * (1 + 1e-9))
            << op.name << " on " << a.clusters << "x" << a.pe_width << "x" << a.pe_depth;
      }
    }
  }
}
