#include "design_file.h"

#include <filesystem>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/io/input_error.h"

namespace cdse::cli {

DesignDocument load_design_file(const std::string& path, const CarbonSettings& base_carbon, std::string& base_dir)
{
  DesignDocument doc;
  try {
    doc = load_design_document(path, base_carbon);
  } catch (const InputError& e) {
    // File-level errors already name the file; field errors get the file prefixed.
    if (e.where() == path)
      throw;
    throw InputError(path + ": " + e.where(), e.problem());
  }
  const std::filesystem::path folder = std::filesystem::path(path).parent_path();
  base_dir = folder.empty() ? std::filesystem::path(".").string() : folder.string();
  return doc;
}

AccuracyEstimate design_file_accuracy(const DesignDocument& doc, const Scenario* scenario, const std::string& base_dir)
{
  AccuracyEstimate accuracy;
  accuracy.source = "none";
  if (doc.accuracy_spec) {
    const auto source = make_accuracy_source(*doc.accuracy_spec, "accuracy", base_dir);
    if (doc.model)
      accuracy = source->estimate(*doc.model);
  } else if (scenario) {
    const auto source = make_accuracy_source(scenario->accuracy, "accuracy", scenario->base_dir);
    if (doc.model)
      accuracy = source->estimate(*doc.model);
  } else if (doc.model) {
    accuracy = BuiltinAccuracyEstimator().estimate(*doc.model);
  }
  return accuracy;
}

}   // namespace cdse::cli
