#include "carbon_flags.h"

#include <map>

#include "carbon/carbon_settings_json.h"
#include "io/input_error.h"

namespace cdse::cli {
namespace {

// flag → JSON field of the carbon settings object; numbers are parsed strictly by CliArgs first.
struct FlagField {
  const char* flag;
  const char* field;
  bool numeric;
};

const FlagField k_flags[] = {
    {"grid-intensity", "grid_intensity", true},
    {"grid-region", "grid_region", false},
    {"lifetime-years", "lifetime_years", true},
    {"inferences-per-second", "inferences_per_second", true},
    {"inferences-per-day", "inferences_per_day", true},
    {"duty-cycle", "duty_cycle", true},
    {"fab-location", "fab_location", false},
    {"fab-intensity", "fab_intensity", true},
    {"node-nm", "node_nm", true},
    {"gas-abatement", "gas_abatement", true},
    {"yield", "yield", true},
    {"dram", "dram_type", false},
    {"dram-gb", "dram_gb", true},
    {"packaging-kg", "packaging_kg", true},
    {"hardware-lifetime-years", "hardware_lifetime_years", true},
};

} // namespace

const std::set<std::string>& carbon_value_flags()
{
  static const std::set<std::string> flags = [] {
    std::set<std::string> s;
    for (const auto& f : k_flags)
      s.insert(f.flag);
    return s;
  }();
  return flags;
}

const std::set<std::string>& carbon_switch_flags()
{
  static const std::set<std::string> flags = {"no-static", "packaging", "amortize"};
  return flags;
}

CarbonSettings apply_carbon_flags(const CliArgs& args, const CarbonSettings& base)
{
  json::Json overrides = json::Json::object();
  std::map<std::string, std::string> flag_of_field;
  for (const auto& f : k_flags) {
    if (!args.has(f.flag))
      continue;
    flag_of_field[f.field] = f.flag;
    if (f.numeric)
      overrides[f.field] = *args.number(f.flag, -1e300, 1e300);
    else
      overrides[f.field] = *args.text(f.flag);
  }
  if (args.has("no-static"))
    overrides["include_static"] = false;
  if (args.has("packaging"))
    overrides["include_packaging"] = true;
  if (args.has("amortize"))
    overrides["amortize"] = true;
  if (overrides.empty())
    return base;
  try {
    return parse_carbon_settings(overrides, "", base);
  } catch (const InputError& e) {
    // Name the flag the user typed rather than the JSON field.
    const std::string field = e.where().substr(0, e.where().find('.'));
    auto it = flag_of_field.find(field);
    if (it != flag_of_field.end())
      throw InputError("--" + it->second, e.problem());
    throw;
  }
}

} // namespace cdse::cli
