#include "core/sim/group_breakdown.h"

namespace cdse {

std::vector<GroupPerformance> group_breakdown(const Workload& workload, const PerformanceReport& report)
{
  std::vector<GroupPerformance> groups;   // in first-appearance order
  for (const auto& perf : report.ops) {
    if (perf.op_index >= workload.ops.size())
      continue;
    const Operator& op = workload.ops[perf.op_index];
    GroupPerformance* g = nullptr;
    for (auto& existing : groups)
      if (existing.group == op.group)
        g = &existing;
    if (!g) {
      groups.push_back({op.group, 0, {}, 0, 0});
      g = &groups.back();
    }
    g->latency_s += perf.latency_s;
    g->energy += perf.energy;
    g->macs += op.total_macs();
    ++g->op_count;
  }
  return groups;
}

}   // namespace cdse
