#pragma once
// The carbon assumptions a sweep can vary (issue 16). The numeric ones are operational: each scales
// operational carbon linearly (or piecewise linearly) and leaves embodied carbon as it is, so the
// break-even point where operational carbon equals embodied carbon has a closed form (break_even.h).
// The categorical ones (fab location, technology node) are compared category by category: they
// change embodied carbon (and a node also the energy), so they have no break-even and no regime map.
#include <string>
#include <string_view>
#include <vector>

#include "core/carbon/carbon_settings.h"

namespace cdse {

enum class SweepParameter {
  GridIntensity,         // g CO2e/kWh
  LifetimeYears,         // years
  InferencesPerSecond,   // 1/s
  DutyCycle,             // fraction of the lifetime powered, 0-1
  FabLocation,           // category: a fab location of the ACT table (value: its g CO2e/kWh)
  TechnologyNode,        // category: a node every design is scaled to (value: nm)
};

struct SweepParameterInfo {
  SweepParameter parameter;
  const char* id;     // CLI spelling: "grid-intensity"
  const char* unit;   // "g/kWh"
  bool log_scale;     // spans orders of magnitude (grid, workload): swept and plotted on a log axis
  bool categorical;   // compared over named categories, not a numeric range
};

// One category of a categorical parameter: "taiwan" (Taiwan, 642 g/kWh) or "7" (7 nm, 7).
struct SweepCategory {
  std::string id;     // CLI spelling
  std::string name;   // display name, from the data table ("Taiwan"; "7 nm")
  double value = 0;   // the number it stands for: the fab's g CO2e/kWh, the node's nm
};

const std::vector<SweepParameterInfo>& sweep_parameters();
const SweepParameterInfo& sweep_parameter_info(SweepParameter parameter);
// Throws InputError naming `field` and listing the valid ids.
SweepParameter parse_sweep_parameter(std::string_view id, const std::string& field);

// Every category of a categorical parameter, in a meaningful order: fab locations from the cleanest
// fab supply to the dirtiest, nodes from the oldest to the newest that both ACT (carbon) and the
// node-scaling tables cover. Empty for a numeric parameter.
std::vector<SweepCategory> sweep_categories(SweepParameter parameter);
// The category the settings are in ("" when none is: a custom fab intensity, the designs' own node).
std::string sweep_category_of(const CarbonSettings& settings, SweepParameter parameter);
// The settings in category `id` (a fab location replaces a custom fab intensity). InputError
// naming `field` and listing the valid ids when `id` is not one of them.
CarbonSettings with_sweep_category(CarbonSettings settings, SweepParameter parameter, std::string_view id,
                                   const std::string& field = "--categories");

// Numeric parameters only (a categorical parameter's value is its category's `value`).
double sweep_value(const CarbonSettings& settings, SweepParameter parameter);
// The settings with the parameter set (a grid value clears the region preset: it is now custom).
// Numeric parameters only: a categorical one throws InputError naming "--param".
CarbonSettings with_sweep_value(CarbonSettings settings, SweepParameter parameter, double value);

}   // namespace cdse
