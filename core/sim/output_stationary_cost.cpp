#include "core/sim/output_stationary_cost.h"

#include <algorithm>
#include <cmath>

#include "core/sim/fold_schedule.h"

// Output stationary (SCALE-Sim's OS, docs/references.md R35): the R × C array holds an R × C tile
// of outputs (R rows of A, C columns of B); each fold streams the k-long reduction, R words of A from
// the left and C words of B from the top per cycle, and drains the finished tile. One fold takes
// 2R + C + k − 2 cycles unbuffered; with a second output register per PE the drain overlaps the next
// fold (fold_schedule.h). No partial sum leaves a PE, so the accumulator buffer is idle, but both
// operands stream: a wide array needs R + C words of L2 bandwidth per cycle where weight stationary
// needs R.
//
// Mapping choices: the instance group (as weight stationary), the row folds over p_m clusters and
// the column folds over p_n (A slices multicast to the clusters of a row group, B slices to those
// of a column group; no reduction split: a reduction split would bring back the partial sums this
// dataflow avoids), and which operand the L2 keeps:
//   N inner: the cluster's A rows stay in the L2 while its column folds run; B is re-fetched from
//            the GLB per row fold unless the cluster's whole B slice fits beside one row fold's A;
//   M inner: the cluster's B columns stay while its row folds run; A is re-fetched per column fold
//            unless the cluster's whole A slice fits beside one column fold's B.
// Register files: one access per MAC for the second streamed operand's pipeline register (weight
// stationary's stationary-weight read in the same place) and one write per output captured for
// the drain.

namespace cdse {
namespace {

struct OsPlan {
  OpCost cost;
  double l2_reads = 0, l2_writes = 0, glb_reads = 0, glb_writes = 0, dram = 0, active = 1;
};

OsPlan plan(const GemmShape& s, const HardwareView& hw, LoopOrder order, double g, double scale, double p_m, double p_n,
            double mf_c, double nf_c)
{
  const double R = hw.rows, C = hw.cols, wb = hw.word_bytes;
  const double m_c = std::min(s.m, mf_c * R), n_c = std::min(s.n, nf_c * C);
  const double free_l2 = std::max(0.0, hw.l2_tensor_bytes - 2.0 * R * C * wb);
  bool a_refetch = false, b_refetch = false;
  if (order == LoopOrder::NInner)
    b_refetch = (std::min(m_c, R) * s.k + s.k * n_c) * wb > free_l2;
  else
    a_refetch = (m_c * s.k + s.k * std::min(n_c, C)) * wb > free_l2;

  OsPlan p;
  p.active = p_m * p_n;
  const double a_stream = m_c * s.k * nf_c * wb;   // A rows into the array, once per column fold
  const double b_stream = s.k * n_c * mf_c * wb;   // B columns into the array, once per row fold
  const double out_bytes = m_c * n_c * wb;
  const double a_fill = m_c * s.k * wb * (a_refetch ? nf_c : 1.0);
  const double b_fill = s.k * n_c * wb * (b_refetch ? mf_c : 1.0);
  p.l2_reads = a_stream + b_stream + out_bytes;
  p.l2_writes = a_fill + b_fill + out_bytes;
  p.glb_reads = s.m * s.k * wb * (a_refetch ? nf_c : 1.0) + s.k * s.n * wb * (b_refetch ? mf_c : 1.0);
  p.glb_writes = s.m * s.n * wb + s.weight_words * wb;
  p.dram = s.weight_words * wb + (g * s.activation_words * wb > hw.glb_bytes ? s.activation_words * wb : 0.0);

  OpCost& c = p.cost;
  c.dataflow = Dataflow::OutputStationary;
  c.order = order;
  c.compute_cycles = fold_schedule_cycles(hw, mf_c * nf_c, s.k, s.k, 1.0) * scale;
  SlowestLimit slowest{c.compute_cycles};
  slowest.offer((p.l2_reads + p.l2_writes) * hw.inv_l2_bw_bytes * scale, Bound::L2Bandwidth);
  slowest.offer(g * (p.glb_reads + p.glb_writes) * hw.inv_glb_bw_bytes * scale, Bound::GlbBandwidth);
  slowest.offer(g * p.dram * hw.inv_dram_bw_bytes * scale, Bound::DramBandwidth);
  c.cycles = slowest.cycles;
  c.bound = slowest.bound;
  c.split_m = static_cast<int>(p_m);
  c.split_n = static_cast<int>(p_n);
  c.split_k = 1;
  c.instances_at_once = static_cast<int>(g);
  c.active_clusters = static_cast<int>(p.active * g);
  c.m_tile = 0;
  c.psums_in_accumulator = false;

  const double macs = s.m * s.k * s.n;
  EnergyBreakdown& e = c.energy;
  e.mac_j = macs * hw.mac_j;
  e.rf_j = macs * hw.pe_rf_read_j + s.m * s.n * hw.pe_rf_write_j;
  e.l2_j = p.active * (p.l2_reads * hw.l2t_read_j_per_byte + p.l2_writes * hw.l2t_write_j_per_byte);
  e.glb_j = p.glb_reads * hw.glb_read_j_per_byte + p.glb_writes * hw.glb_write_j_per_byte;
  e.dram_j = p.dram * hw.dram_j_per_byte;
  c.utilization = std::min(1.0, macs / (R * C * hw.clusters * c.cycles));
  return p;
}

}   // namespace

OpCost output_stationary_cost(const GemmShape& s, const HardwareView& hw)
{
  const double mf = ceil_div(s.m, hw.rows), nf = ceil_div(s.n, hw.cols);
  OpCost best;
  bool have = false;
  for_each_instance_group(s.instances, hw.clusters, [&](double g, double Q, double scale) {
    for (UsefulFactors pm{mf, std::min(Q, mf)}; pm.valid(); pm.next())
      for (UsefulFactors pn{nf, std::min(floor_div(Q, pm.p), nf)}; pn.valid(); pn.next())
        for (LoopOrder order : {LoopOrder::NInner, LoopOrder::MInner}) {
          const OpCost c = plan(s, hw, order, g, scale, pm.p, pn.p, pm.per_cluster, pn.per_cluster).cost;
          const bool faster = !have || c.cycles < best.cycles * (1.0 - 1e-12);
          const bool tied = have && c.cycles <= best.cycles * (1.0 + 1e-12);
          if (faster || (tied && c.energy.dynamic_j() < best.energy.dynamic_j())) {
            best = c;
            have = true;
          }
        }
  });
  return best;
}

}   // namespace cdse
