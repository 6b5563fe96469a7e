// carbondse-cli evaluate DESIGN.json|--default [--scenario S] [carbon flags] [--overlap] [--compact]
#include <iostream>
#include <memory>

#include "core/carbon/carbon_scorer.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/evaluation/make_design_invariants.h"
#include "carbon_flags.h"
#include "cli_commands.h"
#include "design_file.h"
#include "core/evaluation/design_document.h"
#include "core/evaluation/report_json.h"
#include "core/hardware/accelerator_json.h"
#include "core/io/input_error.h"
#include "core/search/archive/objective.h"
#include "core/search/scenario/scenario.h"
#include "core/sim/simulator.h"
#include "core/workload/model_config_json.h"

namespace cdse::cli {
namespace {

int run_evaluate(const Args& raw, std::ostream& out, std::ostream&)
{
  const CliArgs args(raw, evaluate_command().flags);

  // With --scenario the design is scored as that scenario's search scores it: its carbon settings
  // (the design's own "carbon" fields and the flags override them) and its accuracy source.
  std::optional<Scenario> scenario;
  if (const auto name = args.text("scenario"))
    scenario = load_scenario(*name);
  const CarbonSettings base_carbon = scenario ? scenario->carbon : CarbonSettings{};

  DesignDocument doc;
  std::string base_dir = ".";
  if (args.has("default")) {
    if (!args.positionals().empty())
      throw InputError("DESIGN.json", "give a design file or --default, not both");
    doc = default_design_document();
    doc.carbon = base_carbon;
  } else {
    if (args.positionals().size() != 1)
      throw InputError("DESIGN.json", "usage: carbondse-cli evaluate " + evaluate_command().usage);
    doc = load_design_file(args.positionals().front(), base_carbon, base_dir);
  }
  if (args.has("overlap"))
    doc.options.overlap_tensor_vector = true;
  const CarbonSettings settings = apply_carbon_flags(args, doc.carbon);

  Simulator simulator;
  const PerformanceReport report = simulator.simulate(doc.workload, doc.accelerator, doc.options);

  const AccuracyEstimate accuracy = design_file_accuracy(doc, scenario ? &*scenario : nullptr, base_dir);

  const DesignInvariants invariants = make_design_invariants(report, accuracy, doc.workload, doc.accelerator);
  const CarbonBreakdown carbon = CarbonScorer(settings).score(invariants);

  json::Json result = performance_to_json(report, doc.workload);
  result["lifetime_energy_j"] = lifetime_energy_j(invariants, settings);
  add_accuracy_fields(result, accuracy);
  result["carbon"] = to_json(carbon);
  result["carbon_settings"] = to_json(settings);
  if (scenario)
    result["scenario"] = scenario->name;
  json::Json design = json::Json::object();
  if (doc.model)
    design["model"] = to_json(*doc.model);
  else
    design["workload"] = doc.workload.name;
  design["hardware"] = to_json(doc.accelerator);
  result["design"] = std::move(design);
  out << result.dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

}   // namespace

const CommandSpec& evaluate_command()
{
  static const CommandSpec spec{
      "evaluate",
      "DESIGN.json | --default [OPTIONS]",
      "simulate one design: latency, energy, area, accuracy, carbon (JSON)",
      "DESIGN.json holds {\"model\": {...} | \"workload\": {...}, \"hardware\": {...}} and optionally \"carbon\",\n"
      "\"accuracy\" and \"options\" -- the same schema as pareto[i].design in `search` output (the old key\n"
      "\"accelerator\" is still read). With --scenario, the design is scored under that scenario's carbon\n"
      "settings and accuracy source, reproducing the numbers its search reports. Carbon options\n"
      "override the file's carbon settings; the defaults shown apply when neither sets a value.",
      FlagTable{
          {"default", "", "", "", "evaluate the built-in default design (CLIP ViT-B/16 on 4x256x16, 8 MB GLB, 1 MB L2)"},
          {"scenario", "FILE|NAME", "", "none",
           "score as this scenario's search does (its carbon settings, accuracy source)"},
          {"overlap", "", "", "off", "overlap vector ops with the next GEMM"},
          {"compact", "", "", "indented", "print the JSON on one line"},
      } + carbon_flags(),
      &run_evaluate};
  return spec;
}

}   // namespace cdse::cli
