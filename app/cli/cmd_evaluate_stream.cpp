// carbondse-cli evaluate-stream --scenario S.json|NAME [carbon flags]
//
// Evaluates designs of a scenario's space one line at a time, so an external optimiser (e.g.
// tests/benchmarks/compare_optuna.py driving Optuna) can use exactly the objective, constraints and
// hypervolume reference point of `carbondse-cli search`:
//
//   * first it evaluates the scenario's anchor and baseline designs as the search does, builds the
//     same Archive (make_archive_setup) and prints one header line:
//       {"type":"header","scenario","mode","objectives":[{"id","unit","direction"}],
//        "reference_point":{id:value},"space_size","knobs":[{"name","categorical","values"}]}
//     (categorical knobs list their labels as values);
//   * then, per input line on stdin — {"genome":[i0,i1,...]} (one value index per knob, in the
//     header's order) or {"parameters":{"text.layers":8,...,"hw.dram_type":"lpddr4"}} (every
//     knob's value) — it prints one line:
//       {"type":"evaluation","index","duplicate","genome","parameters","failed","error"?,
//        "accuracy_source"? (none, estimate, measured, ...; absent when failed),
//        "objectives":{id:value|null},"feasible","violation","violated":[...],
//        "evaluations","feasible_count","hypervolume"}
//     where `hypervolume` is the archive's hypervolume after this design (a design sent twice is
//     not evaluated or counted again: "duplicate": true, its stored result repeated);
//   * at end of input a summary line {"type":"summary","evaluations","feasible","failed",
//     "hypervolume","reference_point","pareto_size"}.
//
// Designs are evaluated in input order, so feeding the genomes of a search journal reproduces the
// search's archive and hypervolume. Blank lines are ignored. A bad line stops the stream with one
// error naming the line and field, exit status 2.
#include <atomic>
#include <chrono>
#include <cmath>
#include <iostream>
#include <memory>
#include <string>

#include "core/accuracy/accuracy_source_factory.h"
#include "carbon_flags.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "scenario_flag.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/archive/archive.h"
#include "core/evaluation/design_evaluator.h"
#include "core/search/run/evaluation_pool.h"
#include "core/search/run/reference_designs.h"
#include "core/search/scenario/scenario.h"
#include "core/search/archive/search_mode.h"
#include "core/search/run/search_result.h"
#include "core/search/space/search_space.h"

namespace cdse::cli {
namespace {

nlohmann::json reported_objectives(const Archive& archive, std::span<const double> minimised)
{
  nlohmann::json j = nlohmann::json::object();
  const auto& list = archive.objective_list();
  for (std::size_t k = 0; k < list.size(); ++k) {
    if (std::isfinite(minimised[k]))
      j[std::string(objective_id(list[k]))] = reported_value(list[k], minimised[k]);
    else
      j[std::string(objective_id(list[k]))] = nullptr;
  }
  return j;
}

nlohmann::json header_json(const Scenario& scenario, const SearchSpace& space, const Archive& archive)
{
  nlohmann::json objectives = nlohmann::json::array();
  for (Objective o : archive.objective_list())
    objectives.push_back({{"id", std::string(objective_id(o))},
                          {"unit", std::string(objective_unit(o))},
                          {"direction", objective_is_maximised(o) ? "maximise" : "minimise"}});
  nlohmann::json knobs = nlohmann::json::array();
  for (const auto& k : space.knobs()) {
    // Each value rendered as the evaluation lines' "parameters" render it (integers as integers).
    nlohmann::json values = nlohmann::json::array();
    Genome genome(space.knob_count(), 0);
    const std::size_t index = static_cast<std::size_t>(&k - space.knobs().data());
    for (int i = 0; i < k.size(); ++i) {
      genome[index] = i;
      values.push_back(space.parameters_json(genome)[k.name]);
    }
    knobs.push_back({{"name", k.name}, {"categorical", k.categorical()}, {"values", std::move(values)}});
  }
  return {{"type", "header"},
          {"scenario", scenario.name},
          {"mode", std::string(mode_id(scenario.mode))},
          {"objectives", std::move(objectives)},
          {"reference_point", reported_objectives(archive, archive.reference_point())},
          {"space_size", space.cardinality()},
          {"knobs", std::move(knobs)}};
}

// The genome a line asks for: {"genome": [...]} or {"parameters": {...}}. Errors name `path`.
Genome parse_request(const nlohmann::json& line, const SearchSpace& space, const std::string& path)
{
  json::expect_object(line, path);
  json::reject_unknown_keys(line, path, {"genome", "parameters"});
  const auto* genome_json = json::find(line, "genome");
  const auto* parameters_json = json::find(line, "parameters");
  if ((genome_json == nullptr) == (parameters_json == nullptr))
    throw InputError(path, "give exactly one of \"genome\" (value indices) or \"parameters\" (knob values)");
  const auto& knobs = space.knobs();
  Genome genome(knobs.size(), 0);
  if (genome_json) {
    const std::string gpath = json::child_path(path, "genome");
    json::expect_array(*genome_json, gpath);
    if (genome_json->size() != knobs.size())
      throw InputError(gpath, "expected " + std::to_string(knobs.size()) + " value indices (one per knob), got " +
                                  std::to_string(genome_json->size()));
    for (std::size_t k = 0; k < knobs.size(); ++k)
      genome[k] = static_cast<int>(
          json::as_integer((*genome_json)[k], json::index_path(gpath, k), 0, knobs[k].size() - 1));
    return genome;
  }
  const std::string ppath = json::child_path(path, "parameters");
  json::expect_object(*parameters_json, ppath);
  std::vector<std::string_view> names;
  for (const auto& k : knobs)
    names.push_back(k.name);
  json::reject_unknown_keys(*parameters_json, ppath, names);
  for (std::size_t k = 0; k < knobs.size(); ++k) {
    const auto& knob = knobs[k];
    const auto& value = json::require(*parameters_json, knob.name, ppath);
    const std::string vpath = json::child_path(ppath, knob.name);
    int found = -1;
    if (knob.categorical()) {
      const std::string label = json::as_string(value, vpath);
      for (std::size_t i = 0; i < knob.labels.size() && found < 0; ++i)
        if (knob.labels[i] == label)
          found = static_cast<int>(i);
    } else {
      const double v = json::as_number(value, vpath);
      for (std::size_t i = 0; i < knob.values.size() && found < 0; ++i)
        if (std::abs(knob.values[i] - v) <= 1e-9 * std::max(1.0, std::abs(v)))
          found = static_cast<int>(i);
    }
    if (found < 0)
      throw InputError(vpath, json::describe(value) + " is not one of the knob's values");
    genome[k] = found;
  }
  return genome;
}

nlohmann::json evaluation_json(const Archive& archive, const SearchSpace& space, std::size_t i, bool duplicate)
{
  const ArchiveRecord& r = archive.record(i);
  const Feasibility& f = archive.feasibility(i);
  nlohmann::json j = {{"type", "evaluation"},
                      {"index", r.index},
                      {"duplicate", duplicate},
                      {"genome", r.genome},
                      {"parameters", space.parameters_json(r.genome)},
                      {"failed", r.failed}};
  if (r.failed)
    j["error"] = r.error;
  else
    j["accuracy_source"] = std::string(to_string(r.invariants.accuracy_source));
  j["objectives"] = reported_objectives(archive, archive.objectives(i));
  j["feasible"] = f.feasible;
  j["violation"] = f.violation;
  j["violated"] = violated_limit_names(f.violated);
  j["evaluations"] = archive.size();
  j["feasible_count"] = archive.feasible_count();
  j["hypervolume"] = archive.hypervolume();
  return j;
}

int run_evaluate_stream(const Args& raw, std::ostream& out, std::ostream& err)
{
  const CliArgs args(raw, evaluate_stream_command().flags);
  Scenario scenario = scenario_from_flag(args);
  scenario.carbon = apply_carbon_flags(args, scenario.carbon);
  const SearchSpace space = scenario.space();

  // The same evaluator, anchors and archive setup as SearchRunner, so objectives, feasibility and
  // the hypervolume reference point are those of `search`. One worker: designs come one at a time.
  const std::shared_ptr<const AccuracySource> accuracy = make_accuracy_source(scenario.accuracy, "accuracy",
                                                                              scenario.base_dir);
  auto make_evaluator = [accuracy]() -> EvaluationPool::EvaluateFunction {
    auto evaluator = std::make_shared<DesignEvaluator>(accuracy);
    return [evaluator](const Design& design) { return evaluator->evaluate(design); };
  };
  ReferenceDesigns reference = evaluate_reference_designs(scenario, space, make_evaluator());
  for (const auto& w : reference.warnings)
    err << "warning: " << w << "\n";
  Archive archive(make_archive_setup(scenario, std::move(reference.anchors)));
  std::atomic<bool> cancel{false};
  EvaluationPool pool(1, make_evaluator, nullptr, cancel);

  out << header_json(scenario, space, archive).dump() << "\n" << std::flush;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos)
      continue;
    const std::string where = "stdin line " + std::to_string(line_number);
    const json::Json request = json::parse_text(line, where);
    Genome genome;
    try {
      genome = parse_request(request, space, "");
    } catch (const InputError& e) {
      throw InputError(where + (e.where().empty() ? "" : ": " + e.where()), e.problem());
    }
    if (const auto found = archive.find(genome)) {
      out << evaluation_json(archive, space, *found, true).dump() << "\n" << std::flush;
      continue;
    }
    const std::vector<EvaluationJob> jobs = {{static_cast<std::int64_t>(archive.size()), genome, space.decode(genome)}};
    const auto outcomes = pool.run(jobs, std::chrono::milliseconds(1000), [](std::size_t) {});
    const auto& o = outcomes.front();
    archive.add({jobs.front().index, genome, o.failed, o.error, o.invariants});
    out << evaluation_json(archive, space, archive.size() - 1, false).dump() << "\n" << std::flush;
  }

  std::size_t failed = 0;
  for (std::size_t i = 0; i < archive.size(); ++i)
    failed += archive.record(i).failed ? 1 : 0;
  out << nlohmann::json{{"type", "summary"},
                        {"evaluations", archive.size()},
                        {"feasible", archive.feasible_count()},
                        {"failed", failed},
                        {"hypervolume", archive.hypervolume()},
                        {"reference_point", reported_objectives(archive, archive.reference_point())},
                        {"pareto_size", archive.front().size()}}
             .dump()
      << "\n"
      << std::flush;
  return 0;
}

}   // namespace

const CommandSpec& evaluate_stream_command()
{
  static const CommandSpec spec{
      "evaluate-stream",
      "--scenario FILE|NAME [OPTIONS] < REQUESTS.jsonl",
      "evaluate designs of a scenario read from stdin (JSON lines), with the search's objectives and hypervolume",
      "Prints a header line (objectives, reference point, knobs), then one line per input line\n"
      "{\"genome\": [...]} or {\"parameters\": {...}}, then a summary (format: docs/search.md).\n"
      "Carbon options override the scenario's carbon settings; the defaults shown apply when neither\n"
      "sets a value.",
      FlagTable{{"scenario", "FILE|NAME", "", "required", "scenario file or built-in name (see 'scenarios')"}} +
          carbon_flags(),
      &run_evaluate_stream};
  return spec;
}

}   // namespace cdse::cli
