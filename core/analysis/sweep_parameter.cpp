#include "core/analysis/sweep_parameter.h"

#include <algorithm>

#include "core/carbon/carbon_tables.h"
#include "core/carbon/embodied_carbon.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"

namespace cdse {

const std::vector<SweepParameterInfo>& sweep_parameters()
{
  static const std::vector<SweepParameterInfo> list{
      {SweepParameter::GridIntensity, "grid-intensity", "g/kWh", true, false},
      {SweepParameter::LifetimeYears, "lifetime-years", "years", false, false},
      {SweepParameter::InferencesPerSecond, "inferences-per-second", "1/s", true, false},
      {SweepParameter::DutyCycle, "duty-cycle", "fraction", false, false},
      {SweepParameter::FabLocation, "fab-location", "g/kWh", false, true},
      {SweepParameter::TechnologyNode, "technology-node", "nm", false, true},
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

std::vector<SweepCategory> sweep_categories(SweepParameter parameter)
{
  std::vector<SweepCategory> list;
  const auto& tables = CarbonTables::instance();
  if (parameter == SweepParameter::FabLocation) {
    for (const auto& fab : tables.fab_locations())
      list.push_back({fab.id, fab.name, fab.g_per_kwh});
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
  } else if (parameter == SweepParameter::TechnologyNode) {
    const std::vector<int> scalable = supported_nodes_nm();
    for (const auto& row : tables.nodes())
      if (std::find(scalable.begin(), scalable.end(), row.node_nm) != scalable.end())
        list.push_back({std::to_string(row.node_nm), std::to_string(row.node_nm) + " nm", double(row.node_nm)});
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.value > b.value; });
  }
  return list;
}

std::string sweep_category_of(const CarbonSettings& settings, SweepParameter parameter)
{
  if (parameter == SweepParameter::FabLocation)
    return settings.fab_intensity_g_per_kwh < 0 ? settings.fab_location : std::string();
  if (parameter == SweepParameter::TechnologyNode)
    return settings.node_nm != 0 ? std::to_string(settings.node_nm) : std::string();
  return {};
}

CarbonSettings with_sweep_category(CarbonSettings settings, SweepParameter parameter, std::string_view id,
                                   const std::string& field)
{
  const std::vector<SweepCategory> list = sweep_categories(parameter);
  if (list.empty())
    throw InputError(field, std::string(sweep_parameter_info(parameter).id) + " is not a category parameter");
  const auto it = std::find_if(list.begin(), list.end(), [&](const auto& c) { return c.id == id; });
  if (it == list.end()) {
    std::string ids;
    for (const auto& c : list)
      ids += (ids.empty() ? "" : ", ") + c.id;
    throw InputError(field, "unknown " + std::string(sweep_parameter_info(parameter).id) + " '" + std::string(id) +
                                "' (one of: " + ids + ")");
  }
  if (parameter == SweepParameter::FabLocation) {
    settings.fab_location = it->id;
    settings.fab_intensity_g_per_kwh = -1.0;
  } else {
    settings.node_nm = static_cast<int>(it->value);
  }
  return settings;
}

double sweep_value(const CarbonSettings& settings, SweepParameter parameter)
{
  switch (parameter) {
    case SweepParameter::GridIntensity: return settings.grid_intensity_g_per_kwh;
    case SweepParameter::LifetimeYears: return settings.lifetime_years;
    case SweepParameter::InferencesPerSecond: return settings.inferences_per_second;
    case SweepParameter::DutyCycle: return settings.duty_cycle;
    case SweepParameter::FabLocation:
      return resolve_fab_intensity(settings.fab_location, settings.fab_intensity_g_per_kwh);
    case SweepParameter::TechnologyNode: return settings.node_nm;
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
    case SweepParameter::FabLocation:
    case SweepParameter::TechnologyNode:
      throw InputError("--param", std::string(sweep_parameter_info(parameter).id) +
                                      " is a category: it takes named values, not a numeric range");
  }
  return settings;
}

}   // namespace cdse
