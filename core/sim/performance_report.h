#pragma once
// What the simulator says about (workload, accelerator): latency, energy per inference, area, and
// every number broken down per op and per component.
#include <string>
#include <vector>

#include "core/hardware/area_breakdown.h"
#include "core/sim/energy_breakdown.h"

namespace cdse {

struct OpPerformance {
  std::size_t op_index = 0;   // index into Workload::ops
  double cycles = 0;          // per instance
  double latency_s = 0;       // all instances (cycles × count / f), as scheduled
  double utilization = 0;     // useful MACs (or lane-ops) / (units × cycles), in [0, 1]
  EnergyBreakdown energy;     // all instances, joules (static included)
  std::string mapping;        // human-readable mapping, e.g. "WS tile K16×N256, order N-K-M, 4 clusters on M"
  std::string bound;          // what limits it: "compute", "l2-bandwidth", "glb-bandwidth", "dram-bandwidth"

  double energy_j() const { return energy.total_j(); }
};

struct PerformanceReport {
  double latency_s = 0;   // one inference (batch 1): cycles / frequency_hz
  double cycles = 0;      // clock cycles of one inference
  double frequency_hz = 0;
  double vdd_v = 0;                    // the supply voltage the clock needs
  double dynamic_energy_j = 0;         // the parts' (stacks') dynamic energies added in order
  double energy_per_inference_j = 0;   // dynamic_energy_j + energy.static_j
  double static_power_w = 0;           // leakage of the powered-on chip
  double peak_tops = 0;
  AreaBreakdown area;
  EnergyBreakdown energy;           // one inference, by component
  std::vector<OpPerformance> ops;   // same order as the workload's ops (may be empty in fast mode)
};

struct SimulationOptions {
  // When true, vector-core work overlaps with the next GEMM on the tensor core (double-buffered),
  // so latency is max-based per layer rather than a serial sum. Default false = serial, as the
  // reference framework scheduled it.
  bool overlap_tensor_vector = false;
  // When false, only totals are produced (no per-op vector); used by the search for speed.
  bool per_op_detail = true;
};

}   // namespace cdse
