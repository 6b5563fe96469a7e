// carbondse-cli rescore JOURNAL.jsonl|SESSION.cdse [carbon flags] [--compact]: the front of a
// finished or killed run (its journal) or of a saved GUI session under new carbon assumptions,
// from the stored invariants (nothing is re-simulated).
#include <iostream>

#include "carbon_flags.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "core/io/input_error.h"
#include "core/search/run/search_result.h"
#include "core/session/session_file.h"

namespace cdse::cli {
namespace {

int run_rescore(const Args& raw, std::ostream& out, std::ostream& err)
{
  const CliArgs args(raw, rescore_command().flags);
  if (args.positionals().size() != 1)
    throw InputError("JOURNAL", "usage: carbondse-cli rescore " + rescore_command().usage);
  const std::string path = args.positionals().front();
  if (looks_like_session_file(path)) {   // by content (version 2) or name (*.cdse, version-1 *.json)
    const Session session = load_session(path);
    const SessionRun& run = session.runs[session.active_run];
    auto archive = make_session_archive(session, session.active_run);
    const CarbonSettings settings = apply_carbon_flags(args, session.carbon);
    archive->rescore(settings);
    Scenario scenario = run.scenario;
    scenario.carbon = settings;
    out << search_result_json(scenario, scenario.space(), *archive, run.baselines, {}).dump(args.has("compact") ? -1 : 2)
        << "\n";
    return 0;
  }
  JournalRun run = load_journal_run(path);
  for (const auto& w : run.warnings)
    err << "warning: " << w << "\n";
  const CarbonSettings settings = apply_carbon_flags(args, run.archive->carbon_settings());
  run.archive->rescore(settings);
  run.scenario.carbon = settings;
  out << search_result_json(run.scenario, run.space, *run.archive, run.baselines, run.warnings)
             .dump(args.has("compact") ? -1 : 2)
      << "\n";
  return 0;
}

}   // namespace

const CommandSpec& rescore_command()
{
  static const CommandSpec spec{
      "rescore",
      "JOURNAL.jsonl | SESSION.cdse [OPTIONS]",
      "re-score a search journal or saved session under new carbon settings (no re-simulation)",
      "Prints the search result JSON (as `search` does) for the designs stored in a journal (of a\n"
      "finished or killed run) or a session's active run (.cdse, or a version-1 .cdse.json), re-scored\n"
      "from their stored simulation results.\n"
      "Carbon options override the file's carbon settings; the defaults shown apply when neither\n"
      "sets a value.",
      FlagTable{{"compact", "", "", "indented", "print the JSON on one line"}} + carbon_flags(),
      &run_rescore};
  return spec;
}

}   // namespace cdse::cli
