#pragma once
// The cost of one instance of one operator on one accelerator: the unit the simulator caches per
// (op shape, accelerator).
#include <cstdint>

#include "core/sim/energy_breakdown.h"

namespace cdse {

enum class Bound : std::uint8_t { Compute, L2Bandwidth, GlbBandwidth, DramBandwidth };
const char* to_string(Bound bound);

enum class ClusterSplit : std::uint8_t { None, Folds, Rows };
enum class LoopOrder : std::uint8_t { KInner, NInner, Vector };

struct OpCost {
  double cycles = 0;           // one instance
  double compute_cycles = 0;   // without bandwidth limits
  EnergyBreakdown energy;      // dynamic energy of one instance (static is added by the simulator)
  double utilization = 0;      // useful MACs (lane-ops) / (units × cycles)
  Bound bound = Bound::Compute;
  // Mapping chosen (GEMMs): how folds are split across clusters, loop order, M tile.
  ClusterSplit split = ClusterSplit::None;
  LoopOrder order = LoopOrder::Vector;
  std::int64_t m_tile = 0;
  int active_clusters = 1;
  bool psums_in_accumulator = false;   // partial sums stayed in the accumulator buffer (else the L2)
};

}   // namespace cdse
