#pragma once
// The "report" JSON format: what `carbondse-cli evaluate` prints for one design -- the simulator's
// metrics with full per-component and per-op breakdowns, accuracy and carbon -- for people and
// their scripts to read. Keys are short inside an object whose key names the unit
// ("area_breakdown_mm2": {"pe": ...}) and are part of the CLI contract (README, docs).
// Not read back. Its sibling, the "storage" format (invariants_storage_json.h), is the compact
// round-trip form of DesignInvariants in journals, sessions and search JSON; the breakdown fields
// both write, with each format's key, are listed once in breakdown_json_fields.h.
#include "core/accuracy/accuracy_estimate.h"
#include "core/carbon/carbon_breakdown.h"
#include "core/hardware/area_breakdown.h"
#include "core/io/json_fields.h"
#include "core/sim/energy_breakdown.h"
#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

json::Json to_json(const AreaBreakdown& area);       // {pe, vector_lanes, l2, glb} in mm²
json::Json to_json(const EnergyBreakdown& energy);   // {mac, register_file, l2, glb, dram, static} in J
json::Json to_json(const CarbonBreakdown& carbon);   // {embodied_kg, ..., total_kg, cdp_kg_s, cep_kg_j}
// The top-level metrics of a report plus one object per op (name, kind, m, k, n, count, cycles...).
json::Json performance_to_json(const PerformanceReport& report, const Workload& workload);
// Adds accuracy, accuracy_low/high, accuracy_source, accuracy_metric to `out`.
void add_accuracy_fields(json::Json& out, const AccuracyEstimate& accuracy);

}   // namespace cdse
