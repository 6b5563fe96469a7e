#pragma once
// The carbon-assumption flags shared by evaluate, evaluate-stream, search and rescore. They are
// applied on top of the carbon settings of the file (design, scenario, journal or session), through
// the same validation as JSON, and errors name the flag. The table's defaults are the built-in
// CarbonSettings, which apply when neither the file nor a flag sets a value.
#include "core/carbon/carbon_settings.h"
#include "cli_args.h"

namespace cdse::cli {

const FlagTable& carbon_flags();
CarbonSettings apply_carbon_flags(const CliArgs& args, const CarbonSettings& base);

}   // namespace cdse::cli
