#pragma once
// Limits a design must meet to be feasible (any subset). Infeasible designs stay in the archive,
// marked, with a violation measure that lets NSGA-II prefer "nearly feasible" designs.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/design_invariants.h"

namespace cdse {

struct Feasibility {
  bool feasible = true;
  double violation = 0;         // sum over violated limits of (excess / limit); 0 when feasible
  std::uint32_t violated = 0;   // bit mask of SearchConstraints::Limit
};

struct SearchConstraints {
  enum Limit : std::uint32_t {
    MaxLatency = 1u << 0,
    MaxArea = 1u << 1,
    MaxPeakTops = 1u << 2,
    MinAccuracy = 1u << 3,
    MaxTotalCarbon = 1u << 4,
    MaxEnergyPerInference = 1u << 5,
    AccuracyUnavailable = 1u << 6,   // accuracy is needed (objective or floor) but has no estimate
    EvaluationFailed = 1u << 7,      // the simulator refused the design
  };

  std::optional<double> max_latency_s;
  std::optional<double> max_area_mm2;
  std::optional<double> max_peak_tops;
  std::optional<double> min_accuracy;
  std::optional<double> max_total_carbon_kg;
  std::optional<double> max_energy_per_inference_j;

  bool depends_on_carbon() const { return max_total_carbon_kg.has_value(); }
  // `accuracy_required`: accuracy is an objective, so a design without an estimate is infeasible.
  Feasibility check(const DesignInvariants& invariants, const CarbonBreakdown& carbon, bool accuracy_required) const;
  friend bool operator==(const SearchConstraints&, const SearchConstraints&) = default;
};

// Names of the violated limits, e.g. {"latency", "area"}.
std::vector<std::string> violated_limit_names(std::uint32_t violated);

}   // namespace cdse
