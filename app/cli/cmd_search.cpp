// carbondse-cli search --scenario S.json|NAME [--mode M] [--algorithm A] [--budget N] [--seed S]
//   [--threads T] [--journal FILE [--resume]] [carbon flags] [--quiet] [--compact]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "carbon_flags.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "scenario_flag.h"
#include "io/input_error.h"
#include "search/algorithm_factory.h"
#include "search/scenario.h"
#include "search/search_mode.h"
#include "search/search_runner.h"

namespace cdse::cli {

int run_search(const Args& raw, std::ostream& out, std::ostream& err)
{
  std::set<std::string> values = carbon_value_flags();
  values.insert({"scenario", "mode", "algorithm", "budget", "seed", "threads", "journal", "batch"});
  std::set<std::string> switches = carbon_switch_flags();
  switches.insert({"resume", "quiet", "compact"});
  const CliArgs args(raw, values, switches);
  Scenario scenario = scenario_from_flag(args);
  if (const auto mode = args.text("mode")) {
    const auto parsed = parse_mode(*mode);
    if (!parsed || *parsed == SearchMode::Custom) {
      std::string valid;
      for (SearchMode m : all_modes())
        if (m != SearchMode::Custom)
          valid += (valid.empty() ? "" : ", ") + std::string(mode_id(m));
      throw InputError("--mode", "unknown mode '" + *mode + "' (valid: " + valid + ")");
    }
    scenario.mode = *parsed;
  }
  if (const auto algorithm = args.text("algorithm")) {
    const auto names = search_algorithm_names();
    if (std::find(names.begin(), names.end(), *algorithm) == names.end()) {
      std::string valid;
      for (const auto& n : names)
        valid += (valid.empty() ? "" : ", ") + n;
      throw InputError("--algorithm", "unknown algorithm '" + *algorithm + "' (valid: " + valid + ")");
    }
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
  const bool quiet = args.has("quiet");
  options.progress_interval = std::chrono::milliseconds(1000);
  options.on_progress = [&err, quiet](const SearchProgress& p) {
    if (quiet)
      return;
    err << "\rsearch: " << p.evaluations << "/" << p.budget << " evaluated, " << p.feasible << " feasible, HV "
        << p.hypervolume << ", " << static_cast<long long>(p.evals_per_s) << " evals/s   " << std::flush;
  };

  SearchRunner runner(std::move(scenario), std::move(options));
  runner.run();
  if (!quiet)
    err << "\n";
  const SearchProgress last = runner.latest_progress();
  if (last.state == SearchState::Failed) {
    err << "error: " << last.error << "\n";
    return 1;
  }
  out << runner.result_json().dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

} // namespace cdse::cli
