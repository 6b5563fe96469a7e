#pragma once
// A search scenario: what to search (model pruning space and accelerator space), under which
// constraints, for which objectives, with which carbon assumptions, accuracy source and algorithm.
// Read from JSON (a file or a built-in resources/scenarios/<name>.json); every error names the
// JSON path, e.g. "hardware.pe_width[2]: must be a positive integer". Format: docs/search.md.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/carbon/carbon_settings.h"
#include "core/search/algorithms/algorithm_settings.h"
#include "core/evaluation/design.h"
#include "core/search/archive/search_constraints.h"
#include "core/search/space/search_knob.h"
#include "core/search/archive/search_mode.h"
#include "core/search/space/search_space.h"

namespace cdse {

struct BaselineDesign {
  std::string label;
  Design design;
};

struct Scenario {
  std::string name;
  std::string title;
  std::string description;

  Design base;                     // every fixed knob applied
  std::vector<SearchKnob> knobs;   // model knobs first (stack order), then hardware knobs

  SearchMode mode = SearchMode::Carbon;
  std::vector<Objective> custom_objectives;   // used when mode == Custom
  SearchConstraints constraints;
  CarbonSettings carbon;
  nlohmann::json accuracy = {{"kind", "builtin"}};   // accuracy-source settings (make_accuracy_source)
  std::string base_dir;                              // folder of the scenario file: relative paths resolve against it
  AlgorithmSettings algorithm;
  std::int64_t budget = 0;   // 0: the whole space for an enumerating algorithm, else 300
  std::uint64_t seed = 1;
  int batch_size = 0;   // evaluations per ask; 0: the runner's default for the algorithm
  // Per objective id, in reported units (accuracy as a fraction); missing entries are derived.
  std::vector<std::pair<Objective, double>> reference_point;
  std::vector<BaselineDesign> baselines;

  std::vector<Objective> objectives() const;
  // The space searched under the current mode (all-hw drops the model knobs; model-only drops the
  // hardware knobs and uses the first baseline's accelerator). Throws InputError when model-only
  // has hardware knobs and no baseline to take the accelerator from.
  SearchSpace space() const;
  // Budget actually used: `budget`, or, when it is 0, the cardinality for an algorithm that
  // enumerates the space (AlgorithmEntry::needs_finite_space), else 300.
  std::int64_t effective_budget() const;
};

struct ScenarioInfo {
  std::string name;
  std::string title;
  std::string description;
};

// `source` names the document in errors (file name or "scenario <name>").
Scenario parse_scenario(const nlohmann::json& j, const std::string& source = "");
nlohmann::json to_json(const Scenario& scenario);
// A file path if such a file exists, else the name of a built-in scenario; InputError otherwise.
Scenario load_scenario(const std::string& file_or_name);
std::vector<ScenarioInfo> builtin_scenarios();
// Throws InputError("scenario", ...) listing the built-in names when `name` is unknown.
Scenario builtin_scenario(const std::string& name);

}   // namespace cdse
