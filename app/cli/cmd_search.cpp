// carbondse-cli search --scenario S.json|NAME [--mode M] [--algorithm A] [--budget N] [--seed S]
//   [--threads T] [--journal FILE [--resume]] [--session FILE] [--force] [carbon flags] [--quiet] [--compact]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "carbon_flags.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "scenario_flag.h"
#include "search_session.h"
#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/algorithm_registry.h"
#include "core/search/scenario/scenario.h"
#include "core/search/archive/search_mode.h"
#include "core/search/run/search_runner.h"

namespace cdse::cli {
namespace {

std::string mode_list()
{
  std::string list;
  for (SearchMode m : all_modes())
    if (m != SearchMode::Custom)
      list += (list.empty() ? "" : ", ") + std::string(mode_id(m));
  return list;
}

std::string algorithm_list()
{
  std::string list;
  for (const auto& name : search_algorithm_names())
    list += (list.empty() ? "" : ", ") + name;
  return list;
}

// One line per algorithm of the registry: name, title and what it is for.
std::string algorithm_table()
{
  std::string table = "\n\nAlgorithms (--algorithm):";
  for (const auto& entry : algorithm_registry()) {
    std::string name = entry.name;
    name.resize(std::max<std::size_t>(name.size(), 11), ' ');
    table += "\n  " + name + " " + entry.title + ": " + entry.description;
  }
  return table;
}

// A journal is the only copy of a run's evaluations: starting a new run over one needs --force.
void refuse_to_overwrite_journal(const std::string& path)
{
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) == 0)
    return;
  std::ifstream in(path, std::ios::binary);
  const auto lines = std::count(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>(), '\n');
  throw InputError(path, "a journal of " + std::to_string(lines) +
                             " lines already exists; continue that run with --resume, or overwrite it with --force");
}

int run_search(const Args& raw, std::ostream& out, std::ostream& err)
{
  const CliArgs args(raw, search_command().flags);
  Scenario scenario = scenario_from_flag(args);
  if (const auto mode = args.text("mode")) {
    const auto parsed = parse_mode(*mode);
    if (!parsed || *parsed == SearchMode::Custom)
      throw InputError("--mode", "unknown mode '" + *mode + "' (valid: " + mode_list() + ")");
    scenario.mode = *parsed;
  }
  if (const auto algorithm = args.text("algorithm")) {
    const auto names = search_algorithm_names();
    if (std::find(names.begin(), names.end(), *algorithm) == names.end())
      throw InputError("--algorithm", "unknown algorithm '" + *algorithm + "' (valid: " + algorithm_list() + ")");
    scenario.algorithm.name = *algorithm;
  }
  if (const auto budget = args.integer("budget", 1, 100000000))
    scenario.budget = *budget;
  if (const auto seed = args.integer("seed", 0, (1LL << 62)))
    scenario.seed = static_cast<std::uint64_t>(*seed);
  scenario.carbon = apply_carbon_flags(args, scenario.carbon);

  SearchRunOptions options;
  options.threads = static_cast<int>(
      args.integer("threads", 1, 256).value_or(std::max(1u, std::thread::hardware_concurrency())));
  options.batch_size = static_cast<int>(args.integer("batch", 1, 100000).value_or(0));
  options.journal_path = args.text("journal").value_or("");
  options.resume = args.has("resume");
  if (options.resume && options.journal_path.empty())
    throw InputError("--resume", "needs --journal FILE");
  const std::string session_path = args.text("session").value_or("");
  if (args.has("force") && options.journal_path.empty() && session_path.empty())
    throw InputError("--force", "needs --journal FILE or --session FILE");
  if (args.has("force") && options.resume && session_path.empty())
    throw InputError("--force", "give either --resume (continue the journal) or --force (overwrite it), not both");
  if (!options.resume && !args.has("force") && !options.journal_path.empty())
    refuse_to_overwrite_journal(options.journal_path);
  if (!session_path.empty())
    check_session_target(session_path, args.has("force"));
  const int threads = options.threads;
  const std::string started_utc = utc_now_iso8601();
  const bool quiet = args.has("quiet");
  options.progress_interval = std::chrono::milliseconds(1000);
  options.on_progress = [&err, quiet](const SearchProgress& p) {
    if (quiet)
      return;
    if (p.phase == "solving") {
      err << "\rsearch: solving the whole space exactly, " << static_cast<int>(p.solve_fraction * 100) << " % of "
          << "accelerators done   " << std::flush;
      return;
    }
    err << "\rsearch: " << p.evaluations << "/" << p.budget << " evaluated, " << p.feasible << " feasible, HV "
        << p.hypervolume << ", " << static_cast<long long>(p.evals_per_s) << " evals/s   " << std::flush;
  };

  SearchRunner runner(std::move(scenario), std::move(options));
  runner.run();
  if (!quiet)
    err << "\n";
  const SearchProgress last = runner.latest_progress();
  int status = 0;
  // The result goes out before the session is written: a save that fails (disk full, folder removed
  // during a long run) must not cost the result the user waited for.
  if (last.state == SearchState::Failed) {
    err << "error: " << last.error << "\n";
    status = 1;
  } else {
    out << runner.result_json().dump(args.has("compact") ? -1 : 2) << "\n" << std::flush;
  }
  if (!session_path.empty()) {   // a failed run's designs are saved too
    try {
      save_search_session(session_path, runner, threads, started_utc);
    } catch (const InputError& e) {   // names the file
      err << "error: " << e.what() << "\n";
      status = 1;
    } catch (const std::exception& e) {
      err << "error: " << session_path << ": session not saved (" << e.what() << ")\n";
      status = 1;
    }
  }
  return status;
}

}   // namespace

const CommandSpec& search_command()
{
  static const CommandSpec spec{
      "search",
      "--scenario FILE|NAME [OPTIONS]",
      "run a multi-objective search over a scenario (JSON result)",
      "Searches the scenario's design space; progress on stderr, the result JSON on stdout (fields:\n"
      "README.md, docs/search.md). Options override the scenario's settings; carbon options override\n"
      "its carbon settings, and the defaults shown apply when neither sets a value." +
          algorithm_table(),
      FlagTable{
          {"scenario", "FILE|NAME", "", "required", "scenario file or built-in name (see 'scenarios')"},
          {"mode", "M", "", "the scenario's", "what to search: " + mode_list()},
          {"algorithm", "A", "", "the scenario's", "search algorithm: " + algorithm_list()},
          {"budget", "N", "evaluations", "the scenario's, else 300 (exhaustive: the whole space)", "designs to evaluate"},
          {"seed", "S", "", "the scenario's, else 1", "random seed"},
          {"threads", "T", "", "all cores", "worker threads"},
          {"batch", "B", "designs", "the algorithm's", "designs proposed per step"},
          {"journal", "FILE", "", "none", "append every evaluation to FILE (JSON lines) as it is made"},
          {"resume", "", "", "off", "continue the run recorded in --journal FILE"},
          {"session", "FILE", "", "none",
           "also save the run as a session FILE (.cdse) that the GUI opens (carbondse FILE)"},
          {"force", "", "", "off",
           "overwrite an existing --journal or --session FILE (without it, an existing file is refused)"},
          {"quiet", "", "", "off", "no progress on stderr"},
          {"compact", "", "", "indented", "print the JSON on one line"},
      } + carbon_flags(),
      &run_search};
  return spec;
}

}   // namespace cdse::cli
