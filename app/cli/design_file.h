#pragma once
// Design files as `evaluate` and `sweep` read them: loaded with errors that name the file, and
// given the accuracy a search would give them (the file's own "accuracy" source, else the
// scenario's, else the built-in estimate).
#include <string>

#include "core/accuracy/accuracy_source.h"
#include "core/carbon/carbon_settings.h"
#include "core/evaluation/design_document.h"
#include "core/search/scenario/scenario.h"

namespace cdse::cli {

// Field errors get the file's path prefixed; `base_dir` is set to the file's folder (for relative
// paths inside it).
DesignDocument load_design_file(const std::string& path, const CarbonSettings& base_carbon, std::string& base_dir);

AccuracyEstimate design_file_accuracy(const DesignDocument& doc, const Scenario* scenario, const std::string& base_dir);

}   // namespace cdse::cli
