#include "sim/gemm_cost_model.h"

#include <algorithm>
#include <cmath>

// Weight-stationary dataflow (the baseline the issue asks for): an R × C array holds an R × C tile
// of the weight matrix (R over the reduction k, C over the outputs n); the m rows of A stream
// through, skewed. One fold (one weight tile) takes 2R + C + m − 2 cycles: R to load the weights,
// then m rows plus the R + C − 2 cycles of skew fill and drain. Partial tiles at the edges take a
// whole fold in time but only count their real MACs in utilisation; no exact-divisor unrolling
// (FACTS §9 defect 3).
//
// Partial sums across K folds accumulate in the tensor core's L2 through the accumulator port
// (see below); they cost L2 energy, not L2 operand bandwidth.
//
// Mapping choices evaluated per GEMM (a handful, closed form):
//   cluster split: folds (N folds first, then K folds with a cross-cluster reduction of partial
//                  sums through the GLB) or rows of A (weights multicast to every cluster);
//   loop order:    K inner (A tile resident in L2, one output tile of partial sums) or
//                  N inner (an A slice reused across N folds, partial sums of the whole row block
//                  resident in L2);
//   M tile:        all rows at once, or the largest tile that fits the L2 (more weight reloads,
//                  more fill/drain, less spilling).
// Capacity: what does not fit in the L2 spills to the GLB (extra GLB traffic); activations that
// do not fit in the GLB spill to DRAM. Bandwidth: each level's traffic divided by its bandwidth
// bounds the cycles; the op takes the maximum of compute and the three bandwidth bounds (traffic
// double-buffered behind compute).

namespace cdse {
namespace {

double ceil_div(double a, double b)
{
  return std::ceil(a / b);
}

struct Candidate {
  ClusterSplit split;
  LoopOrder order;
  bool tile_m;   // true: the largest M tile that fits the L2
};

OpCost evaluate(const Operator& op, const HardwareView& hw, const Candidate& cand)
{
  const double m = static_cast<double>(op.m), k = static_cast<double>(op.k), n = static_cast<double>(op.n);
  const double R = hw.rows, C = hw.cols, P = hw.clusters, wb = hw.word_bytes, psb = hw.psum_bytes;
  const double kf = ceil_div(k, R), nf = ceil_div(n, C);

  // Work of one (the busiest) cluster.
  double p_n = 1, p_k = 1, p_m = 1;
  if (cand.split == ClusterSplit::Folds) {
    p_n = std::min(P, nf);
    p_k = std::min(std::floor(P / p_n), kf);
  } else if (cand.split == ClusterSplit::Rows) {
    p_m = std::min(P, m);
  }
  const double nf_c = ceil_div(nf, p_n), kf_c = ceil_div(kf, p_k);
  const double n_c = std::min(n, nf_c * C), k_c = std::min(k, kf_c * R), m_c = ceil_div(m, p_m);
  const double folds_c = nf_c * kf_c;
  const double active = p_n * p_k * p_m;

  // M tile that fits the tensor L2 next to double-buffered weight tiles.
  const double l2 = hw.l2_tensor_bytes;
  const double weight_buffers = 2.0 * R * C * wb;
  const double per_row = cand.order == LoopOrder::KInner ? k_c * wb + C * psb : n_c * psb + 2.0 * R * wb;
  const double fit_rows = std::floor(std::max(0.0, l2 - weight_buffers) / per_row);
  double m_tile = cand.tile_m ? std::clamp(fit_rows, 1.0, m_c) : m_c;
  const bool spills = m_tile > fit_rows;          // the working set does not fit the L2
  const double m_tiles = ceil_div(m_c, m_tile);
  const bool weights_resident = k_c * n_c * wb + m_tile * per_row + weight_buffers <= l2;

  // Compute: every fold of every M tile pays the fill/drain once.
  const double compute = folds_c * (m_tiles * (2.0 * R + C - 2.0) + m_c);

  // Traffic of the busiest cluster, bytes.
  const double a_stream = m_c * k_c * nf_c * wb;                 // A rows into the array, per N fold
  const double w_stream = k_c * n_c * m_tiles * wb;              // weight tiles into the array
  const double psum_reads = m_c * n_c * std::max(0.0, kf_c - 1.0) * psb;
  const double psum_writes = m_c * n_c * kf_c * psb;
  const double out_bytes = m_c * n_c * wb;
  const double a_fill = m_c * k_c * wb * ((spills && cand.order == LoopOrder::KInner) ? nf_c : 1.0);
  const double w_fill = k_c * n_c * wb * (weights_resident ? 1.0 : m_tiles);
  double l2_reads = a_stream + w_stream + psum_reads + out_bytes;
  double l2_writes = a_fill + w_fill + psum_writes;
  double glb_spill = 0;
  if (spills && cand.order == LoopOrder::NInner) {
    // Partial sums of the row block do not fit: they round-trip through the GLB.
    glb_spill = psum_reads + psum_writes;
    l2_reads -= psum_reads;
    l2_writes -= psum_writes;
  }
  // The L2 bandwidth limits operand movement (fills from the GLB, A and weight streams into the
  // array, results out). Partial sums return through the column accumulators' own port (one word
  // per column per cycle, like a systolic array's accumulator memory): their energy is charged at
  // the L2's access energy but they do not compete for l2_bw_words.
  const double l2_words = (a_stream + w_stream + out_bytes + a_fill + w_fill) / wb;

  // GLB traffic, all clusters (GLB → L2 transfers are multicast once to the clusters that share them).
  const double a_glb = m * k * wb * ((spills && cand.order == LoopOrder::KInner) ? nf_c : 1.0);
  const double w_glb = k * n * wb * (weights_resident ? 1.0 : m_tiles);
  const double reduction = p_k > 1 ? 2.0 * m * n * (p_k - 1.0) * psb : 0.0;
  const double glb_reads = a_glb + w_glb + reduction / 2.0 + glb_spill * active / 2.0;
  double glb_writes = m * n * wb + reduction / 2.0 + glb_spill * active / 2.0;

  // DRAM: weights once per inference; activations only when they overflow the GLB.
  double dram = 0;
  if (op.b_source == OperandSource::Weights) {
    dram += k * n * wb;
    glb_writes += k * n * wb;
  }
  const double activations = (m * k + m * n + (op.b_source == OperandSource::Activations ? k * n : 0.0)) * wb;
  if (activations > hw.glb_bytes)
    dram += activations;

  const double l2_cycles = l2_words / hw.l2_bw_words;
  const double glb_cycles = (glb_reads + glb_writes) / wb / hw.glb_bw_words;
  const double dram_cycles = dram / wb / hw.dram_bw_words;

  OpCost cost;
  cost.compute_cycles = compute;
  cost.cycles = compute;
  cost.bound = Bound::Compute;
  if (l2_cycles > cost.cycles) { cost.cycles = l2_cycles; cost.bound = Bound::L2Bandwidth; }
  if (glb_cycles > cost.cycles) { cost.cycles = glb_cycles; cost.bound = Bound::GlbBandwidth; }
  if (dram_cycles > cost.cycles) { cost.cycles = dram_cycles; cost.bound = Bound::DramBandwidth; }
  const double macs = m * k * n;
  cost.utilization = std::min(1.0, macs / (R * C * P * cost.cycles));
  cost.split = cand.split;
  cost.order = cand.order;
  cost.m_tile = static_cast<std::int64_t>(m_tile);
  cost.active_clusters = static_cast<int>(active);

  // Energy: MACs; one register-file read of the stationary weight per MAC and one write per weight
  // loaded (inputs and partial sums move through the PE pipeline registers counted in the MAC);
  // SRAM reads and writes at each level, all clusters; DRAM.
  EnergyBreakdown& e = cost.energy;
  e.mac_j = macs * hw.mac_j;
  e.rf_j = macs * hw.pe_rf_read_j + k * n * m_tiles * (cand.split == ClusterSplit::Rows ? p_m : 1.0) * hw.pe_rf_write_j;
  const double clusters_busy = active;
  e.l2_j = clusters_busy * (l2_reads * hw.l2t_read_j_per_byte + l2_writes * hw.l2t_write_j_per_byte);
  e.glb_j = glb_reads * hw.glb_read_j_per_byte + glb_writes * hw.glb_write_j_per_byte;
  e.dram_j = dram * hw.dram_j_per_byte;
  return cost;
}

} // namespace

double systolic_fold_cycles(double m, double k, double n, double rows, double cols)
{
  return ceil_div(k, rows) * ceil_div(n, cols) * (2.0 * rows + cols + m - 2.0);
}

OpCost gemm_cost(const Operator& op, const HardwareView& hw)
{
  static constexpr Candidate k_candidates[] = {
      {ClusterSplit::Folds, LoopOrder::KInner, false}, {ClusterSplit::Folds, LoopOrder::KInner, true},
      {ClusterSplit::Folds, LoopOrder::NInner, false}, {ClusterSplit::Folds, LoopOrder::NInner, true},
      {ClusterSplit::Rows, LoopOrder::KInner, false},  {ClusterSplit::Rows, LoopOrder::KInner, true},
      {ClusterSplit::Rows, LoopOrder::NInner, false},  {ClusterSplit::Rows, LoopOrder::NInner, true},
  };
  const int candidates = hw.clusters > 1 ? 8 : 4;
  OpCost best;
  bool have = false;
  for (int i = 0; i < candidates; ++i) {
    OpCost c = evaluate(op, hw, k_candidates[i]);
    if (hw.clusters == 1)
      c.split = ClusterSplit::None;
    const bool better = !have || c.cycles < best.cycles * (1.0 - 1e-12) ||
                        (c.cycles <= best.cycles * (1.0 + 1e-12) && c.energy.dynamic_j() < best.energy.dynamic_j());
    if (better) {
      best = c;
      have = true;
    }
  }
  return best;
}

} // namespace cdse
