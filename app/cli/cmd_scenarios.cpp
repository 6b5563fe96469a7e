// carbondse-cli scenarios [--json]: the built-in scenarios.
#include <iomanip>
#include <iostream>

#include "cli_args.h"
#include "cli_commands.h"
#include "core/io/input_error.h"
#include "core/search/scenario/scenario.h"

namespace cdse::cli {
namespace {

int run_scenarios(const Args& raw, std::ostream& out, std::ostream&)
{
  const CliArgs args(raw, scenarios_command().flags);
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "unexpected argument (scenarios takes only options)");
  const auto list = builtin_scenarios();
  if (args.has("json")) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& s : list) {
      const Scenario scenario = builtin_scenario(s.name);
      j.push_back({{"name", s.name},
                   {"title", s.title},
                   {"description", s.description},
                   {"mode", std::string(mode_id(scenario.mode))},
                   {"design_space_size", scenario.space().cardinality()}});
    }
    out << j.dump(2) << "\n";
    return 0;
  }
  for (const auto& s : list)
    out << std::left << std::setw(22) << s.name << s.title << "\n    " << s.description << "\n";
  return 0;
}

}   // namespace

const CommandSpec& scenarios_command()
{
  static const CommandSpec spec{
      "scenarios",
      "[--json]",
      "list the built-in search scenarios",
      "The names `search --scenario`, `evaluate --scenario` and `evaluate-stream --scenario` accept.",
      FlagTable{{"json", "", "", "text", "print name, title, description, mode and design-space size as JSON"}},
      &run_scenarios};
  return spec;
}

}   // namespace cdse::cli
