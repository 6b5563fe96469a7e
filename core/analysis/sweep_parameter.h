#pragma once
// The carbon assumptions a sweep can vary (issue 16): the operational ones, each of which scales
// operational carbon linearly (or piecewise linearly) and leaves embodied carbon as it is, so the
// break-even point where operational carbon equals embodied carbon has a closed form (break_even.h).
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
};

struct SweepParameterInfo {
  SweepParameter parameter;
  const char* id;     // CLI spelling: "grid-intensity"
  const char* unit;   // "g/kWh"
  bool log_scale;     // spans orders of magnitude (grid, workload): swept and plotted on a log axis
};

const std::vector<SweepParameterInfo>& sweep_parameters();
const SweepParameterInfo& sweep_parameter_info(SweepParameter parameter);
// Throws InputError naming `field` and listing the valid ids.
SweepParameter parse_sweep_parameter(std::string_view id, const std::string& field);

double sweep_value(const CarbonSettings& settings, SweepParameter parameter);
// The settings with the parameter set (a grid value clears the region preset: it is now custom).
CarbonSettings with_sweep_value(CarbonSettings settings, SweepParameter parameter, double value);

}   // namespace cdse
