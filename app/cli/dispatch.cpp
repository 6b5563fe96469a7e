#include <algorithm>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli_commands.h"
#include "core/io/input_error.h"

namespace cdse::cli {
namespace {

int run_version(const Args& raw, std::ostream& out, std::ostream&);

const CommandSpec& version_command()
{
  static const CommandSpec spec{"version", "", "print the version", "", FlagTable{}, &run_version};
  return spec;
}

int run_version(const Args& raw, std::ostream& out, std::ostream&)
{
  const CliArgs args(raw, version_command().flags);
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "unexpected argument (version takes none)");
  out << "carbondse-cli 0.1.0\n";
  return 0;
}

const std::vector<const CommandSpec*>& commands()
{
  static const std::vector<const CommandSpec*> table = {
      &evaluate_command(), &embodied_command(), &presets_command(), &scenarios_command(),       &search_command(),
      &rescore_command(),  &sweep_command(),    &regime_command(),  &evaluate_stream_command(), &version_command(),
  };
  return table;
}

const CommandSpec* find_command(const std::string& name)
{
  for (const CommandSpec* c : commands())
    if (c->name == name)
      return c;
  return nullptr;
}

void print_usage(std::ostream& out)
{
  out << "usage: carbondse-cli COMMAND [OPTIONS]\n\ncommands:\n";
  std::size_t width = 0;
  for (const CommandSpec* c : commands())
    width = std::max(width, c->name.size());
  for (const CommandSpec* c : commands())
    out << "  " << c->name << std::string(width + 2 - c->name.size(), ' ') << c->summary << "\n";
  out << "\n'carbondse-cli help COMMAND' or 'carbondse-cli COMMAND --help' lists a command's options.\n"
      << "Exit status: 0 success, 1 failure, 2 bad input.\n";
}

// --help anywhere before a "--" asks for help, whatever else is on the line.
bool asks_for_help(const Args& args)
{
  for (const auto& a : args) {
    if (a == "--")
      return false;
    if (a == "--help" || a == "-h")
      return true;
  }
  return false;
}

}   // namespace

void print_command_help(std::ostream& out, const CommandSpec& command)
{
  out << "usage: carbondse-cli " << command.name << (command.usage.empty() ? "" : " " + command.usage) << "\n\n"
      << command.summary << "\n";
  if (!command.details.empty())
    out << "\n" << command.details << "\n";
  out << "\noptions:\n";
  print_flag_table(out, command.flags);
  out << "\nExit status: 0 success, 1 failure, 2 bad input (one line on stderr naming the field).\n";
}

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err)
{
  if (argc < 2) {
    print_usage(err);
    return 2;
  }
  const std::string name = argv[1];
  const Args args(argv + 2, argv + argc);
  if (name == "--help" || name == "-h" || name == "help") {
    if (args.empty()) {
      print_usage(out);
      return 0;
    }
    const CommandSpec* command = find_command(args.front());
    if (!command || args.size() > 1) {
      err << "error: " << (command ? args[1] : args.front()) << ": "
          << (command ? "unexpected argument (usage: carbondse-cli help COMMAND)"
                      : "unknown command (try 'carbondse-cli help')")
          << "\n";
      return 2;
    }
    print_command_help(out, *command);
    return 0;
  }
  const CommandSpec* command = find_command(name);
  if (!command) {
    err << "error: unknown command '" << name << "' (try 'carbondse-cli help')\n";
    return 2;
  }
  if (asks_for_help(args)) {
    print_command_help(out, *command);
    return 0;
  }
  try {
    return command->run(args, out, err);
  } catch (const InputError& e) {
    err << "error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    err << "error: " << e.what() << "\n";
    return 1;
  }
}

}   // namespace cdse::cli
