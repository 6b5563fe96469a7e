#include "core/carbon/carbon_settings_json.h"

#include <cmath>
#include <optional>
#include <string>

#include "core/carbon/carbon_tables.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

constexpr double k_seconds_per_day = 86400.0;
constexpr double k_seconds_per_year = 365.0 * k_seconds_per_day;
constexpr double k_max_intensity = 5000.0;   // g/kWh; the dirtiest grids are < 1000
constexpr double k_max_years = 100.0;
constexpr double k_max_inferences_per_second = 1.0e9;
constexpr double k_max_dram_gb = 1.0e5;
constexpr double k_max_packaging_kg = 1.0e3;

// Reads `key` or its alias (at most one of them); returns the key that was present or nullptr.
const char* pick(const json::Json& j, const char* key, const char* alias, std::string_view path)
{
  const bool has_key = json::find(j, key) != nullptr;
  const bool has_alias = alias && json::find(j, alias) != nullptr;
  if (has_key && has_alias)
    throw InputError(json::child_path(path, alias), std::string("give either ") + key + " or " + alias + ", not both");
  return has_key ? key : has_alias ? alias : nullptr;
}

void check(bool ok, std::string_view path, const char* field, const std::string& problem)
{
  if (!ok)
    throw InputError(json::child_path(path, field), problem);
}

std::string num(double v) { return json::describe(json::Json(v)); }

// Every field to_json always wrote before idle_power_fraction and yield_model existed, and neither
// of those.
bool is_complete_legacy_object(const json::Json& j)
{
  // contains, not json::find: the old files wrote "not set" fields as null.
  if (!j.is_object() || j.contains("idle_power_fraction") || j.contains("yield_model"))
    return false;
  for (const char* key : {"grid_intensity_g_per_kwh", "lifetime_years", "inferences_per_second", "duty_cycle",
                          "include_static", "fab_location", "fab_intensity_g_per_kwh", "node_nm", "gas_abatement_pct",
                          "yield", "dram_type", "dram_gb", "include_packaging", "amortize"})
    if (!j.contains(key))
      return false;
  return true;
}

}   // namespace

void validate(const CarbonSettings& s, std::string_view path)
{
  const auto& tables = CarbonTables::instance();
  const auto in = [](double v, double lo, double hi) { return std::isfinite(v) && v >= lo && v <= hi; };
  check(in(s.grid_intensity_g_per_kwh, 0, k_max_intensity), path, "grid_intensity_g_per_kwh",
        "must be in [0, 5000] g/kWh, got " + num(s.grid_intensity_g_per_kwh));
  if (!s.grid_region.empty()) {
    const auto& region = tables.grid_region(s.grid_region, json::child_path(path, "grid_region"));
    check(std::abs(region.g_per_kwh - s.grid_intensity_g_per_kwh) <= 1e-9 * region.g_per_kwh, path,
          "grid_intensity_g_per_kwh",
          num(s.grid_intensity_g_per_kwh) + " g/kWh contradicts grid_region \"" + s.grid_region + "\" (" +
              num(region.g_per_kwh) + " g/kWh); clear grid_region to use a custom value");
  }
  check(in(s.lifetime_years, 0, k_max_years) && s.lifetime_years > 0, path, "lifetime_years",
        "must be in (0, 100] years, got " + num(s.lifetime_years));
  check(in(s.inferences_per_second, 0, k_max_inferences_per_second), path, "inferences_per_second",
        "must be in [0, 1e9], got " + num(s.inferences_per_second));
  check(in(s.duty_cycle, 0, 1), path, "duty_cycle", "must be in [0, 1], got " + num(s.duty_cycle));
  check(in(s.idle_power_fraction, 0, 1), path, "idle_power_fraction",
        "must be in [0, 1] (fraction of the leakage drawn while powered but idle), got " + num(s.idle_power_fraction));
  check(std::isfinite(s.fab_intensity_g_per_kwh) && s.fab_intensity_g_per_kwh <= k_max_intensity, path,
        "fab_intensity_g_per_kwh",
        "must be in [0, 5000] g/kWh (negative: use fab_location), got " + num(s.fab_intensity_g_per_kwh));
  if (s.fab_intensity_g_per_kwh < 0 || !s.fab_location.empty())
    tables.fab_location(s.fab_location, json::child_path(path, "fab_location"));
  if (s.node_nm != 0)
    tables.node(s.node_nm, json::child_path(path, "node_nm"));
  check(s.gas_abatement_pct == 95 || s.gas_abatement_pct == 99, path, "gas_abatement_pct",
        "must be 95 or 99 (the abatement levels ACT tabulates), got " + std::to_string(s.gas_abatement_pct));
  check(std::isfinite(s.yield) && s.yield > 0 && s.yield <= 1, path, "yield", "must be in (0, 1], got " + num(s.yield));
  tables.dram(s.dram_type, json::child_path(path, "dram_type"));
  check(in(s.dram_gb, 0, k_max_dram_gb), path, "dram_gb",
        "must be in [0, 1e5] GB (0 = sized from the model weights), got " + num(s.dram_gb));
  check(in(s.packaging_kg, 0, k_max_packaging_kg), path, "packaging_kg",
        "must be in [0, 1000] kg, got " + num(s.packaging_kg));
  check(in(s.hardware_lifetime_years, 0, k_max_years) && s.hardware_lifetime_years > 0, path, "hardware_lifetime_years",
        "must be in (0, 100] years, got " + num(s.hardware_lifetime_years));
}

CarbonSettings parse_carbon_settings(const json::Json& j, std::string_view path, CarbonSettings s)
{
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path,
                            {"grid_intensity_g_per_kwh",
                             "grid_intensity",
                             "grid_region",
                             "lifetime_years",
                             "inferences_per_second",
                             "inferences_per_day",
                             "inferences_over_lifetime",
                             "duty_cycle",
                             "include_static",
                             "fab_location",
                             "fab_intensity_g_per_kwh",
                             "fab_intensity",
                             "node_nm",
                             "gas_abatement_pct",
                             "gas_abatement",
                             "yield",
                             "dram_type",
                             "dram_gb",
                             "include_packaging",
                             "packaging_kg",
                             "amortize",
                             "hardware_lifetime_years",
                             "idle_power_fraction",
                             "yield_model"});
  const auto& tables = CarbonTables::instance();

  // Grid: a preset region, a custom number, or both when they agree (what to_json writes).
  const char* intensity_key = pick(j, "grid_intensity_g_per_kwh", "grid_intensity", path);
  std::optional<double> intensity;
  if (intensity_key)
    intensity = json::get_number(j, intensity_key, path, 0, k_max_intensity);
  if (const auto* region = json::find(j, "grid_region")) {
    const std::string where = json::child_path(path, "grid_region");
    const auto& preset = tables.grid_region(json::as_string(*region, where), where);
    if (intensity && std::abs(*intensity - preset.g_per_kwh) > 1e-9 * preset.g_per_kwh)
      throw InputError(json::child_path(path, intensity_key), "give either grid_region or a custom grid intensity; " +
                                                                  num(*intensity) + " g/kWh contradicts \"" + preset.id +
                                                                  "\" (" + num(preset.g_per_kwh) + " g/kWh)");
    s.grid_region = preset.id;
    s.grid_intensity_g_per_kwh = preset.g_per_kwh;
  } else if (intensity) {
    s.grid_region.clear();
    s.grid_intensity_g_per_kwh = *intensity;
  }

  s.lifetime_years = json::get_number_or(j, "lifetime_years", path, s.lifetime_years, 1e-9, k_max_years);

  // Workload rate: per second, per day, or a total over the lifetime (the reference's 3e7).
  int rate_fields = 0;
  for (const char* key : {"inferences_per_second", "inferences_per_day", "inferences_over_lifetime"})
    rate_fields += json::find(j, key) ? 1 : 0;
  if (rate_fields > 1)
    throw InputError(std::string(path),
                     "give only one of inferences_per_second, inferences_per_day, inferences_over_lifetime");
  if (json::find(j, "inferences_per_second"))
    s.inferences_per_second = json::get_number(j, "inferences_per_second", path, 0, k_max_inferences_per_second);
  if (json::find(j, "inferences_per_day"))
    s.inferences_per_second = json::get_number(j, "inferences_per_day", path, 0,
                                               k_max_inferences_per_second * k_seconds_per_day) /
                              k_seconds_per_day;
  if (json::find(j, "inferences_over_lifetime")) {
    const double lifetime_s = s.lifetime_years * k_seconds_per_year;
    s.inferences_per_second =
        json::get_number(j, "inferences_over_lifetime", path, 0, k_max_inferences_per_second * lifetime_s) / lifetime_s;
  }

  s.duty_cycle = json::get_number_or(j, "duty_cycle", path, s.duty_cycle, 0, 1);
  // A complete settings object from before issue 15 (every field to_json wrote then, neither new
  // one) is a saved session, journal or result: read it with the behaviour of its time, so that it
  // re-scores to the numbers it was saved with (no power gating, constant yield). Partial objects
  // (scenario files, CLI overrides) keep `base` for absent fields, i.e. the new defaults.
  if (is_complete_legacy_object(j)) {
    s.idle_power_fraction = 1.0;
    s.yield_model = YieldModel::Constant;
  }
  s.idle_power_fraction = json::get_number_or(j, "idle_power_fraction", path, s.idle_power_fraction, 0, 1);
  s.include_static = json::get_bool_or(j, "include_static", path, s.include_static);
  s.fab_location = json::get_string_or(j, "fab_location", path, s.fab_location);
  // null (what to_json writes) means "not set": the fab location's intensity, the accelerator's
  // own node, DRAM sized from the model weights. The old placeholders -1 and 0 are still read.
  const auto is_null = [&](const char* key) { return key && json::find(j, key)->is_null(); };
  if (const char* key = pick(j, "fab_intensity_g_per_kwh", "fab_intensity", path))
    s.fab_intensity_g_per_kwh = is_null(key) ? -1.0 : json::get_number(j, key, path, -1, k_max_intensity);
  if (json::find(j, "node_nm") && is_null("node_nm"))
    s.node_nm = 0;
  else
    s.node_nm = static_cast<int>(json::get_integer_or(j, "node_nm", path, s.node_nm, 0, 1000));
  if (const char* key = pick(j, "gas_abatement_pct", "gas_abatement", path)) {
    s.gas_abatement_pct = static_cast<int>(json::get_integer(j, key, path, 0, 100));
    check(s.gas_abatement_pct == 95 || s.gas_abatement_pct == 99, path, key,
          "must be 95 or 99 (the abatement levels ACT tabulates), got " + std::to_string(s.gas_abatement_pct));
  }
  s.yield = json::get_number_or(j, "yield", path, s.yield, 0, 1);
  check(s.yield > 0, path, "yield", "must be in (0, 1], got 0");
  if (json::find(j, "yield_model")) {
    const std::string where = json::child_path(path, "yield_model");
    const std::string model = json::as_string(*json::find(j, "yield_model"), where);
    if (!parse_yield_model(model, s.yield_model))
      throw InputError(where, "unknown yield model \"" + model + "\" (valid: " + yield_model_names() + ")");
  }
  s.dram_type = json::get_string_or(j, "dram_type", path, s.dram_type);
  if (json::find(j, "dram_gb") && is_null("dram_gb"))
    s.dram_gb = 0;
  else
    s.dram_gb = json::get_number_or(j, "dram_gb", path, s.dram_gb, 0, k_max_dram_gb);
  s.include_packaging = json::get_bool_or(j, "include_packaging", path, s.include_packaging);
  s.packaging_kg = json::get_number_or(j, "packaging_kg", path, s.packaging_kg, 0, k_max_packaging_kg);
  s.amortize = json::get_bool_or(j, "amortize", path, s.amortize);
  s.hardware_lifetime_years = json::get_number_or(j, "hardware_lifetime_years", path, s.hardware_lifetime_years, 1e-9,
                                                  k_max_years);

  // Canonical ids (lower case) so that equal settings compare equal.
  if (json::find(j, "fab_location"))
    s.fab_location = tables.fab_location(s.fab_location, json::child_path(path, "fab_location")).id;
  if (json::find(j, "dram_type"))
    s.dram_type = tables.dram(s.dram_type, json::child_path(path, "dram_type")).id;
  validate(s, path);
  return s;
}

json::Json to_json(const CarbonSettings& s)
{
  json::Json j = {{"grid_intensity_g_per_kwh", s.grid_intensity_g_per_kwh},
                  {"lifetime_years", s.lifetime_years},
                  {"inferences_per_second", s.inferences_per_second},
                  {"duty_cycle", s.duty_cycle},
                  {"idle_power_fraction", s.idle_power_fraction},
                  {"include_static", s.include_static},
                  {"fab_location", s.fab_location},
                  {"fab_intensity_g_per_kwh",
                   s.fab_intensity_g_per_kwh >= 0 ? json::Json(s.fab_intensity_g_per_kwh) : json::Json()},
                  {"node_nm", s.node_nm > 0 ? json::Json(s.node_nm) : json::Json()},
                  {"gas_abatement_pct", s.gas_abatement_pct},
                  {"yield", s.yield},
                  {"yield_model", std::string(to_string(s.yield_model))},
                  {"dram_type", s.dram_type},
                  {"dram_gb", s.dram_gb > 0 ? json::Json(s.dram_gb) : json::Json()},
                  {"include_packaging", s.include_packaging},
                  {"amortize", s.amortize}};
  // Only what is used: the packaging mass with include_packaging, the hardware lifetime (which
  // embodied carbon is spread over) with amortize.
  if (s.include_packaging)
    j["packaging_kg"] = s.packaging_kg;
  if (s.amortize)
    j["hardware_lifetime_years"] = s.hardware_lifetime_years;
  if (!s.grid_region.empty())
    j["grid_region"] = s.grid_region;
  return j;
}

}   // namespace cdse
