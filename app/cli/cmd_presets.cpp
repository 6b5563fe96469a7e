// carbondse-cli presets [--json]: every table the carbon engine uses, with values and sources.
#include <iomanip>
#include <iostream>

#include "core/carbon/carbon_tables.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "core/hardware/dram_types.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/workload/model_preset.h"

namespace cdse::cli {
namespace {

json::Json intensity_list(const std::vector<IntensityPreset>& presets)
{
  json::Json list = json::Json::array();
  for (const auto& p : presets)
    list.push_back({{"id", p.id}, {"name", p.name}, {"g_per_kwh", p.g_per_kwh}, {"source", p.source}, {"year", p.year}});
  return list;
}

json::Json presets_json()
{
  const CarbonTables& t = CarbonTables::instance();
  json::Json nodes = json::Json::array();
  for (const auto& n : t.nodes()) {
    const NodeScale scale = node_scale_from_22nm(n.node_nm);
    nodes.push_back({{"node_nm", n.node_nm},
                     {"act_node_nm", n.act_node_nm},
                     {"epa_kwh_per_cm2", n.epa_kwh_per_cm2},
                     {"gpa_95_g_per_cm2", n.gpa_95_g_per_cm2},
                     {"gpa_99_g_per_cm2", n.gpa_99_g_per_cm2},
                     {"mpa_g_per_cm2", n.mpa_g_per_cm2},
                     {"area_scale_from_22nm", scale.area},
                     {"energy_scale_from_22nm", scale.energy},
                     {"source", n.source}});
  }
  json::Json dram = json::Json::array();
  for (const auto& d : t.dram_types())
    dram.push_back({{"id", d.id},
                    {"g_per_gb", d.g_per_gb},
                    {"part_sizes_gb", d.part_sizes_gb},
                    {"source", d.source},
                    {"year", d.year}});
  json::Json models = json::Json::array();
  for (const auto& m : model_presets())
    models.push_back({{"id", m.id}, {"name", m.name}, {"source", m.source}});
  return {{"grid_regions", intensity_list(t.grid_regions())},
          {"fab_locations", intensity_list(t.fab_locations())},
          {"energy_sources", intensity_list(t.energy_sources())},
          {"nodes", std::move(nodes)},
          {"dram_types", std::move(dram)},
          {"dram_access_types", dram_type_names()},
          {"model_presets", std::move(models)}};
}

void print_intensities(std::ostream& out, const char* title, const std::vector<IntensityPreset>& presets)
{
  out << title << " (g CO2e/kWh)\n";
  for (const auto& p : presets)
    out << "  " << std::left << std::setw(20) << p.id << std::right << std::setw(8) << p.g_per_kwh << "  " << p.name
        << " — " << p.source << (p.year ? " (" + std::to_string(p.year) + ")" : "") << "\n";
}

int run_presets(const Args& raw, std::ostream& out, std::ostream&)
{
  const CliArgs args(raw, presets_command().flags);
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "unexpected argument (presets takes only options)");
  if (args.has("json")) {
    out << presets_json().dump(2) << "\n";
    return 0;
  }
  const CarbonTables& t = CarbonTables::instance();
  print_intensities(out, "Grid regions", t.grid_regions());
  print_intensities(out, "Fab locations", t.fab_locations());
  print_intensities(out, "Fab energy sources", t.energy_sources());
  out << "Technology nodes (ACT: EPA kWh/cm², GPA 95 % / 99 % g/cm², MPA g/cm²)\n";
  for (const auto& n : t.nodes())
    out << "  " << std::setw(3) << n.node_nm << " nm  EPA " << n.epa_kwh_per_cm2 << "  GPA " << n.gpa_95_g_per_cm2
        << " / " << n.gpa_99_g_per_cm2 << "  MPA " << n.mpa_g_per_cm2
        << (n.is_proxy() ? "  (uses the " + std::to_string(n.act_node_nm) + " nm row)" : "") << " — " << n.source << "\n";
  out << "DRAM (embodied g/GB)\n";
  for (const auto& d : t.dram_types())
    out << "  " << std::left << std::setw(14) << d.id << std::right << std::setw(6) << d.g_per_gb << "  — " << d.source
        << "\n";
  out << "Model presets\n";
  for (const auto& m : model_presets())
    out << "  " << std::left << std::setw(16) << m.id << m.name << "\n";
  return 0;
}

}   // namespace

const CommandSpec& presets_command()
{
  static const CommandSpec spec{
      "presets",
      "[--json]",
      "grid regions, fab locations, nodes and DRAM types with values and sources",
      "Every table the carbon engine uses, with its values, years and sources. The ids are what\n"
      "--grid-region, --fab-location and --dram take.",
      FlagTable{{"json", "", "", "text", "print the tables as JSON"}},
      &run_presets};
  return spec;
}

}   // namespace cdse::cli
