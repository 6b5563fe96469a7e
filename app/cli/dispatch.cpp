#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli_commands.h"
#include "io/input_error.h"

namespace cdse::cli {
namespace {

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const Args&, std::ostream&, std::ostream&);
};

int run_version(const Args&, std::ostream& out, std::ostream&)
{
  out << "carbondse-cli 0.1.0\n";
  return 0;
}

const std::vector<Command>& commands()
{
  static const std::vector<Command> table = {
      {"evaluate", "simulate one design: latency, energy, area, accuracy, carbon (JSON)", &run_evaluate},
      {"embodied", "embodied carbon of a chip (ACT) from its area, node and fab (JSON)", &run_embodied},
      {"presets", "grid regions, fab locations, nodes and DRAM types with values and sources", &run_presets},
      {"scenarios", "list the built-in search scenarios", &run_scenarios},
      {"search", "run a multi-objective search over a scenario (JSON result)", &run_search},
      {"rescore", "re-score a search journal under new carbon settings (no re-simulation)", &run_rescore},
      {"evaluate-stream", "evaluate designs of a scenario read from stdin (JSON lines), with the search's objectives and hypervolume",
       &run_evaluate_stream},
      {"version", "print the version", &run_version},
  };
  return table;
}

void print_usage(std::ostream& out)
{
  out << "usage: carbondse-cli COMMAND [OPTIONS]\n\ncommands:\n";
  for (const auto& c : commands())
    out << "  " << c.name << std::string(12 - std::min<std::size_t>(11, std::string(c.name).size()), ' ')
        << c.summary << "\n";
  out << "\nExit status: 0 success, 1 failure, 2 bad input.\n";
}

} // namespace

int dispatch(int argc, char** argv, std::ostream& out, std::ostream& err)
{
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "help") {
    print_usage(argc < 2 ? err : out);
    return argc < 2 ? 2 : 0;
  }
  const std::string name = argv[1];
  const Args args(argv + 2, argv + argc);
  for (const auto& c : commands()) {
    if (name != c.name)
      continue;
    try {
      return c.run(args, out, err);
    } catch (const InputError& e) {
      err << "error: " << e.what() << "\n";
      return 2;
    } catch (const std::exception& e) {
      err << "error: " << e.what() << "\n";
      return 1;
    }
  }
  err << "error: unknown command '" << name << "' (try 'carbondse-cli help')\n";
  return 2;
}

} // namespace cdse::cli
