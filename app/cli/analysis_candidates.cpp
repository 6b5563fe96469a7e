#include "analysis_candidates.h"

#include <algorithm>
#include <thread>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/evaluation/design_evaluator.h"
#include "core/io/input_error.h"
#include "core/search/exact/exact_refusal.h"
#include "core/search/exact/exact_solver.h"
#include "core/search/run/search_result.h"

namespace cdse::cli {
namespace {

void solve_exactly(AnalysisCandidates& c, int threads, bool quiet, const std::string& command, std::ostream& err)
{
  c.source = "exact universal front";
  if (!quiet)
    err << command << ": solving " << c.scenario.name << " exactly for the candidates\n";
  ExactSolveOptions options;
  options.threads = threads;
  const ExactSolution solution = solve_exact(c.scenario, options);
  c.archive = std::make_unique<Archive>(make_archive_setup(c.scenario, {}));
  c.archive->reserve(solution.genomes.size());
  DesignEvaluator evaluator(std::make_shared<BuiltinAccuracyEstimator>());   // exact needs the built-in estimate
  std::int64_t index = 0;
  for (const auto& g : solution.genomes)
    c.archive->add({index++, g, false, {}, evaluator.evaluate(c.space.decode(g))});
  if (!quiet)
    err << command << ": " << solution.genomes.size() << " candidate designs cover all "
        << static_cast<long long>(solution.designs_covered) << " of the space\n";
}

}   // namespace

FlagTable analysis_candidate_flags()
{
  return {
      {"scenario", "FILE|NAME", "", "none", "candidates: the scenario's exact universal front"},
      {"journal", "FILE", "", "none", "candidates: the designs of a search journal (its scenario and limits)"},
      {"min-accuracy", "A", "fraction", "the scenario's", "accuracy floor for the optimal design, 0-1"},
      {"threads", "T", "", "all cores", "threads for the exact solve"},
      {"quiet", "", "", "off", "no progress on stderr"},
      {"compact", "", "", "indented", "print the JSON on one line"},
  };
}

nlohmann::json AnalysisCandidates::describe(std::size_t candidate) const
{
  const auto& record = archive->record(record_of[candidate]);
  const DesignInvariants& inv = record.invariants;
  return {{"parameters", space.parameters_json(record.genome)},
          {"accuracy", inv.accuracy_available ? nlohmann::json(inv.accuracy) : nlohmann::json(nullptr)},
          {"latency_s", inv.latency_s},
          {"area_mm2", inv.area_mm2}};
}

AnalysisCandidates load_analysis_candidates(const CliArgs& args, const std::string& command, bool design_files_given,
                                            std::ostream& err)
{
  const bool quiet = args.has("quiet");
  const int threads = static_cast<int>(
      args.integer("threads", 1, 1024).value_or(std::max(1u, std::thread::hardware_concurrency())));
  AnalysisCandidates c;
  const auto journal = args.text("journal");
  const auto scenario_name = args.text("scenario");
  if (journal && scenario_name)
    throw InputError("--journal", "give --journal (a search's designs) or --scenario, not both");
  if (journal) {
    JournalRun run = load_journal_run(*journal);
    for (const auto& w : run.warnings)
      err << "warning: " << w << "\n";
    c.source = "journal";
    c.scenario = std::move(run.scenario);
    c.space = std::move(run.space);
    c.archive = std::move(run.archive);
  } else if (scenario_name) {
    c.scenario = load_scenario(*scenario_name);
    c.space = c.scenario.space();
    if (const auto reason = exact_refusal(c.scenario)) {
      if (!design_files_given)
        throw InputError("--scenario", "the optimum needs candidate designs, and exact cannot solve this scenario (" +
                                           *reason + "): give --journal FILE of a search" +
                                           (command == "sweep" ? ", or design files" : ""));
    } else {
      solve_exactly(c, threads, quiet, command, err);
    }
  } else {
    throw InputError("--scenario", "required: a scenario (its exact front gives the candidates) or --journal FILE");
  }

  if (c.archive) {
    const Archive& archive = *c.archive;
    c.pool.constraints = archive.constraints();
    if (const auto floor = args.number("min-accuracy", 0.0, 1.0))
      c.pool.constraints.min_accuracy = *floor;
    const auto& objectives = archive.objective_list();
    c.pool.accuracy_required = std::find(objectives.begin(), objectives.end(), Objective::Accuracy) != objectives.end();
    for (std::size_t i = 0; i < archive.size(); ++i)
      if (!archive.record(i).failed) {
        c.pool.designs.push_back(archive.record(i).invariants);
        c.record_of.push_back(i);
      }
  }
  return c;
}

}   // namespace cdse::cli
