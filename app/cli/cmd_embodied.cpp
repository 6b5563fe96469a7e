// carbondse-cli embodied --area-mm2 A [--node-nm N] [--fab-location L | --fab-intensity G]
//   [--gas-abatement 95|99] [--yield-model murphy|constant] [--yield Y] [--dram TYPE --dram-gb G]
//   [--packaging [--packaging-kg K]]
#include <iostream>

#include "core/carbon/embodied_carbon.h"
#include "core/carbon/yield_model.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"

namespace cdse::cli {
namespace {

int run_embodied(const Args& raw, std::ostream& out, std::ostream&)
{
  const CliArgs args(raw, embodied_command().flags);
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "unexpected argument (embodied takes only options)");
  const auto area = args.number("area-mm2", 0.0, 1e6);
  if (!area)
    throw InputError("--area-mm2", "missing required option");
  EmbodiedInputs in;
  in.node_nm = static_cast<int>(args.integer("node-nm", 1, 1000).value_or(in.node_nm));
  in.fab_location = args.text("fab-location").value_or(in.fab_location);
  in.fab_intensity_g_per_kwh = args.number("fab-intensity", 0.0, 1e5).value_or(-1.0);
  in.gas_abatement_pct = static_cast<int>(args.integer("gas-abatement", 0, 100).value_or(in.gas_abatement_pct));
  in.yield = args.number("yield", -1e300, 1e300).value_or(in.yield);
  // The same default as `evaluate` and the app (CarbonSettings): Murphy's yield of this die.
  in.yield_model = CarbonSettings{}.yield_model;
  if (const auto model = args.text("yield-model"); model && !parse_yield_model(*model, in.yield_model))
    throw InputError("--yield-model", "unknown yield model \"" + *model + "\" (valid: " + yield_model_names() + ")");
  if (args.has("dram") != args.has("dram-gb") && !args.has("dram"))
    throw InputError("--dram", "give the DRAM type with --dram-gb");
  in.dram_type = args.text("dram").value_or(in.dram_type);
  in.dram_gb = args.number("dram-gb", 0.0, 1e5).value_or(args.has("dram") ? 1.0 : 0.0);
  in.include_packaging = args.has("packaging");
  in.packaging_kg = args.number("packaging-kg", 0.0, 1e4).value_or(in.packaging_kg);

  EmbodiedCarbon result;
  try {
    result = compute_embodied(*area, in);
  } catch (const InputError& e) {
    // Name the flag rather than the field.
    static const std::pair<const char*, const char*> k_flags[] = {{"node_nm", "--node-nm"},
                                                                  {"fab_location", "--fab-location"},
                                                                  {"fab_intensity_g_per_kwh", "--fab-intensity"},
                                                                  {"gas_abatement_pct", "--gas-abatement"},
                                                                  {"yield", "--yield"},
                                                                  {"dram_type", "--dram"},
                                                                  {"dram_gb", "--dram-gb"},
                                                                  {"packaging_kg", "--packaging-kg"}};
    for (const auto& [field, flag] : k_flags)
      if (e.where() == field)
        throw InputError(flag, e.problem());
    throw;
  }
  const json::Json j = {{"chip_kg", result.chip_kg},
                        {"dram_kg", result.dram_kg},
                        {"packaging_kg", result.packaging_kg},
                        {"total_kg", result.total_kg},
                        {"cpa_g_per_cm2", result.cpa_g_per_cm2},
                        {"yield_model", std::string(to_string(in.yield_model))},
                        {"die_yield", result.die_yield},
                        {"fab_intensity_g_per_kwh", result.fab_intensity_g_per_kwh},
                        {"node_nm", in.node_nm},
                        {"act_node_nm", result.act_node_nm}};
  out << j.dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

}   // namespace

const CommandSpec& embodied_command()
{
  static const CommandSpec spec = [] {
    const EmbodiedInputs d;   // the defaults compute_embodied is given when a flag is absent
    const CarbonSettings settings;
    return CommandSpec{
        "embodied",
        "--area-mm2 A [OPTIONS]",
        "embodied carbon of a chip (ACT) from its area, node and fab (JSON)",
        "ACT (Gupta et al., ISCA 2022): CPA = (fab CI x EPA + GPA + MPA) / yield; chip = area x CPA;\n"
        "DRAM = CPS / yield x GB; packaging a fixed mass per chip. Tables: `carbondse-cli presets`.",
        FlagTable{
            {"area-mm2", "A", "mm2", "required", "die area"},
            {"node-nm", "N", "nm", std::to_string(d.node_nm), "process node"},
            {"fab-location", "ID", "", d.fab_location, "fab location or energy source (ids: 'presets')"},
            {"fab-intensity", "G", "g CO2e/kWh", "from --fab-location",
             "custom carbon intensity of the fab's electricity"},
            {"gas-abatement", "P", "%", std::to_string(d.gas_abatement_pct), "fab gas abatement, 95 or 99"},
            {"yield-model", "ID", "", std::string(to_string(settings.yield_model)),
             "die yield: murphy (from the die area and the node's defect density) or constant (--yield)"},
            {"yield", "Y", "fraction", help_number(d.yield),
             "die yield with --yield-model constant, and DRAM's; above 0, at most 1"},
            {"dram", "ID", "", d.dram_type + " when --dram-gb is given", "DRAM type (ids: 'presets')"},
            {"dram-gb", "G", "GB", "0 (no DRAM), 1 with --dram", "DRAM capacity"},
            {"packaging", "", "", "not included", "add packaging carbon"},
            {"packaging-kg", "K", "kg CO2e", help_number(d.packaging_kg), "packaging carbon per chip, with --packaging"},
            {"compact", "", "", "indented", "print the JSON on one line"},
        },
        &run_embodied};
  }();
  return spec;
}

}   // namespace cdse::cli
