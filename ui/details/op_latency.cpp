#include "ui/details/op_latency.h"

#include <algorithm>

#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"
#include "core/workload/workload.h"

OpLatencyTable simulateOpLatencies(const cdse::Design& design)
{
  const cdse::Workload workload = cdse::expand_model(design.model);
  cdse::SimulationOptions options;   // serial schedule, as the search's DesignEvaluator uses
  options.per_op_detail = true;
  cdse::Simulator simulator;
  const cdse::PerformanceReport report = simulator.simulate(workload, design.accel, options);

  OpLatencyTable table;
  table.report_latency_s = report.latency_s;
  table.rows.reserve(report.ops.size());
  for (const auto& p : report.ops) {
    const cdse::Operator& op = workload.ops.at(p.op_index);
    OpLatencyRow row;
    row.name = op.name;
    row.group = op.group;
    row.kind = std::string(cdse::to_string(op.kind));
    row.count = op.count;
    row.cycles = p.cycles;
    row.latency_s = p.latency_s;
    row.utilization = p.utilization;
    row.macs = op.total_macs();
    row.energy = p.energy;
    row.bound = p.bound;
    row.mapping = p.mapping;
    table.sum_latency_s += p.latency_s;
    table.rows.push_back(std::move(row));
  }
  for (auto& row : table.rows)
    row.share = table.sum_latency_s > 0 ? row.latency_s / table.sum_latency_s : 0.0;
  std::stable_sort(table.rows.begin(), table.rows.end(),
                   [](const OpLatencyRow& a, const OpLatencyRow& b) { return a.latency_s > b.latency_s; });
  return table;
}
