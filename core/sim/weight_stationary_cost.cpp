#include "core/sim/weight_stationary_cost.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/sim/fold_schedule.h"

// Weight-stationary dataflow (the reference's; input stationary is this on the transposed GEMM):
// an R × C array holds an R × C tile of the weight matrix (R over the reduction k, C over the
// outputs n); the m rows of A stream through, skewed. One fold (one weight tile) takes 2R + C + m − 2 cycles: R to load the weights,
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
// Mapping choices evaluated per GEMM (closed form; see the enumeration in weight_stationary_cost):
//   instances:     the independent instances of a multi-instance op (the heads of one layer) run
//                  g at a time on disjoint groups of ⌊P/g⌋ clusters, sharing the GLB and DRAM
//                  bandwidth; or one at a time on all P clusters;
//   cluster split: p_n × p_k × p_m clusters per instance: output folds over p_n, reduction folds
//                  over p_k (partial sums reduced across clusters through the GLB), rows of A over
//                  p_m (weights multicast); every split whose per-cluster fold counts differ;
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

// Everything one mapping candidate implies; energy is derived only for the winner.
struct Plan {
  LoopOrder order = LoopOrder::KInner;
  double cycles = 0, compute = 0;   // per instance: one group's cycles spread over its instances
  Bound bound = Bound::Compute;
  double m_tile = 0, m_tiles = 1, active = 1, p_n = 1, p_k = 1, p_m = 1, group = 1;
  bool psums_in_accumulator = false;
  bool rejected = false;
  double l2_reads = 0, l2_writes = 0;     // busiest cluster, bytes
  double acc_reads = 0, acc_writes = 0;   // busiest cluster, bytes
  double glb_reads = 0, glb_writes = 0, dram = 0;
};

// Per-split quantities shared by both loop orders and both tile choices. `group` instances run at
// once (each on p_n·p_k·p_m clusters); `scale` turns one group's cycles into cycles per instance.
struct SplitShape {
  double p_n, p_k, p_m, nf_c, kf_c, n_c, k_c, m_c;
  double group, scale;
  double cycles_floor;   // per instance: no plan of this split is faster (cycles_floor below)
};

// What the cycle floors of a GEMM's splits share: a lower bound on the cycles per instance of
// every plan of a split (all rows in one M tile, the least traffic at each level), so splits are
// visited fastest first and those that cannot win are skipped.
struct FloorTerms {
  double glb_cycles = 0;         // one instance's least GLB traffic, without cross-cluster reduction
  double reduction_cycles = 0;   // GLB cycles per extra reduction cluster
  double dram_cycles = 0;        // weights from DRAM

  FloorTerms(const GemmShape& s, const HardwareView& hw)
  {
    glb_cycles = (s.m * s.k + s.k * s.n + s.m * s.n + s.weight_words) * hw.inv_glb_bw_words;
    reduction_cycles = 2.0 * s.m * s.n * hw.psum_bytes * hw.inv_glb_bw_bytes;
    dram_cycles = s.weight_words * hw.inv_dram_bw_words;
  }
};

// ⌊Q/used⌋ for 1 ≤ used ≤ Q clusters: how many each of `used` parts may have. Mostly 1 or Q, where
// the division (on the enumeration's critical path) is skipped.
double clusters_each(double Q, double used)
{
  if (used == 1.0)
    return Q;
  return 2.0 * used > Q ? 1.0 : floor_div(Q, used);
}

// `nf_c`, `kf_c`, `m_c`: the busiest cluster's output folds, reduction folds and rows (⌈nf/p_n⌉,
// ⌈kf/p_k⌉, ⌈m/p_m⌉, known to the enumeration: divisions dominate this model's cost).
// Fills `sh` in place: the enumeration writes straight into its array (copying each 96-byte shape
// in was 1 % of an evaluation's instructions).
void split_shape(SplitShape& sh, const GemmShape& op, const HardwareView& hw, const FloorTerms& floors, double p_n,
                 double p_k, double p_m, double nf_c, double kf_c, double m_c, double group, double scale)
{
  const double k_c = std::min(op.k, kf_c * hw.rows);
  const double n_c = std::min(op.n, nf_c * hw.cols);
  sh = SplitShape{p_n, p_k, p_m, nf_c, kf_c, n_c, k_c, m_c, group, scale, 0};
  if (hw.clusters == 1)
    return;   // one split: no floor needed
  // Per cluster: A streamed per N fold and filled once, weights streamed and filled once, outputs.
  const double l2_words = m_c * k_c * (nf_c + 1.0) + 2.0 * k_c * n_c + m_c * n_c;
  const double shared = std::max(floors.glb_cycles + (p_k - 1.0) * floors.reduction_cycles, floors.dram_cycles);
  const double traffic = std::max(l2_words * hw.inv_l2_bw_words, group * shared);
  sh.cycles_floor = scale * std::max(fold_schedule_cycles(hw, nf_c * kf_c, m_c, m_c, 1.0), traffic);
}

// Where one (split, loop order) keeps its partial sums, and what that leaves the L2 holding per row.
struct Placement {
  bool in_accumulator = false;
  double per_row = 0;    // L2 bytes per row of the M tile
  double fit_rows = 0;   // rows of the M tile that fit the free L2, at most the split's rows m_c
};

// ⌊bytes / per_row⌋ capped at `rows`, dividing only when fewer than `rows` fit: every tile a plan
// tries is at most the split's rows, so the cap changes no comparison, and the common case skips a
// division the candidates would wait for. (Exact: the sizes are whole bits, far below 2⁵³ bytes, so
// the product compares exactly as the correctly rounded quotient would.)
double rows_fitting(double bytes, double per_row, double rows)
{
  return rows * per_row <= bytes ? rows : floor_div(bytes, per_row);
}

// `cycles_to_beat`: a plan whose compute or L2 traffic alone exceeds it cannot win (its cycles are
// at least either), so the rest of its traffic is not worked out; it comes back with `rejected` set.
Plan plan(const GemmShape& op, const HardwareView& hw, const SplitShape& sh, LoopOrder order, double m_tile,
          double m_tiles, const Placement& where, double cycles_to_beat)
{
  const double fit_rows = where.fit_rows, per_row = where.per_row;
  const double m = op.m, k = op.k, n = op.n;
  const double R = hw.rows, C = hw.cols, wb = hw.word_bytes, psb = hw.psum_bytes;
  const double weight_buffers = 2.0 * R * C * wb;
  const double g = sh.group;
  const bool spills = m_tile > fit_rows;   // the working set does not fit the L2
  const bool weights_resident = sh.k_c * sh.n_c * wb + m_tile * per_row + weight_buffers <= hw.l2_tensor_bytes;
  const double active = sh.p_n * sh.p_k * sh.p_m;
  // With the partial sums in the buffer the L2 holds only operands: whatever order overflows it
  // re-fetches A from the GLB. In the L2, N-inner's overflow is its partial sums (to the GLB).
  const bool a_refetch = spills && (where.in_accumulator || order == LoopOrder::KInner);
  const bool psum_spill = spills && !where.in_accumulator && order == LoopOrder::NInner;

  Plan p;
  p.order = order;
  p.m_tile = m_tile;
  p.m_tiles = m_tiles;
  p.active = active;
  p.psums_in_accumulator = where.in_accumulator;
  p.p_n = sh.p_n;
  p.p_k = sh.p_k;
  p.p_m = sh.p_m;
  p.group = g;
  // One instance on one cluster of the split: its weight tiles over the M tiles.
  const double group_compute = fold_schedule_cycles(hw, sh.nf_c * sh.kf_c, sh.m_c, m_tile, m_tiles);
  p.compute = group_compute * sh.scale;

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

  // Per-cluster L2 traffic runs in parallel across the group; its GLB and DRAM traffic share the
  // one GLB and DRAM link, so a group's bound is g instances' worth.
  const double l2_cycles = l2_bytes * hw.inv_l2_bw_bytes * sh.scale;
  if (l2_cycles > cycles_to_beat) {
    p.rejected = true;
    return p;
  }

  // GLB traffic, all clusters (GLB → L2 transfers are multicast once to the clusters sharing them).
  const double reduction = sh.p_k > 1 ? m * n * (sh.p_k - 1.0) * psb : 0.0;
  p.glb_reads = m * k * wb * (a_refetch ? sh.nf_c : 1.0) + k * n * wb * (weights_resident ? 1.0 : m_tiles) + reduction +
                glb_spill * active / 2.0;
  p.glb_writes = m * n * wb + reduction + glb_spill * active / 2.0;

  // DRAM: weights once per inference; activations only when they overflow the GLB (which holds the
  // working sets of every instance of the group).
  p.dram += op.weight_words * wb;
  p.glb_writes += op.weight_words * wb;
  const double activations = op.activation_words * wb;
  if (g * activations > hw.glb_bytes)
    p.dram += activations;

  const double glb_cycles = g * (p.glb_reads + p.glb_writes) * hw.inv_glb_bw_bytes * sh.scale;
  const double dram_cycles = g * p.dram * hw.inv_dram_bw_bytes * sh.scale;
  SlowestLimit slowest{p.compute};
  slowest.offer(l2_cycles, Bound::L2Bandwidth);
  slowest.offer(glb_cycles, Bound::GlbBandwidth);
  slowest.offer(dram_cycles, Bound::DramBandwidth);
  p.cycles = slowest.cycles;
  p.bound = slowest.bound;
  return p;
}

// Energy: MACs; one register-file read of the stationary weight per MAC and one write per weight
// loaded into a PE (inputs and partial sums move through the PE pipeline registers counted in the
// MAC; with double buffering the load writes the second register and the switch only selects it,
// so it is still one write); SRAM reads and writes at each level (the accumulator buffer's counted
// with the L2's, as its area is); DRAM.
EnergyBreakdown plan_energy(const GemmShape& op, const HardwareView& hw, const Plan& p)
{
  const double k = op.k, n = op.n;
  const double macs = op.m * k * n;
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

OpCost weight_stationary_cost(const GemmShape& op, const HardwareView& hw)
{
  const double m = op.m, k = op.k, n = op.n;
  const double kf = ceil_div(k, hw.rows), nf = ceil_div(n, hw.cols);
  const double free_l2 = std::max(0.0, hw.l2_tensor_bytes - 2.0 * hw.rows * hw.cols * hw.word_bytes);
  const double P = hw.clusters;

  // Split shapes: for each group size g (instances at once; only the sizes that change the number
  // of rounds ⌈I/g⌉, at most P), every p_n × p_k over the ⌊P/g⌋ clusters whose per-cluster fold
  // counts differ, with p_m the fewest clusters that give the rows the least per-cluster count
  // (more row clusters never slow an instance down; fewer of them load fewer weight copies).
  // Up to 64 splits stay on the stack (4 clusters list at most 13 per group size); only a very
  // large cluster count spills to the heap.
  SplitShape inline_shapes[64];
  std::vector<SplitShape> heap_shapes;
  std::size_t shape_count = 0;
  const auto next_shape = [&]() -> SplitShape& {
    if (shape_count < std::size(inline_shapes))
      return inline_shapes[shape_count++];
    if (heap_shapes.empty())
      heap_shapes.assign(std::begin(inline_shapes), std::end(inline_shapes));
    ++shape_count;
    return heap_shapes.emplace_back();
  };
  const FloorTerms floors(op, hw);
  for_each_instance_group(op.instances, P, [&](double g, double Q, double scale) {
    for (UsefulFactors pn{nf, std::min(Q, nf)}; pn.valid(); pn.next())
      for (UsefulFactors pk{kf, std::min(clusters_each(Q, pn.p), kf)}; pk.valid(); pk.next()) {
        const double m_limit = std::min(clusters_each(Q, pn.p * pk.p), m);
        // Rows over the clusters left: two take ⌈m/2⌉ each (m ≥ 2 here), without dividing.
        const double m_c = m_limit == 1 ? m : m_limit == 2 ? floor_div(m + 1.0, 2.0) : ceil_div(m, m_limit);
        const double p_m = m_limit <= 2 ? m_limit : ceil_div(m, m_c);
        split_shape(next_shape(), op, hw, floors, pn.p, pk.p, p_m, pn.per_cluster, pk.per_cluster, m_c, g, scale);
      }
  });
  SplitShape* shapes = heap_shapes.empty() ? inline_shapes : heap_shapes.data();
  // The split with the lowest floor goes first: its plans set a tight bound, and every split whose
  // floor is above the best plan so far is skipped.
  if (shape_count > 1)
    std::swap(shapes[0], *std::min_element(shapes, shapes + shape_count, [](const SplitShape& a, const SplitShape& b) {
                return a.cycles_floor < b.cycles_floor;
              }));

  // Per shape: loop order × partial-sum placement × M tile (at most 8 plans).
  struct Candidate {
    LoopOrder order;
    double m_tile, m_tiles;
    Placement where;
  };
  Plan best;
  bool have = false;
  EnergyBreakdown best_energy;
  for (std::size_t si = 0; si < shape_count; ++si) {
    const SplitShape& sh = shapes[si];
    if (have && sh.cycles_floor > best.cycles * (1.0 + 1e-12))
      continue;   // no plan of this split can be as fast
    Candidate candidates[8];
    int count = 0;
    const auto add_tiles = [&](LoopOrder order, double rows, const Placement& where) {
      const double row_tiles = rows == sh.m_c ? 1.0 : ceil_div(sh.m_c, rows);
      candidates[count++] = {order, rows, row_tiles, where};
      const double l2_tile = std::clamp(where.fit_rows, 1.0, rows);
      if (l2_tile < rows)
        candidates[count++] = {order, l2_tile, ceil_div(sh.m_c, l2_tile), where};
    };
    for (LoopOrder order : {LoopOrder::KInner, LoopOrder::NInner}) {
      const bool k_inner = order == LoopOrder::KInner;
      // K inner accumulates one output tile (C columns) at a time, N inner the whole row block.
      const double psum_columns = k_inner ? std::min(hw.cols, sh.n_c) : sh.n_c;
      const double buffer_rows = rows_fitting(hw.accumulator_bytes, psum_columns * hw.psum_bytes, sh.m_c);
      const double operand_row = k_inner ? sh.k_c * hw.word_bytes : 2.0 * hw.rows * hw.word_bytes;
      if (buffer_rows >= 1.0)
        add_tiles(order, buffer_rows, {true, operand_row, rows_fitting(free_l2, operand_row, sh.m_c)});
      if (buffer_rows < sh.m_c) {   // the row block does not fit the buffer: partial sums in the L2
        const double per_row = operand_row + psum_columns * hw.psum_bytes;
        add_tiles(order, sh.m_c, {false, per_row, rows_fitting(free_l2, per_row, sh.m_c)});
      }
    }
    // Latency decides; energy breaks ties (computed for the tied plans only).
    for (int i = 0; i < count; ++i) {
      const Candidate& c = candidates[i];
      const double to_beat = have ? best.cycles * (1.0 + 1e-12) : INFINITY;
      const Plan p = plan(op, hw, sh, c.order, c.m_tile, c.m_tiles, c.where, to_beat);
      if (p.rejected || p.cycles > to_beat)
        continue;
      const EnergyBreakdown e = plan_energy(op, hw, p);
      if (!have || p.cycles < best.cycles * (1.0 - 1e-12) || e.dynamic_j() < best_energy.dynamic_j()) {
        best = p;
        best_energy = e;
        have = true;
      }
    }
  }

  OpCost cost;
  cost.cycles = best.cycles;
  cost.compute_cycles = best.compute;
  cost.bound = best.bound;
  cost.energy = best_energy;
  cost.utilization = std::min(1.0, m * k * n / (hw.rows * hw.cols * P * best.cycles));
  cost.order = best.order;
  cost.m_tile = static_cast<std::int64_t>(best.m_tile);
  cost.split_n = static_cast<int>(best.p_n);
  cost.split_k = static_cast<int>(best.p_k);
  cost.split_m = static_cast<int>(best.p_m);
  cost.instances_at_once = static_cast<int>(best.group);
  cost.active_clusters = static_cast<int>(best.active * best.group);
  cost.psums_in_accumulator = best.psums_in_accumulator;
  cost.dataflow = Dataflow::WeightStationary;
  return cost;
}

}   // namespace cdse
