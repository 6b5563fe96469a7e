#include "core/sim/gemm_cost_model.h"

#include <algorithm>
#include <cmath>

// Weight-stationary dataflow (the baseline the issue asks for): an R × C array holds an R × C tile
// of the weight matrix (R over the reduction k, C over the outputs n); the m rows of A stream
// through, skewed. One fold (one weight tile) takes 2R + C + m − 2 cycles: R to load the weights,
// then m rows plus the R + C − 2 cycles of skew fill and drain. Without a second weight register
// (SCALE-Sim's array, docs/references.md R35) every fold pays all of it; with one
// ("weight_double_buffer", as TPU v1, R36) the next fold's weights load while the current fold
// streams, so folds follow each other through the skew: 2R + C − 2 once, m per fold, and R − m
// more behind a fold of fewer than R rows (the load cannot hide behind it). Partial tiles at the
// edges take a whole fold in time but only count their real MACs in utilisation. CATransformers'
// mapper instead unrolled only by exact divisors, which with 197 tokens (a prime) left at most 12
// PEs busy on Q·Kᵀ (docs/references.md).
//
// Partial sums across K folds accumulate in the cluster's accumulator buffer (TPU v1's
// accumulators, R36) when the row block's partial sums fit it: its port takes the C partial sums
// the array emits per cycle (never a bound), each access costs the buffer's own SRAM energy, and
// only the finished outputs cross into the L2. When they do not fit (or there is no buffer,
// "accumulator_rows": 0) a mapping either tiles M to fit the buffer or keeps the partial sums in
// the L2, where every read and write competes with operand traffic for the L2 bandwidth.
//
// Mapping choices evaluated per GEMM (a handful, closed form):
//   cluster split: folds (N folds first, then K folds with a cross-cluster reduction of partial
//                  sums through the GLB) or rows of A (weights multicast to every cluster);
//   loop order:    K inner (A tile resident in L2, one output tile of partial sums) or
//                  N inner (an A slice reused across N folds, partial sums of the whole row block
//                  resident in L2);
//   partial sums:  in the accumulator buffer (M tile at most what it holds) or in the L2;
//   M tile:        all rows at once (or all the buffer holds), or the largest tile that fits the
//                  L2 (more weight reloads, more fill/drain, less spilling).
// Capacity: what does not fit in the L2 spills to the GLB (extra GLB traffic); activations that
// do not fit in the GLB spill to DRAM. Bandwidth: each level's traffic divided by its bandwidth
// bounds the cycles; the op takes the maximum of compute and the three bandwidth bounds (traffic
// double-buffered behind compute).

namespace cdse {
namespace {

double ceil_div(double a, double b) { return std::ceil(a / b); }

// Everything one mapping candidate implies; energy is derived only for the winner.
struct Plan {
  ClusterSplit split = ClusterSplit::None;
  LoopOrder order = LoopOrder::KInner;
  double cycles = 0, compute = 0;
  Bound bound = Bound::Compute;
  double m_tile = 0, m_tiles = 1, active = 1, p_m = 1;
  bool psums_in_accumulator = false;
  bool rejected = false;
  double l2_reads = 0, l2_writes = 0;     // busiest cluster, bytes
  double acc_reads = 0, acc_writes = 0;   // busiest cluster, bytes
  double glb_reads = 0, glb_writes = 0, dram = 0;
};

// Per-split quantities shared by both loop orders and both tile choices.
struct SplitShape {
  ClusterSplit split;
  double p_n, p_k, p_m, nf_c, kf_c, n_c, k_c, m_c;
};

SplitShape split_shape(ClusterSplit split, double m, double k, double n, double kf, double nf, const HardwareView& hw)
{
  double p_n = 1, p_k = 1, p_m = 1;
  const double P = hw.clusters;
  if (split == ClusterSplit::Folds) {
    p_n = std::min(P, nf);
    p_k = std::min(std::floor(P / p_n), kf);
  } else if (split == ClusterSplit::Rows) {
    p_m = std::min(P, m);
  }
  const double nf_c = ceil_div(nf, p_n), kf_c = ceil_div(kf, p_k);
  return {split, p_n, p_k, p_m, nf_c, kf_c, std::min(n, nf_c * hw.cols), std::min(k, kf_c * hw.rows), ceil_div(m, p_m)};
}

// Where one (split, loop order) keeps its partial sums, and what that leaves the L2 holding per row.
struct Placement {
  bool in_accumulator = false;
  double per_row = 0;    // L2 bytes per row of the M tile
  double fit_rows = 0;   // rows of the M tile that fit the free L2
};

// `cycles_to_beat`: a plan whose compute alone exceeds it cannot win (cycles ≥ compute), so its
// traffic is not worked out; it comes back with `rejected` set.
Plan plan(const Operator& op, const HardwareView& hw, const SplitShape& sh, LoopOrder order, double m_tile,
          const Placement& where, double cycles_to_beat)
{
  const double fit_rows = where.fit_rows, per_row = where.per_row;
  const double m = static_cast<double>(op.m), k = static_cast<double>(op.k), n = static_cast<double>(op.n);
  const double R = hw.rows, C = hw.cols, wb = hw.word_bytes, psb = hw.psum_bytes;
  const double weight_buffers = 2.0 * R * C * wb;
  const bool spills = m_tile > fit_rows;   // the working set does not fit the L2
  const double m_tiles = ceil_div(sh.m_c, m_tile);
  const bool weights_resident = sh.k_c * sh.n_c * wb + m_tile * per_row + weight_buffers <= hw.l2_tensor_bytes;
  const double active = sh.p_n * sh.p_k * sh.p_m;
  // With the partial sums in the buffer the L2 holds only operands: whatever order overflows it
  // re-fetches A from the GLB. In the L2, N-inner's overflow is its partial sums (to the GLB).
  const bool a_refetch = spills && (where.in_accumulator || order == LoopOrder::KInner);
  const bool psum_spill = spills && !where.in_accumulator && order == LoopOrder::NInner;

  Plan p;
  p.split = sh.split;
  p.order = order;
  p.m_tile = m_tile;
  p.m_tiles = m_tiles;
  p.active = active;
  p.psums_in_accumulator = where.in_accumulator;
  p.p_m = sh.p_m;
  // Compute. The weight load + skew fill/drain of one fold, 2R + C − 2, is paid by every fold of
  // every M tile without double buffering, and once per GEMM instance with it; the loads of folds
  // 2..F then overlap the rows of folds 1..F−1 and stall by R − rows when a fold has fewer than R.
  const double overhead = 2.0 * R + C - 2.0;
  const double weight_tiles = sh.nf_c * sh.kf_c;
  if (hw.weight_double_buffer) {
    const double last_rows = sh.m_c - (m_tiles - 1.0) * m_tile;   // the last M tile may be partial
    const double stall_full = std::max(0.0, R - m_tile), stall_last = std::max(0.0, R - last_rows);
    // Every fold but the very last (whose rows are the last M tile's) has a successor to wait for.
    const double stalls = weight_tiles * ((m_tiles - 1.0) * stall_full + stall_last) - stall_last;
    p.compute = overhead + weight_tiles * sh.m_c + stalls;
  } else {
    p.compute = weight_tiles * (m_tiles * overhead + sh.m_c);
  }

  if (p.compute > cycles_to_beat) {
    p.rejected = true;
    return p;
  }

  // Traffic of the busiest cluster, bytes.
  const double a_stream = sh.m_c * sh.k_c * sh.nf_c * wb;   // A rows into the array, per N fold
  const double w_stream = sh.k_c * sh.n_c * m_tiles * wb;   // weight tiles into the array
  const double psum_reads = sh.m_c * sh.n_c * std::max(0.0, sh.kf_c - 1.0) * psb;
  const double psum_writes = sh.m_c * sh.n_c * sh.kf_c * psb;
  const double out_bytes = sh.m_c * sh.n_c * wb;
  const double a_fill = sh.m_c * sh.k_c * wb * (a_refetch ? sh.nf_c : 1.0);
  const double w_fill = sh.k_c * sh.n_c * wb * (weights_resident ? 1.0 : m_tiles);
  const double glb_spill = psum_spill ? psum_reads + psum_writes : 0.0;
  double l2_bytes = a_stream + w_stream + out_bytes + a_fill + w_fill;   // over the L2 bandwidth
  p.l2_reads = a_stream + w_stream + out_bytes;
  p.l2_writes = a_fill + w_fill;
  if (where.in_accumulator) {
    // Each output is drained once from the buffer (full width) and written to the L2 as a word.
    p.acc_reads = psum_reads + sh.m_c * sh.n_c * psb;
    p.acc_writes = psum_writes;
    p.l2_writes += out_bytes;
    l2_bytes += out_bytes;
  } else if (!psum_spill) {
    p.l2_reads += psum_reads;
    p.l2_writes += psum_writes;
    l2_bytes += psum_reads + psum_writes;
  }
  const double l2_words = l2_bytes / wb;

  // GLB traffic, all clusters (GLB → L2 transfers are multicast once to the clusters sharing them).
  const double reduction = sh.p_k > 1 ? m * n * (sh.p_k - 1.0) * psb : 0.0;
  p.glb_reads = m * k * wb * (a_refetch ? sh.nf_c : 1.0) + k * n * wb * (weights_resident ? 1.0 : m_tiles) + reduction +
                glb_spill * active / 2.0;
  p.glb_writes = m * n * wb + reduction + glb_spill * active / 2.0;

  // DRAM: weights once per inference; activations only when they overflow the GLB.
  if (op.b_source == OperandSource::Weights) {
    p.dram += k * n * wb;
    p.glb_writes += k * n * wb;
  }
  const double activations = (m * k + m * n + (op.b_source == OperandSource::Activations ? k * n : 0.0)) * wb;
  if (activations > hw.glb_bytes)
    p.dram += activations;

  const double l2_cycles = l2_words * hw.inv_l2_bw_words;
  const double glb_cycles = (p.glb_reads + p.glb_writes) / wb * hw.inv_glb_bw_words;
  const double dram_cycles = p.dram / wb * hw.inv_dram_bw_words;
  p.cycles = p.compute;
  if (l2_cycles > p.cycles) {
    p.cycles = l2_cycles;
    p.bound = Bound::L2Bandwidth;
  }
  if (glb_cycles > p.cycles) {
    p.cycles = glb_cycles;
    p.bound = Bound::GlbBandwidth;
  }
  if (dram_cycles > p.cycles) {
    p.cycles = dram_cycles;
    p.bound = Bound::DramBandwidth;
  }
  return p;
}

// Energy: MACs; one register-file read of the stationary weight per MAC and one write per weight
// loaded into a PE (inputs and partial sums move through the PE pipeline registers counted in the
// MAC; with double buffering the load writes the second register and the switch only selects it,
// so it is still one write); SRAM reads and writes at each level (the accumulator buffer's counted
// with the L2's, as its area is); DRAM.
EnergyBreakdown plan_energy(const Operator& op, const HardwareView& hw, const Plan& p)
{
  const double k = static_cast<double>(op.k), n = static_cast<double>(op.n);
  const double macs = static_cast<double>(op.m) * k * n;
  EnergyBreakdown e;
  e.mac_j = macs * hw.mac_j;
  e.rf_j = macs * hw.pe_rf_read_j + k * n * p.m_tiles * p.p_m * hw.pe_rf_write_j;
  e.l2_j = p.active * (p.l2_reads * hw.l2t_read_j_per_byte + p.l2_writes * hw.l2t_write_j_per_byte +
                       p.acc_reads * hw.acc_read_j_per_byte + p.acc_writes * hw.acc_write_j_per_byte);
  e.glb_j = p.glb_reads * hw.glb_read_j_per_byte + p.glb_writes * hw.glb_write_j_per_byte;
  e.dram_j = p.dram * hw.dram_j_per_byte;
  return e;
}

}   // namespace

double systolic_fold_cycles(double m, double k, double n, double rows, double cols)
{
  return ceil_div(k, rows) * ceil_div(n, cols) * (2.0 * rows + cols + m - 2.0);
}

OpCost gemm_cost(const Operator& op, const HardwareView& hw)
{
  const double m = static_cast<double>(op.m), k = static_cast<double>(op.k), n = static_cast<double>(op.n);
  const double kf = ceil_div(k, hw.rows), nf = ceil_div(n, hw.cols);
  const double free_l2 = std::max(0.0, hw.l2_tensor_bytes - 2.0 * hw.rows * hw.cols * hw.word_bytes);

  // Candidates: cluster split × loop order × partial-sum placement × M tile.
  // Every candidate is listed first (at most 2 splits × 2 orders × 2 placements × 2 tiles), then
  // planned in one loop: the plans stay inline in it.
  struct Candidate {
    SplitShape shape;
    LoopOrder order;
    double m_tile;
    Placement where;
  };
  Candidate candidates[16];
  int count = 0;
  const auto add_tiles = [&](const SplitShape& sh, LoopOrder order, double rows, const Placement& where) {
    candidates[count++] = {sh, order, rows, where};
    const double l2_tile = std::clamp(where.fit_rows, 1.0, rows);
    if (l2_tile < rows)
      candidates[count++] = {sh, order, l2_tile, where};
  };
  const ClusterSplit splits[2] = {ClusterSplit::Folds, ClusterSplit::Rows};
  const int split_count = hw.clusters > 1 ? 2 : 1;
  for (int si = 0; si < split_count; ++si) {
    const SplitShape sh = split_shape(hw.clusters > 1 ? splits[si] : ClusterSplit::None, m, k, n, kf, nf, hw);
    for (LoopOrder order : {LoopOrder::KInner, LoopOrder::NInner}) {
      const bool k_inner = order == LoopOrder::KInner;
      // K inner accumulates one output tile (C columns) at a time, N inner the whole row block.
      const double psum_columns = k_inner ? std::min(hw.cols, sh.n_c) : sh.n_c;
      const double buffer_rows = std::floor(hw.accumulator_bytes / (psum_columns * hw.psum_bytes));
      const double operand_row = k_inner ? sh.k_c * hw.word_bytes : 2.0 * hw.rows * hw.word_bytes;
      if (buffer_rows >= 1.0)
        add_tiles(sh, order, std::min(sh.m_c, buffer_rows), {true, operand_row, std::floor(free_l2 / operand_row)});
      if (buffer_rows < sh.m_c) {   // the row block does not fit the buffer: partial sums in the L2
        const double per_row = operand_row + psum_columns * hw.psum_bytes;
        add_tiles(sh, order, sh.m_c, {false, per_row, std::floor(free_l2 / per_row)});
      }
    }
  }

  // Latency decides; energy breaks ties (computed for the tied plans only).
  Plan best;
  bool have = false;
  EnergyBreakdown best_energy;
  for (int i = 0; i < count; ++i) {
    const Candidate& c = candidates[i];
    const double to_beat = have ? best.cycles * (1.0 + 1e-12) : INFINITY;
    const Plan p = plan(op, hw, c.shape, c.order, c.m_tile, c.where, to_beat);
    if (p.rejected || p.cycles > to_beat)
      continue;
    const EnergyBreakdown e = plan_energy(op, hw, p);
    if (!have || p.cycles < best.cycles * (1.0 - 1e-12) || e.dynamic_j() < best_energy.dynamic_j()) {
      best = p;
      best_energy = e;
      have = true;
    }
  }

  OpCost cost;
  cost.cycles = best.cycles;
  cost.compute_cycles = best.compute;
  cost.bound = best.bound;
  cost.energy = best_energy;
  cost.utilization = std::min(1.0, m * k * n / (hw.rows * hw.cols * hw.clusters * best.cycles));
  cost.split = best.split;
  cost.order = best.order;
  cost.m_tile = static_cast<std::int64_t>(best.m_tile);
  cost.active_clusters = static_cast<int>(best.active);
  cost.psums_in_accumulator = best.psums_in_accumulator;
  return cost;
}

}   // namespace cdse
