#pragma once
// The CLI's subcommands. Each is described by a CommandSpec: its usage line, help text and table
// of flags (the same table parses its arguments and prints `carbondse-cli COMMAND --help`), and a
// run function returning the process exit status: 0 success, 1 runtime failure, 2 bad input (one
// line on stderr naming the field or flag).
#include <iosfwd>
#include <string>
#include <vector>

#include "cli_args.h"

namespace cdse::cli {

using Args = std::vector<std::string>;

struct CommandSpec {
  std::string name;
  std::string usage;     // the arguments after "carbondse-cli NAME"
  std::string summary;   // one line, for the command list
  std::string details;   // printed under the usage line by --help (may be empty)
  FlagTable flags;
  int (*run)(const Args& args, std::ostream& out, std::ostream& err);
};

const CommandSpec& evaluate_command();
const CommandSpec& embodied_command();
const CommandSpec& presets_command();
const CommandSpec& scenarios_command();
const CommandSpec& search_command();
const CommandSpec& rescore_command();
const CommandSpec& sweep_command();
const CommandSpec& regime_command();
// Reads design requests from stdin, one JSON object a line (see cmd_evaluate_stream.cpp).
const CommandSpec& evaluate_stream_command();

// `carbondse-cli COMMAND --help` and `carbondse-cli help COMMAND`.
void print_command_help(std::ostream& out, const CommandSpec& command);

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err);

}   // namespace cdse::cli
