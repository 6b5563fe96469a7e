#include "core/search/archive/objective.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/io/id_table.h"

namespace cdse {

namespace {

struct ObjectiveInfo {
  Objective value;
  std::string_view id;
  std::string_view unit;
  bool carbon_dependent;
};

constexpr ObjectiveInfo k_info[] = {
    {Objective::Accuracy, "accuracy", "fraction", false},
    {Objective::Latency, "latency", "s", false},
    {Objective::Energy, "energy", "J", true},   // lifetime energy follows the workload rate
    {Objective::TotalCarbon, "total_carbon", "kg", true},
    {Objective::EmbodiedCarbon, "embodied_carbon", "kg", true},
    {Objective::OperationalCarbon, "operational_carbon", "kg", true},
    {Objective::Area, "area", "mm2", false},
    {Objective::Cdp, "cdp", "kg*s", true},
};

const ObjectiveInfo& info(Objective objective)
{
  const ObjectiveInfo* row = id_table::row_of(k_info, objective);
  return row ? *row : k_info[0];
}

}   // namespace

std::string_view objective_id(Objective objective) { return info(objective).id; }
std::string_view objective_unit(Objective objective) { return info(objective).unit; }
bool objective_depends_on_carbon(Objective objective) { return info(objective).carbon_dependent; }
bool objective_is_maximised(Objective objective) { return objective == Objective::Accuracy; }

std::optional<Objective> parse_objective(std::string_view id) { return id_table::value_of(k_info, id); }

const std::vector<Objective>& all_objectives()
{
  static const std::vector<Objective> all = id_table::all_values(k_info);
  return all;
}

double lifetime_energy_j(const DesignInvariants& invariants, const CarbonSettings& settings)
{
  // Same accounting as the CarbonScorer's operational carbon (docs/models/carbon.md): leakage while
  // busy is inside the energy per inference; idle powered-on time adds leakage power × idle time.
  const double lifetime_s = settings.lifetime_years * 365.0 * 86400.0;
  const double inferences = settings.inferences_over_lifetime();
  // Leakage is P · max(busy, f · powered + (1 − f) · busy) in one product (f: idle_power_fraction),
  // so the value never decreases when the latency grows (see CarbonScorer::score).
  double energy = invariants.dynamic_energy_j * inferences;
  if (settings.include_static) {
    const double busy_s = inferences * invariants.latency_s, f = settings.idle_power_fraction;
    energy += invariants.static_power_w * std::max(busy_s, f * (settings.duty_cycle * lifetime_s) + (1.0 - f) * busy_s);
  }
  return energy;
}

double objective_value(Objective objective, const DesignInvariants& inv, const CarbonBreakdown& carbon,
                       const CarbonSettings& settings)
{
  switch (objective) {
    case Objective::Accuracy:
      return inv.accuracy_available ? 1.0 - inv.accuracy : std::numeric_limits<double>::quiet_NaN();
    case Objective::Latency: return inv.latency_s;
    case Objective::Energy: return lifetime_energy_j(inv, settings);
    case Objective::TotalCarbon: return carbon.total_kg;
    case Objective::EmbodiedCarbon: return carbon.embodied_kg;
    case Objective::OperationalCarbon: return carbon.operational_kg;
    case Objective::Area: return inv.area_mm2;
    case Objective::Cdp: return carbon.total_kg * inv.latency_s;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

double reported_value(Objective objective, double minimised)
{
  return objective == Objective::Accuracy ? 1.0 - minimised : minimised;
}

double minimised_value(Objective objective, double reported)
{
  return objective == Objective::Accuracy ? 1.0 - reported : reported;
}

}   // namespace cdse
