#pragma once
// The `--scenario FILE|NAME` option shared by search and evaluate-stream: required, no positional
// arguments beside it, loaded through the scenario parser (errors name the JSON path).
#include "cli_args.h"
#include "core/search/scenario/scenario.h"

namespace cdse::cli {

Scenario scenario_from_flag(const CliArgs& args);

}   // namespace cdse::cli
