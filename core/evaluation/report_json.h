#pragma once
// JSON renderings of the engine's results, shared by the CLI, exports and the GUI's session files.
// Field names are part of the CLI contract (see README and docs).
#include "core/accuracy/accuracy_estimate.h"
#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/design_invariants.h"
#include "core/hardware/area_breakdown.h"
#include "core/io/json_fields.h"
#include "core/sim/energy_breakdown.h"
#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

json::Json to_json(const AreaBreakdown& area);        // {pe, vector_lanes, l2, glb} in mm²
json::Json to_json(const EnergyBreakdown& energy);    // {mac, register_file, l2, glb, dram, static} in J
json::Json to_json(const CarbonBreakdown& carbon);    // {embodied_kg, ..., total_kg, cdp_kg_s, cep_kg_j}
json::Json to_json(const DesignInvariants& invariants);
// The top-level metrics of a report plus one object per op (name, kind, m, k, n, count, cycles...).
json::Json performance_to_json(const PerformanceReport& report, const Workload& workload);
// Adds accuracy, accuracy_low/high, accuracy_source, accuracy_metric to `out`.
void add_accuracy_fields(json::Json& out, const AccuracyEstimate& accuracy);

} // namespace cdse
