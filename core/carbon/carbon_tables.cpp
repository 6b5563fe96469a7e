#include "core/carbon/carbon_tables.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

constexpr double k_max_intensity_g_per_kwh = 5000.0;

template <class Rows, class KeyOf>
std::string valid_keys(const Rows& rows, KeyOf key_of)
{
  std::string out;
  for (const auto& row : rows)
    out += (out.empty() ? "" : ", ") + key_of(row);
  return out;
}

std::string lower(std::string_view text)
{
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::vector<IntensityPreset> read_presets(const json::Json& doc, std::string_view key, const std::string& file)
{
  std::vector<IntensityPreset> out;
  const auto& rows = json::require(doc, key, file);
  json::expect_array(rows, json::child_path(file, key));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string path = json::index_path(json::child_path(file, key), i);
    IntensityPreset p;
    p.id = json::get_string(rows[i], "id", path);
    p.name = json::get_string(rows[i], "name", path);
    p.g_per_kwh = json::get_number(rows[i], "g_per_kwh", path, 0.0, k_max_intensity_g_per_kwh);
    p.source = json::get_string(rows[i], "source", path);
    p.year = static_cast<int>(json::get_integer(rows[i], "year", path, 1990, 2100));
    out.push_back(std::move(p));
  }
  return out;
}

}   // namespace

double DramEmbodiedRow::round_up_gb(double need_gb) const
{
  for (double size : part_sizes_gb)
    if (need_gb <= size)
      return size;
  const double largest = part_sizes_gb.back();
  return std::ceil(need_gb / largest) * largest;
}

CarbonTables::CarbonTables()
try {
  {
    const std::string file = "data/act_nodes.json";
    const json::Json doc = embedded_json(file);
    const auto& rows = json::require(doc, "nodes", file);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string path = json::index_path(file + ".nodes", i);
      ActNodeRow r;
      r.node_nm = static_cast<int>(json::get_integer(rows[i], "node_nm", path, 1, 1000));
      r.act_node_nm = r.node_nm;
      r.epa_kwh_per_cm2 = json::get_number(rows[i], "epa_kwh_per_cm2", path, 0.0);
      r.gpa_95_g_per_cm2 = json::get_number(rows[i], "gpa_95_g_per_cm2", path, 0.0);
      r.gpa_99_g_per_cm2 = json::get_number(rows[i], "gpa_99_g_per_cm2", path, 0.0);
      r.mpa_g_per_cm2 = json::get_number(rows[i], "mpa_g_per_cm2", path, 0.0);
      r.defect_density_per_cm2 = json::get_number(rows[i], "defect_density_per_cm2", path, 0.0, 100.0);
      r.source = json::get_string(rows[i], "source", path);
      nodes_.push_back(std::move(r));
    }
    const auto& proxies = json::require(doc, "proxies", file);
    for (std::size_t i = 0; i < proxies.size(); ++i) {
      const std::string path = json::index_path(file + ".proxies", i);
      const int node_nm = static_cast<int>(json::get_integer(proxies[i], "node_nm", path, 1, 1000));
      const int uses = static_cast<int>(json::get_integer(proxies[i], "uses_node_nm", path, 1, 1000));
      ActNodeRow r = node(uses, path);
      r.node_nm = node_nm;
      r.source = "proxy: ACT " + std::to_string(uses) + " nm row (" + r.source + ")";
      nodes_.push_back(std::move(r));
    }
    std::sort(nodes_.begin(), nodes_.end(), [](const auto& a, const auto& b) { return a.node_nm > b.node_nm; });

    const auto& u = json::require(doc, "uncertainty", file);
    const std::string upath = file + ".uncertainty";
    spreads_.seed = static_cast<unsigned long long>(json::get_integer(u, "seed", upath, 0));
    spreads_.samples = static_cast<int>(json::get_integer(u, "samples", upath, 100, 1000000));
    spreads_.epa_sigma_ln = json::get_number(u, "epa_sigma_ln", upath, 0.0, 2.0);
    spreads_.gpa_sigma_ln = json::get_number(u, "gpa_sigma_ln", upath, 0.0, 2.0);
    spreads_.mpa_sigma_ln = json::get_number(u, "mpa_sigma_ln", upath, 0.0, 2.0);
    spreads_.yield_half_width = json::get_number(u, "yield_half_width", upath, 0.0, 1.0);
    spreads_.yield_min = json::get_number(u, "yield_min", upath, 1e-3, 1.0);
  }
  {
    const std::string file = "data/power_gating.json";
    const json::Json doc = embedded_json(file);
    const auto& idle = json::require(doc, "idle_power_fraction", file);
    const std::string ipath = file + ".idle_power_fraction";
    power_gating_.idle_fraction_default = json::get_number(idle, "default", ipath, 0.0, 1.0);
    power_gating_.idle_fraction_low = json::get_number(idle, "low", ipath, 0.0, power_gating_.idle_fraction_default);
    power_gating_.idle_fraction_high = json::get_number(idle, "high", ipath, power_gating_.idle_fraction_default, 1.0);
    const auto& factor = json::require(doc, "leakage_power_factor", file);
    const std::string fpath = file + ".leakage_power_factor";
    power_gating_.leakage_factor_low = json::get_number(factor, "low", fpath, 0.0, 1.0);
    power_gating_.leakage_factor_high = json::get_number(factor, "high", fpath, 1.0, 100.0);
  }
  {
    const std::string file = "data/fab_locations.json";
    const json::Json doc = embedded_json(file);
    fab_locations_ = read_presets(doc, "locations", file);
    energy_sources_ = read_presets(doc, "energy_sources", file);
    spreads_.ci_sigma_ln = json::get_number(json::require(doc, "uncertainty", file), "ci_sigma_ln", file + ".uncertainty",
                                            0.0, 2.0);
  }
  {
    const std::string file = "data/grid_regions.json";
    grid_regions_ = read_presets(embedded_json(file), "regions", file);
  }
  {
    const std::string file = "data/dram_embodied.json";
    const json::Json doc = embedded_json(file);
    const auto& rows = json::require(doc, "types", file);
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string path = json::index_path(file + ".types", i);
      DramEmbodiedRow r;
      r.id = json::get_string(rows[i], "id", path);
      r.g_per_gb = json::get_number(rows[i], "g_per_gb", path, 0.0, 1e5);
      const auto& sizes = json::require(rows[i], "part_sizes_gb", path);
      for (std::size_t k = 0; k < sizes.size(); ++k)
        r.part_sizes_gb.push_back(json::as_number(sizes[k], json::index_path(path + ".part_sizes_gb", k), 1e-3, 1e4));
      if (r.part_sizes_gb.empty() || !std::is_sorted(r.part_sizes_gb.begin(), r.part_sizes_gb.end()))
        throw InputError(path + ".part_sizes_gb", "must be a non-empty ascending list");
      r.source = json::get_string(rows[i], "source", path);
      r.year = static_cast<int>(json::get_integer(rows[i], "year", path, 1990, 2100));
      dram_types_.push_back(std::move(r));
    }
    spreads_.cps_sigma_ln = json::get_number(json::require(doc, "uncertainty", file), "cps_sigma_ln",
                                             file + ".uncertainty", 0.0, 2.0);
  }
} catch (const InputError& e) {
  throw std::logic_error(std::string("shipped carbon table is malformed: ") + e.what());
}

const CarbonTables& CarbonTables::instance()
{
  static const CarbonTables tables;
  return tables;
}

bool CarbonTables::has_node(int node_nm) const
{
  return std::any_of(nodes_.begin(), nodes_.end(), [&](const auto& r) { return r.node_nm == node_nm; });
}

const ActNodeRow& CarbonTables::node(int node_nm, std::string_view where) const
{
  for (const auto& r : nodes_)
    if (r.node_nm == node_nm)
      return r;
  throw InputError(std::string(where), "unknown technology node " + std::to_string(node_nm) + " nm; valid nodes (nm): " +
                                           valid_keys(nodes_, [](const auto& r) { return std::to_string(r.node_nm); }));
}

const IntensityPreset& CarbonTables::fab_location(std::string_view id, std::string_view where) const
{
  const std::string key = lower(id);
  for (const auto* table : {&fab_locations_, &energy_sources_})
    for (const auto& p : *table)
      if (p.id == key)
        return p;
  const auto id_of = [](const auto& p) { return p.id; };
  throw InputError(std::string(where), "unknown fab location or energy source \"" + std::string(id) +
                                           "\"; locations: " + valid_keys(fab_locations_, id_of) +
                                           "; energy sources: " + valid_keys(energy_sources_, id_of));
}

const IntensityPreset& CarbonTables::grid_region(std::string_view id, std::string_view where) const
{
  const std::string key = lower(id);
  for (const auto& p : grid_regions_)
    if (p.id == key)
      return p;
  throw InputError(std::string(where), "unknown grid region \"" + std::string(id) + "\"; valid regions: " +
                                           valid_keys(grid_regions_, [](const auto& p) { return p.id; }));
}

const DramEmbodiedRow& CarbonTables::dram(std::string_view id, std::string_view where) const
{
  const std::string key = lower(id);
  for (const auto& r : dram_types_)
    if (r.id == key)
      return r;
  throw InputError(std::string(where), "unknown DRAM type \"" + std::string(id) +
                                           "\" for embodied carbon; valid types: " +
                                           valid_keys(dram_types_, [](const auto& r) { return r.id; }));
}

}   // namespace cdse
