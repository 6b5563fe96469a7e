#pragma once
// The per-operator latency table of one design. The archive keeps only totals, so the details
// panel re-simulates the single selected design with per-op detail (the same core simulator and
// the same serial schedule the search used; microseconds to milliseconds).
#include <cstdint>
#include <string>
#include <vector>

#include "core/evaluation/design.h"
#include "core/sim/energy_breakdown.h"

struct OpLatencyRow {
  std::string name;               // e.g. "vision.layer.q_proj"
  std::string group;              // e.g. "vision.layers"
  std::string kind;               // "gemm", "softmax", ...
  std::int64_t count = 1;         // instances per inference
  double cycles = 0;              // per instance
  double latency_s = 0;           // all instances
  double share = 0;               // latency_s / sum of op latencies, in [0, 1]
  double utilization = 0;         // in [0, 1]
  double macs = 0;                // all instances (0 for vector ops)
  cdse::EnergyBreakdown energy;   // all instances, static included
  std::string bound;              // "compute", "l2-bandwidth", ...
  std::string mapping;            // the simulator's mapping description
};

struct OpLatencyTable {
  std::vector<OpLatencyRow> rows;   // sorted by latency, longest first
  double report_latency_s = 0;      // the simulator's latency of one inference
  double sum_latency_s = 0;         // sum of rows (== report latency under the serial schedule)
};

// Expands the model and simulates it on the accelerator with per-op detail. Throws
// cdse::InputError when the design cannot be simulated.
OpLatencyTable simulateOpLatencies(const cdse::Design& design);
