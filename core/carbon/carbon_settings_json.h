#pragma once
// CarbonSettings from / to JSON, and their validation. Field names carry units and match the
// struct: grid_intensity_g_per_kwh | grid_region, lifetime_years, inferences_per_second |
// inferences_per_day | inferences_over_lifetime, duty_cycle, idle_power_fraction, include_static,
// fab_location, fab_intensity_g_per_kwh, node_nm, gas_abatement_pct, yield, yield_model, dram_type,
// dram_gb, include_packaging, packaging_kg, amortize, hardware_lifetime_years.
// Short aliases are accepted on input: grid_intensity, fab_intensity, gas_abatement.
#include <string_view>

#include "core/carbon/carbon_settings.h"
#include "core/io/json_fields.h"

namespace cdse {

// Fields absent from `j` keep the value in `base`, except that a complete object written before
// idle_power_fraction and yield_model existed (all the fields to_json wrote then, neither new one)
// reads them as 1 and "constant", the behaviour it was saved with. Errors are InputError("<path>.<field>", ...)
// naming the offending value (unknown keys, wrong types, NaN, ranges, unknown preset ids).
CarbonSettings parse_carbon_settings(const json::Json& j, std::string_view path, CarbonSettings base = {});

// Every field under its canonical name, no placeholder numbers: fab_intensity_g_per_kwh, node_nm
// and dram_gb are null when not set (the fab location's intensity, the accelerator's own node, DRAM
// sized from the weights); packaging_kg only with include_packaging, hardware_lifetime_years only
// with amortize; grid_region only when set (then alongside the intensity, which parse accepts when
// the two agree). parse_carbon_settings(to_json(s), "") == s for every setting that is used.
json::Json to_json(const CarbonSettings& settings);

// Throws InputError("<path>.<field>", ...) for the first field out of range or naming an unknown
// table key (grid_region, fab_location, node_nm, dram_type).
void validate(const CarbonSettings& settings, std::string_view path = "");

}   // namespace cdse
