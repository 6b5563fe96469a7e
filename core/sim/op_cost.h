#pragma once
// The cost of one instance of one operator on one accelerator: the unit the simulator caches per
// (op shape, accelerator).
#include <cstdint>

#include "core/sim/energy_breakdown.h"

namespace cdse {

enum class Bound : std::uint8_t { Compute, L2Bandwidth, GlbBandwidth, DramBandwidth };
const char* to_string(Bound bound);

enum class LoopOrder : std::uint8_t { KInner, NInner, Vector };

struct OpCost {
  double cycles = 0;           // one instance
  double compute_cycles = 0;   // without bandwidth limits
  EnergyBreakdown energy;      // dynamic energy of one instance (static is added by the simulator)
  double utilization = 0;      // useful MACs (lane-ops) / (units × cycles)
  Bound bound = Bound::Compute;
  // Mapping chosen (GEMMs): how one instance is split across clusters (output folds × reduction
  // folds × rows of A), how many instances run at once, loop order, M tile.
  int split_n = 1, split_k = 1, split_m = 1;
  int instances_at_once = 1;
  LoopOrder order = LoopOrder::Vector;
  std::int64_t m_tile = 0;
  int active_clusters = 1;             // all instances running at once
  bool psums_in_accumulator = false;   // partial sums stayed in the accumulator buffer (else the L2)
};

}   // namespace cdse
