#pragma once
// The "carbon" section of a scenario (and of session files): CarbonSettings by field name, read
// and written by the carbon module's own JSON functions (carbon/carbon_settings_json.h), which
// also accept "inferences_over_lifetime" (the reference states 3e7 inferences over 3 years).
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/carbon/carbon_settings.h"

namespace cdse {

// Unmentioned fields keep `defaults`. Throws InputError("<path>.<field>", ...).
CarbonSettings parse_scenario_carbon(const nlohmann::json& j, std::string_view path,
                                     const CarbonSettings& defaults = {});
nlohmann::json scenario_carbon_to_json(const CarbonSettings& settings);

} // namespace cdse
