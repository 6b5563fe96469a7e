#include "scenario_flag.h"

#include "core/io/input_error.h"

namespace cdse::cli {

Scenario scenario_from_flag(const CliArgs& args)
{
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "unexpected argument (use --scenario)");
  const auto scenario_arg = args.text("scenario");
  if (!scenario_arg)
    throw InputError("--scenario", "missing required option (a scenario file or a built-in name; see 'scenarios')");
  return load_scenario(*scenario_arg);
}

}   // namespace cdse::cli
