#include "core/carbon/carbon_drilldown.h"

#include <stdexcept>

namespace cdse {
namespace {

double share(double part, double whole) { return whole > 0 ? part / whole : 0.0; }

}   // namespace

ChipCarbonByComponent chip_carbon_by_component(const CarbonBreakdown& carbon, const AreaBreakdown& area)
{
  const double total = area.total_mm2();
  return {carbon.chip_kg * share(area.pe_mm2, total),      carbon.chip_kg * share(area.vector_mm2, total),
          carbon.chip_kg * share(area.l2_mm2, total),      carbon.chip_kg * share(area.glb_mm2, total),
          carbon.chip_kg * share(area.control_mm2, total), carbon.chip_kg * share(area.dram_phy_mm2, total)};
}

std::vector<OperationalShare> operational_by_group(const PerformanceReport& report, const Workload& workload,
                                                   const CarbonBreakdown& carbon, OperationalGrouping grouping)
{
  if (report.ops.size() != workload.ops.size())
    throw std::invalid_argument("operational_by_group: the report has " + std::to_string(report.ops.size()) +
                                " ops but the workload " + std::to_string(workload.ops.size()) +
                                " (simulate with per_op_detail)");
  std::vector<OperationalShare> out;
  std::vector<double> dynamic_j, static_j;
  double dynamic_total = 0, static_total = 0;
  for (const OpPerformance& op : report.ops) {
    if (op.op_index >= workload.ops.size())
      throw std::invalid_argument("operational_by_group: op index out of range");
    const Operator& w = workload.ops[op.op_index];
    const std::string name = grouping == OperationalGrouping::Group ? w.group : std::string(to_string(w.kind));
    std::size_t i = 0;
    while (i < out.size() && out[i].name != name)
      ++i;
    if (i == out.size()) {
      out.push_back({name, 0, 0, 0});
      dynamic_j.push_back(0);
      static_j.push_back(0);
    }
    out[i].energy_per_inference_j += op.energy.total_j();
    dynamic_j[i] += op.energy.dynamic_j();
    static_j[i] += op.energy.static_j;
    dynamic_total += op.energy.dynamic_j();
    static_total += op.energy.static_j;
  }
  const double inference_static_kg = carbon.static_kg - carbon.idle_static_kg;
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i].dynamic_kg = carbon.dynamic_kg * share(dynamic_j[i], dynamic_total);
    out[i].static_kg = inference_static_kg * share(static_j[i], static_total);
  }
  if (carbon.idle_static_kg > 0)
    out.push_back({"idle", 0, 0, carbon.idle_static_kg});
  return out;
}

}   // namespace cdse
