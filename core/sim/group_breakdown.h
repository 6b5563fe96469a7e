#pragma once
// Latency and energy summed by operator group (e.g. "vision.layers", "text.head"), for per-layer
// drill-down. Needs a report simulated with per_op_detail.
#include <string>
#include <vector>

#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

struct GroupPerformance {
  std::string group;
  double latency_s = 0;
  EnergyBreakdown energy;
  double macs = 0;
  int op_count = 0;
};

std::vector<GroupPerformance> group_breakdown(const Workload& workload, const PerformanceReport& report);

}   // namespace cdse
