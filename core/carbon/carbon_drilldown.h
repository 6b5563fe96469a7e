#pragma once
// Where a design's carbon comes from, for the details panel: the chip's embodied carbon split by
// component area share, and the operational carbon split by workload group or op class. Both
// distribute an already scored CarbonBreakdown, so the parts always add up to its totals (node
// overrides scale every component alike, so the shares still hold).
#include <string>
#include <vector>

#include "core/carbon/carbon_breakdown.h"
#include "core/hardware/area_breakdown.h"
#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

struct ChipCarbonByComponent {
  double pe_kg = 0, vector_kg = 0, l2_kg = 0, glb_kg = 0, control_kg = 0, dram_phy_kg = 0;   // sum = carbon.chip_kg
};

ChipCarbonByComponent chip_carbon_by_component(const CarbonBreakdown& carbon, const AreaBreakdown& area);

enum class OperationalGrouping {
  Group,     // Operator::group, e.g. "vision.layers"
  OpClass,   // OpKind: gemm, softmax, layernorm, ...
};

struct OperationalShare {
  std::string name;                    // group or op class; "idle" for leakage while not inferring
  double energy_per_inference_j = 0;   // as simulated (dynamic + static during the op)
  double dynamic_kg = 0;
  double static_kg = 0;
  double total_kg() const { return dynamic_kg + static_kg; }
};

// Shares of carbon.dynamic_kg and of the in-inference part of carbon.static_kg in proportion to
// each group's simulated dynamic and static energy; idle leakage (carbon.idle_static_kg) is its
// own "idle" entry. Order: first appearance in the workload; "idle" last. Needs per-op detail
// (report.ops, same order as workload.ops); throws std::invalid_argument when they do not match.
std::vector<OperationalShare> operational_by_group(const PerformanceReport& report, const Workload& workload,
                                                   const CarbonBreakdown& carbon,
                                                   OperationalGrouping grouping = OperationalGrouping::Group);

}   // namespace cdse
