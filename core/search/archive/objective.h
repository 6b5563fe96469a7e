#pragma once
// The quantities a search can optimise. Every objective is minimised internally; accuracy enters
// as 1 − accuracy and is reported back as accuracy. Values are SI (s, J, kg CO2e, kg·s) except
// area (mm²).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"

namespace cdse {

enum class Objective {
  Accuracy,            // maximised; minimised as 1 − accuracy
  Latency,             // s per inference (batch 1)
  Energy,              // J over the deployment lifetime (inferences + leakage while powered)
  TotalCarbon,         // kg CO2e, embodied + operational
  EmbodiedCarbon,      // kg CO2e
  OperationalCarbon,   // kg CO2e
  Area,                // mm²
  Cdp,                 // carbon-delay product, kg·s
};

std::string_view objective_id(Objective objective);     // "accuracy", "latency", "energy", "total_carbon", ...
std::string_view objective_unit(Objective objective);   // "fraction", "s", "J", "kg", "mm2", "kg*s"
std::optional<Objective> parse_objective(std::string_view id);
const std::vector<Objective>& all_objectives();
// True when the value changes with the carbon settings (so re-scoring must recompute it).
bool objective_depends_on_carbon(Objective objective);
// True for the objective that is maximised in reports (accuracy).
bool objective_is_maximised(Objective objective);

// Energy of the whole deployment, J: dynamic energy per inference × inferences, plus leakage over
// the powered-on lifetime when the settings include static energy.
double lifetime_energy_j(const DesignInvariants& invariants, const CarbonSettings& settings);

// The minimised value. Accuracy without an estimate yields NaN (the archive marks such designs
// infeasible rather than inventing a number).
double objective_value(Objective objective, const DesignInvariants& invariants, const CarbonBreakdown& carbon,
                       const CarbonSettings& settings);
// Minimised value → the value users see (accuracy back to a fraction; others unchanged).
double reported_value(Objective objective, double minimised);
double minimised_value(Objective objective, double reported);

}   // namespace cdse
