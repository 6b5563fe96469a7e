// carbondse-cli evaluate DESIGN.json|--default [carbon flags] [--overlap]
#include <filesystem>
#include <iostream>
#include <memory>

#include "accuracy/accuracy_source_factory.h"
#include "accuracy/builtin_accuracy_estimator.h"
#include "carbon/carbon_scorer.h"
#include "carbon/carbon_settings_json.h"
#include "carbon/design_invariants.h"
#include "carbon_flags.h"
#include "cli_commands.h"
#include "design/design_document.h"
#include "design/report_json.h"
#include "hardware/accelerator_json.h"
#include "io/input_error.h"
#include "sim/simulator.h"
#include "workload/model_config_json.h"

namespace cdse::cli {

int run_evaluate(const Args& raw, std::ostream& out, std::ostream&)
{
  std::set<std::string> values = carbon_value_flags();
  std::set<std::string> switches = carbon_switch_flags();
  switches.insert({"default", "overlap", "compact"});
  const CliArgs args(raw, values, switches);

  DesignDocument doc;
  std::string base_dir = ".";
  if (args.has("default")) {
    if (!args.positionals().empty())
      throw InputError("DESIGN.json", "give a design file or --default, not both");
    doc = default_design_document();
  } else {
    if (args.positionals().size() != 1)
      throw InputError("DESIGN.json", "usage: carbondse-cli evaluate DESIGN.json|--default [options]");
    const std::string& path = args.positionals().front();
    try {
      doc = load_design_document(path);
    } catch (const InputError& e) {
      // File-level errors already name the file; field errors get the file prefixed.
      if (e.where() == path)
        throw;
      throw InputError(path + ": " + e.where(), e.problem());
    }
    base_dir = std::filesystem::path(path).parent_path().string();
    if (base_dir.empty())
      base_dir = ".";
  }
  if (args.has("overlap"))
    doc.options.overlap_tensor_vector = true;
  const CarbonSettings settings = apply_carbon_flags(args, doc.carbon);

  Simulator simulator;
  const PerformanceReport report = simulator.simulate(doc.workload, doc.accelerator, doc.options);

  AccuracyEstimate accuracy;
  accuracy.source = "none";
  if (doc.accuracy_spec) {
    const auto source = make_accuracy_source(*doc.accuracy_spec, "accuracy", base_dir);
    if (doc.model)
      accuracy = source->estimate(*doc.model);
  } else if (doc.model) {
    accuracy = BuiltinAccuracyEstimator().estimate(*doc.model);
  }

  const DesignInvariants invariants = make_design_invariants(report, accuracy, doc.workload, doc.accelerator);
  const CarbonBreakdown carbon = CarbonScorer(settings).score(invariants);

  json::Json result = performance_to_json(report, doc.workload);
  add_accuracy_fields(result, accuracy);
  result["carbon"] = to_json(carbon);
  result["carbon_settings"] = to_json(settings);
  json::Json design = {{"accelerator", to_json(doc.accelerator)}};
  if (doc.model)
    design["model"] = to_json(*doc.model);
  else
    design["workload"] = doc.workload.name;
  result["design"] = std::move(design);
  out << result.dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

} // namespace cdse::cli
