#include "core/search/scenario/scenario_carbon.h"

#include "core/carbon/carbon_settings_json.h"

namespace cdse {

CarbonSettings parse_scenario_carbon(const nlohmann::json& j, std::string_view path, const CarbonSettings& defaults)
{
  return parse_carbon_settings(j, path, defaults);
}

nlohmann::json scenario_carbon_to_json(const CarbonSettings& settings) { return to_json(settings); }

} // namespace cdse
