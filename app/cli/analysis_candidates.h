#pragma once
// The candidates for a carbon optimum in the analysis commands (sweep, regime): the designs of a
// search's --journal (its scenario and limits), or, with --scenario, the scenario's exact universal
// front, which holds the optimum for every value of every carbon slider. --min-accuracy adds a
// floor. Shared so the commands read the same flags the same way.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_args.h"
#include "core/analysis/carbon_optimum.h"
#include "core/search/archive/archive.h"
#include "core/search/scenario/scenario.h"
#include "core/search/space/search_space.h"

namespace cdse::cli {

struct AnalysisCandidates {
  std::string source;   // "journal" or "exact universal front"; empty without candidates
  Scenario scenario;
  SearchSpace space;
  std::unique_ptr<Archive> archive;     // null: no candidates (design files only)
  SweepCandidates pool;                 // the archive's evaluated designs, under its limits
  std::vector<std::size_t> record_of;   // pool index -> archive record

  std::int64_t index_of(std::size_t candidate) const { return archive->record(record_of[candidate]).index; }
  // A candidate's knob values and invariant metrics, for the JSON output.
  nlohmann::json describe(std::size_t candidate) const;
};

// The flags load_analysis_candidates reads: --scenario, --journal, --min-accuracy, --threads,
// --quiet (and --compact, which every analysis command prints with).
FlagTable analysis_candidate_flags();

// InputError naming --journal or --scenario when neither (or both) is given. Without exact
// support for the scenario, `design_files_given` lets the command go on without candidates.
AnalysisCandidates load_analysis_candidates(const CliArgs& args, const std::string& command, bool design_files_given,
                                            std::ostream& err);

}   // namespace cdse::cli
