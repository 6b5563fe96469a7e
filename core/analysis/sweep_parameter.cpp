#include "core/analysis/sweep_parameter.h"

#include "core/io/input_error.h"

namespace cdse {

const std::vector<SweepParameterInfo>& sweep_parameters()
{
  static const std::vector<SweepParameterInfo> list{
      {SweepParameter::GridIntensity, "grid-intensity", "g/kWh", true},
      {SweepParameter::LifetimeYears, "lifetime-years", "years", false},
      {SweepParameter::InferencesPerSecond, "inferences-per-second", "1/s", true},
      {SweepParameter::DutyCycle, "duty-cycle", "fraction", false},
  };
  return list;
}

const SweepParameterInfo& sweep_parameter_info(SweepParameter parameter)
{
  for (const auto& info : sweep_parameters())
    if (info.parameter == parameter)
      return info;
  return sweep_parameters().front();   // unreachable: every enumerator is listed
}

SweepParameter parse_sweep_parameter(std::string_view id, const std::string& field)
{
  std::string ids;
  for (const auto& info : sweep_parameters()) {
    if (id == info.id)
      return info.parameter;
    ids += ids.empty() ? "" : ", ";
    ids += info.id;
  }
  throw InputError(field, "unknown parameter '" + std::string(id) + "' (one of: " + ids + ")");
}

double sweep_value(const CarbonSettings& settings, SweepParameter parameter)
{
  switch (parameter) {
    case SweepParameter::GridIntensity: return settings.grid_intensity_g_per_kwh;
    case SweepParameter::LifetimeYears: return settings.lifetime_years;
    case SweepParameter::InferencesPerSecond: return settings.inferences_per_second;
    case SweepParameter::DutyCycle: return settings.duty_cycle;
  }
  return 0.0;
}

CarbonSettings with_sweep_value(CarbonSettings settings, SweepParameter parameter, double value)
{
  switch (parameter) {
    case SweepParameter::GridIntensity:
      settings.grid_intensity_g_per_kwh = value;
      settings.grid_region.clear();
      break;
    case SweepParameter::LifetimeYears: settings.lifetime_years = value; break;
    case SweepParameter::InferencesPerSecond: settings.inferences_per_second = value; break;
    case SweepParameter::DutyCycle: settings.duty_cycle = value; break;
  }
  return settings;
}

}   // namespace cdse
