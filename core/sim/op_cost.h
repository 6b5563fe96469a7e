#pragma once
// The cost of one instance of one operator on one accelerator: the unit the simulator caches per
// (op shape, accelerator).
#include <cstdint>

#include "core/hardware/dataflow.h"
#include "core/sim/energy_breakdown.h"

namespace cdse {

enum class Bound : std::uint8_t { Compute, L2Bandwidth, GlbBandwidth, DramBandwidth };
const char* to_string(Bound bound);

// An op takes its slowest limit: compute, or one memory level's traffic over its bandwidth (traffic
// double-buffered behind compute). Limits are offered in the order compute, L2, GLB, DRAM; of equal
// ones the first names the bound.
struct SlowestLimit {
  double cycles;
  Bound bound = Bound::Compute;
  void offer(double limit_cycles, Bound limit)
  {
    if (limit_cycles > cycles) {
      cycles = limit_cycles;
      bound = limit;
    }
  }
};

// Weight and input stationary: K inner (one output tile's reduction at a time) or N inner (an A
// slice reused across the output folds). Output stationary: N inner (an A slice resident, the output
// folds of its rows in turn) or M inner (a B slice resident, the row folds in turn).
enum class LoopOrder : std::uint8_t { KInner, NInner, MInner, Vector };

struct OpCost {
  double cycles = 0;           // one instance
  double compute_cycles = 0;   // without bandwidth limits
  EnergyBreakdown energy;      // dynamic energy of one instance (static is added by the simulator)
  double utilization = 0;      // useful MACs (lane-ops) / (units × cycles)
  Bound bound = Bound::Compute;
  // Mapping chosen (GEMMs): the dataflow (one of ws, os, is; `best` resolved), how one instance is split across clusters (output folds × reduction
  // folds × rows of A), how many instances run at once, loop order, M tile.
  // Splits are in the GEMM's own m, k, n for every dataflow. The tile is of the streamed dimension:
  // rows of A (m) for ws; columns of B (n) for is, which streams them; unused (0) for os.
  Dataflow dataflow = Dataflow::WeightStationary;
  int split_n = 1, split_k = 1, split_m = 1;
  int instances_at_once = 1;
  LoopOrder order = LoopOrder::Vector;
  std::int64_t m_tile = 0;
  int active_clusters = 1;             // all instances running at once
  bool psums_in_accumulator = false;   // partial sums stayed in the accumulator buffer (else the L2)
};

}   // namespace cdse
