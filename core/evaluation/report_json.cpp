#include "core/evaluation/report_json.h"

#include "core/evaluation/breakdown_json_fields.h"

namespace cdse {

json::Json to_json(const AreaBreakdown& area)
{
  return breakdown_to_json(area, k_area_json_fields, ResultJsonFormat::Report);
}

json::Json to_json(const EnergyBreakdown& energy)
{
  return breakdown_to_json(energy, k_energy_json_fields, ResultJsonFormat::Report);
}

json::Json to_json(const CarbonBreakdown& c)
{
  return {{"embodied_kg", c.embodied_kg},
          {"embodied_p5_kg", c.embodied_p5_kg},
          {"embodied_p95_kg", c.embodied_p95_kg},
          {"chip_kg", c.chip_kg},
          {"dram_kg", c.dram_kg},
          {"packaging_kg", c.packaging_kg},
          {"dram_gb", c.dram_gb},
          {"die_yield", c.die_yield},
          {"operational_kg", c.operational_kg},
          {"operational_low_kg", c.operational_low_kg},
          {"operational_high_kg", c.operational_high_kg},
          {"dynamic_kg", c.dynamic_kg},
          {"static_kg", c.static_kg},
          {"total_kg", c.total_kg},
          {"cdp_kg_s", c.cdp_kg_s},
          {"cep_kg_j", c.cep_kg_j}};
}

json::Json performance_to_json(const PerformanceReport& report, const Workload& workload)
{
  json::Json out = {{"latency_s", report.latency_s},
                    {"energy_per_inference_j", report.energy_per_inference_j},
                    {"static_power_w", report.static_power_w},
                    {"area_mm2", report.area.total_mm2()},
                    {"peak_tops", report.peak_tops},
                    {"supply_voltage_v", report.vdd_v},
                    {"macs", workload.total_macs()},
                    {"parameters", workload.parameter_count},
                    {"area_breakdown_mm2", to_json(report.area)},
                    {"energy_breakdown_j", to_json(report.energy)}};
  json::Json ops = json::Json::array();
  // What limits the inference: the latency of the ops each resource bounds (with channels, DRAM
  // often binds the weight-streaming GEMMs).
  json::Json by_bound = json::Json::object();
  for (const auto& perf : report.ops) {
    if (perf.op_index >= workload.ops.size() || perf.bound.empty())
      continue;
    by_bound[perf.bound] = by_bound.value(perf.bound, 0.0) + perf.latency_s;
  }
  if (!report.ops.empty())
    out["latency_by_bound_s"] = std::move(by_bound);
  for (const auto& perf : report.ops) {
    if (perf.op_index >= workload.ops.size())
      continue;
    const Operator& op = workload.ops[perf.op_index];
    json::Json o = {{"name", op.name}, {"kind", std::string(to_string(op.kind))}, {"group", op.group}};
    if (op.kind == OpKind::Gemm) {
      o["m"] = op.m;
      o["k"] = op.k;
      o["n"] = op.n;
    } else {
      o["elements"] = op.elements;
    }
    o["count"] = op.count;
    o["cycles"] = perf.cycles;
    o["latency_s"] = perf.latency_s;
    o["energy_j"] = perf.energy_j();
    o["utilization"] = perf.utilization;
    o["energy_breakdown_j"] = to_json(perf.energy);
    if (!perf.mapping.empty())
      o["mapping"] = perf.mapping;
    if (!perf.bound.empty())
      o["bound"] = perf.bound;
    ops.push_back(std::move(o));
  }
  out["ops"] = std::move(ops);
  return out;
}

void add_accuracy_fields(json::Json& out, const AccuracyEstimate& accuracy)
{
  if (accuracy.available) {
    out["accuracy"] = accuracy.value;
    out["accuracy_low"] = accuracy.low;
    out["accuracy_high"] = accuracy.high;
  } else {
    out["accuracy"] = nullptr;
  }
  out["accuracy_source"] = accuracy.source.empty() ? "none" : accuracy.source;
  if (!accuracy.metric.empty())
    out["accuracy_metric"] = accuracy.metric;
}

}   // namespace cdse
