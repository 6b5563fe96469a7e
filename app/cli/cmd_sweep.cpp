// carbondse-cli sweep --param P (--from A --to B [--steps N] [--log] | [--categories IDS])
//   (--scenario S | --journal J)
//   [DESIGN.json ...] [carbon flags] [--threads T] [--quiet] [--compact]
// One carbon assumption swept over a range (issue 16): each design file's embodied, operational and
// total carbon at every value with its break-even (closed form), and the carbon-optimal design among
// the candidates: a search's designs (--journal), or the scenario's exact universal front, which
// holds the optimum for every value of every carbon slider.
#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "analysis_candidates.h"
#include "carbon_flags.h"
#include "cli_commands.h"
#include "design_file.h"
#include "core/analysis/carbon_sweep.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/evaluation/make_design_invariants.h"
#include "core/evaluation/report_json.h"
#include "core/io/input_error.h"
#include "core/sim/simulator.h"

namespace cdse::cli {
namespace {

// "--categories taiwan,usa" → {"taiwan", "usa"}; empty = every category.
std::vector<std::string> split_categories(const std::string& text)
{
  std::vector<std::string> ids;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    std::string id = text.substr(start, comma - start);
    id.erase(0, id.find_first_not_of(' '));
    id.erase(id.find_last_not_of(' ') + 1);
    if (id.empty())
      throw InputError("--categories", "an empty entry in '" + text + "' (a comma-separated list of ids)");
    ids.push_back(std::move(id));
    start = comma + 1;
  }
  return ids;
}

std::string parameter_ids()
{
  std::string ids;
  for (const auto& info : sweep_parameters())
    ids += (ids.empty() ? "" : ", ") + std::string(info.id);
  return ids;
}

nlohmann::json carbon_json(const CarbonBreakdown& c)
{
  return {{"embodied_kg", c.embodied_kg}, {"operational_kg", c.operational_kg}, {"total_kg", c.total_kg}};
}

nlohmann::json break_even_json(const BreakEven& b)
{
  nlohmann::json j = {{"kind", break_even_kind_id(b.kind)}, {"value", nullptr}};
  if (b.value)
    j["value"] = *b.value;
  return j;
}

int run_sweep(const Args& raw, std::ostream& out, std::ostream& err)
{
  const CliArgs args(raw, sweep_command().flags);
  const auto param = args.text("param");
  if (!param)
    throw InputError("--param", "required: the assumption to sweep (one of: " + parameter_ids() + ")");
  SweepRange range;
  range.parameter = parse_sweep_parameter(*param, "--param");
  const auto& info = sweep_parameter_info(range.parameter);
  if (info.categorical) {
    for (const char* numeric : {"from", "to", "steps", "log"})
      if (args.has(numeric))
        throw InputError(std::string("--") + numeric,
                         std::string("does not apply to ") + info.id +
                             ", a category parameter: list the categories with --categories");
    range.categories = split_categories(args.text("categories").value_or(""));
  } else {
    if (args.has("categories"))
      throw InputError("--categories", std::string("applies only to fab-location and technology-node, not ") + info.id);
    const auto from = args.number("from", -1e300, 1e300), to = args.number("to", -1e300, 1e300);
    if (!from)
      throw InputError("--from", "required: the first value of the sweep");
    if (!to)
      throw InputError("--to", "required: the last value of the sweep");
    range.from = *from;
    range.to = *to;
    range.steps = static_cast<int>(args.integer("steps", 1, 100000).value_or(101));
    range.log_scale = args.has("log");
  }
  sweep_values(range);   // the range's errors before any long work
  const std::vector<SweepCategory> categories = sweep_range_categories(range);
  const AnalysisCandidates candidates = load_analysis_candidates(args, "sweep", !args.positionals().empty(), err);
  const CarbonSettings base = apply_carbon_flags(args, candidates.scenario.carbon);

  std::vector<DesignInvariants> designs;
  Simulator simulator;
  for (const auto& path : args.positionals()) {
    std::string base_dir;
    const DesignDocument doc = load_design_file(path, candidates.scenario.carbon, base_dir);
    const PerformanceReport report = simulator.simulate(doc.workload, doc.accelerator, doc.options);
    const AccuracyEstimate accuracy = design_file_accuracy(doc, &candidates.scenario, base_dir);
    designs.push_back(make_design_invariants(report, accuracy, doc.workload, doc.accelerator));
  }

  const CarbonSweep sweep = run_carbon_sweep(base, range, designs, candidates.archive ? &candidates.pool : nullptr);

  nlohmann::json result = {{"parameter", info.id},
                           {"unit", info.unit},
                           {"scale", info.categorical  ? "categories"
                                     : range.log_scale ? "log"
                                                       : "linear"},
                           {"scenario", candidates.scenario.name},
                           {"carbon", to_json(base)}};
  result["candidates"] = nullptr;
  if (candidates.archive)
    result["candidates"] = {{"source", candidates.source}, {"designs", candidates.archive->size()}};
  nlohmann::json files = nlohmann::json::array();
  for (std::size_t i = 0; i < designs.size(); ++i)   // a category parameter has no break-even
    files.push_back({{"file", args.positionals()[i]},
                     {"break_even", info.categorical ? nlohmann::json() : break_even_json(sweep.break_evens[i])}});
  result["designs"] = std::move(files);

  // Each optimal design once, with its knob values and break-even; steps refer to it by index.
  nlohmann::json optimal = nlohmann::json::object();
  std::optional<BreakEvenSolver> break_even;
  if (!info.categorical)
    break_even.emplace(base, range.parameter);
  const auto describe = [&](std::size_t candidate) {
    const std::string key = std::to_string(candidates.index_of(candidate));
    if (!optimal.contains(key)) {
      optimal[key] = candidates.describe(candidate);
      if (break_even)
        optimal[key]["break_even"] = break_even_json(break_even->solve(candidates.pool.designs[candidate]));
    }
    return candidates.index_of(candidate);
  };
  nlohmann::json steps = nlohmann::json::array();
  for (std::size_t i = 0; i < sweep.steps.size(); ++i) {
    const SweepStep& step = sweep.steps[i];
    nlohmann::json s = {{"value", step.value}, {"designs", nlohmann::json::array()}, {"optimal", nullptr}};
    if (info.categorical) {
      s["category"] = step.category;
      s["name"] = categories[i].name;
    }
    for (const auto& c : step.designs)
      s["designs"].push_back(carbon_json(c));
    if (step.optimal) {
      s["optimal"] = carbon_json(step.optimal_carbon);
      s["optimal"]["index"] = describe(*step.optimal);
    }
    steps.push_back(std::move(s));
  }
  result["steps"] = std::move(steps);
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& c : sweep.changes) {
    nlohmann::json j = {{"after", c.after_value}, {"at", c.at_value}, {"from", nullptr}, {"to", nullptr}};
    if (info.categorical) {   // name the two neighbouring categories, not just their values
      const auto at = std::find_if(sweep.steps.begin(), sweep.steps.end(),
                                   [&](const auto& s) { return s.value == c.at_value; });
      const auto after = std::find_if(sweep.steps.begin(), sweep.steps.end(),
                                      [&](const auto& s) { return s.value == c.after_value; });
      j["after_category"] = after->category;
      j["at_category"] = at->category;
    }
    if (c.from)
      j["from"] = candidates.index_of(*c.from);
    if (c.to)
      j["to"] = candidates.index_of(*c.to);
    changes.push_back(std::move(j));
  }
  result["optimal_changes"] = std::move(changes);
  result["optimal_designs"] = std::move(optimal);
  out << result.dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

}   // namespace

const CommandSpec& sweep_command()
{
  static const CommandSpec spec{
      "sweep",
      "--param P (--from A --to B | [--categories IDS]) (--scenario S | --journal FILE) [DESIGN.json ...] [OPTIONS]",
      "sweep one carbon assumption: each design's carbon, break-even and the optimal design (JSON)",
      "Varies one operational assumption (grid-intensity, lifetime-years, inferences-per-second or\n"
      "duty-cycle) and prints, at each value, every DESIGN.json's embodied, operational and total carbon\n"
      "and the carbon-optimal design among the candidates, within the scenario's limits; each design's\n"
      "break-even (where operational carbon equals embodied, in closed form) and the values between\n"
      "which the optimum changes. fab-location and technology-node compare categories instead (the\n"
      "fab's location; the node every design is scaled to): --categories, no range, no break-even.\n"
      "Candidates: the designs of a search's --journal, or, with --scenario, its exact universal front\n"
      "(it holds the optimum for every value; the built-in accuracy estimate is needed). Nothing is\n"
      "re-simulated while sweeping. Carbon options set the other assumptions.",
      FlagTable{
          {"param", "P", "", "required",
           "the assumption: grid-intensity, lifetime-years, inferences-per-second, duty-cycle, fab-location, "
           "technology-node"},
          {"from", "A", "", "required",
           "first value, in the parameter's unit (g/kWh, years, 1/s, fraction); numeric only"},
          {"to", "B", "", "required", "last value; numeric only"},
          {"categories", "IDS", "", "all",
           "fab-location or technology-node: the ids to compare, comma-separated (taiwan,usa; 28,7)"},
          {"steps", "N", "", "101", "number of values, both ends included"},
          {"log", "", "", "linear", "space the values geometrically (needs --from above 0)"},
      } + analysis_candidate_flags() +
          carbon_flags(),
      &run_sweep};
  return spec;
}

}   // namespace cdse::cli
