#pragma once
// The result document of a search, shared by the CLI (printed as JSON) and the GUI:
//   {"scenario", "mode", "objectives": [{"id", "unit", "direction"}], "evaluations", "feasible",
//    "failed", "hypervolume", "reference_point": {id: value}, "carbon": {...},
//    "pareto": [{"index", "parameters", "design", "objectives": {id: value}, "metrics": {...}}],
//    "baselines": [...], "hypervolume_trace": [[evaluations, hv], ...], "warnings": [...]}
// Objective values are in reported units (accuracy as a fraction, SI otherwise).
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/carbon/design_invariants.h"
#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "core/search/space/search_space.h"

namespace cdse {

struct BaselineResult {
  std::string label;
  Design design;
  std::optional<DesignInvariants> invariants;   // empty when the design could not be evaluated
  std::string error;
};

// The archive configuration a scenario implies (objectives, constraints, carbon, reference).
ArchiveSetup make_archive_setup(const Scenario& scenario, std::vector<DesignInvariants> anchors);
nlohmann::json baselines_json(const std::vector<BaselineResult>& baselines);
std::vector<BaselineResult> baselines_from_json(const nlohmann::json& j, std::string_view path);

// All metrics of one design under the archive's current carbon settings: latency_s,
// energy_per_inference_j, lifetime_energy_j, static_power_w, area_mm2, peak_tops, embodied_kg with
// its P5-P95 band (embodied_p5_kg, embodied_p95_kg), operational_kg, total_kg, cdp_kg_s, accuracy
// (null without an estimate) with accuracy_low/high. `carbondse-cli evaluate --scenario` prints
// the same quantities under the same names (the *_kg ones in its "carbon" object).
nlohmann::json design_metrics_json(const DesignInvariants& invariants, const CarbonBreakdown& carbon,
                                   const CarbonSettings& settings);

nlohmann::json search_result_json(const Scenario& scenario, const SearchSpace& space, const Archive& archive,
                                  const std::vector<BaselineResult>& baselines, const std::vector<std::string>& warnings);

// A finished (or killed) run read back from its journal: the scenario from the header, every
// design re-scored from its stored invariants (nothing is simulated).
struct JournalRun {
  Scenario scenario;
  SearchSpace space;
  std::unique_ptr<Archive> archive;
  std::vector<BaselineResult> baselines;
  std::vector<std::string> warnings;
};
// Throws InputError(path, ...) for an unreadable journal or a header that is not a valid scenario.
JournalRun load_journal_run(const std::string& path);

}   // namespace cdse
