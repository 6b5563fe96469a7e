#pragma once
// The carbon-assumption flags shared by evaluate, search and rescore. They are applied on top of
// settings from a file, through the same validation as JSON, and errors name the flag.
#include <set>
#include <string>

#include "carbon/carbon_settings.h"
#include "cli_args.h"

namespace cdse::cli {

const std::set<std::string>& carbon_value_flags();
const std::set<std::string>& carbon_switch_flags();
CarbonSettings apply_carbon_flags(const CliArgs& args, const CarbonSettings& base);

} // namespace cdse::cli
