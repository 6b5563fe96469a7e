#include "carbon_flags.h"

#include <map>

#include "core/carbon/carbon_settings_json.h"
#include "core/io/input_error.h"

namespace cdse::cli {
namespace {

// A flag and the JSON field of the carbon settings object it sets (empty for the switches, which
// are handled one by one); numbers are parsed strictly by CliArgs first.
struct CarbonFlag {
  FlagSpec spec;
  const char* field;
  bool numeric;
};

const std::vector<CarbonFlag>& carbon_flag_list()
{
  static const std::vector<CarbonFlag> list = [] {
    const CarbonSettings d;   // the built-in defaults, so help cannot drift from them
    return std::vector<CarbonFlag>{
        {{"grid-intensity", "G", "g CO2e/kWh", help_number(d.grid_intensity_g_per_kwh),
          "carbon intensity of the grid the chip runs on"},
         "grid_intensity",
         true},
        {{"grid-region", "ID", "", "", "grid region preset instead of --grid-intensity (ids: 'presets')"},
         "grid_region",
         false},
        {{"lifetime-years", "Y", "years", help_number(d.lifetime_years), "deployment lifetime"}, "lifetime_years", true},
        {{"inferences-per-second", "R", "1/s", help_number(d.inferences_per_second), "inference rate while deployed"},
         "inferences_per_second",
         true},
        {{"inferences-per-day", "R", "1/day", help_number(d.inferences_per_second * 86400.0),
          "inference rate, per day (instead of --inferences-per-second)"},
         "inferences_per_day",
         true},
        {{"duty-cycle", "F", "fraction", help_number(d.duty_cycle),
          "share of the lifetime the chip is powered (leaks), 0-1"},
         "duty_cycle",
         true},
        {{"idle-power-fraction", "F", "fraction", help_number(d.idle_power_fraction),
          "share of the leakage drawn while powered but idle (power gating), 0-1"},
         "idle_power_fraction",
         true},
        {{"fab-location", "ID", "", d.fab_location, "fab location or energy source (ids: 'presets')"},
         "fab_location",
         false},
        {{"fab-intensity", "G", "g CO2e/kWh", "from --fab-location", "custom carbon intensity of the fab's electricity"},
         "fab_intensity",
         true},
        {{"node-nm", "N", "nm", "the accelerator's node", "process node for embodied carbon"}, "node_nm", true},
        {{"gas-abatement", "P", "%", std::to_string(d.gas_abatement_pct), "fab gas abatement, 95 or 99"},
         "gas_abatement",
         true},
        {{"yield", "Y", "fraction", help_number(d.yield),
          "die yield with --yield-model constant, and DRAM's; above 0, at most 1"},
         "yield",
         true},
        {{"yield-model", "ID", "", std::string(to_string(d.yield_model)),
          "die yield: murphy (from the die area) or constant (--yield)"},
         "yield_model",
         false},
        {{"dram", "ID", "", d.dram_type, "DRAM type for embodied carbon (ids: 'presets')"}, "dram_type", false},
        {{"dram-gb", "G", "GB", "sized from the model weights", "DRAM capacity for embodied carbon"}, "dram_gb", true},
        {{"packaging-kg", "K", "kg CO2e", help_number(d.packaging_kg), "packaging carbon per chip, with --packaging"},
         "packaging_kg",
         true},
        {{"hardware-lifetime-years", "Y", "years", help_number(d.hardware_lifetime_years),
          "hardware lifetime embodied carbon is spread over, with --amortize"},
         "hardware_lifetime_years",
         true},
        {{"no-static", "", "", d.include_static ? "leakage counted" : "leakage not counted",
          "leave leakage (static) energy out of operational carbon"},
         "",
         false},
        {{"packaging", "", "", d.include_packaging ? "included" : "not included", "add packaging carbon to embodied"},
         "",
         false},
        {{"amortize", "", "", d.amortize ? "on" : "off",
          "count embodied carbon in proportion lifetime / hardware lifetime (ACT)"},
         "",
         false},
    };
  }();
  return list;
}

}   // namespace

const FlagTable& carbon_flags()
{
  static const FlagTable table = [] {
    FlagTable t;
    for (const auto& f : carbon_flag_list())
      t.push_back(f.spec);
    return t;
  }();
  return table;
}

CarbonSettings apply_carbon_flags(const CliArgs& args, const CarbonSettings& base)
{
  json::Json overrides = json::Json::object();
  std::map<std::string, std::string> flag_of_field;
  for (const auto& f : carbon_flag_list()) {
    if (*f.field == '\0' || !args.has(f.spec.name))
      continue;
    flag_of_field[f.field] = f.spec.name;
    if (f.numeric)
      overrides[f.field] = *args.number(f.spec.name, -1e300, 1e300);
    else
      overrides[f.field] = *args.text(f.spec.name);
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

}   // namespace cdse::cli
