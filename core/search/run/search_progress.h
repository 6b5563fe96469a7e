#pragma once
// A snapshot of a running search, delivered as a value (no references into the runner), so a GUI
// can keep it, draw it and drop it on any thread.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/search/archive/archive.h"
#include "core/search/archive/archive_record.h"

namespace cdse {

struct FrontPoint {
  std::size_t archive_index = 0;
  std::vector<double> objectives;   // reported units (accuracy as a fraction), objective order
};

enum class SearchState { Starting, Running, Paused, Finished, Cancelled, Failed };
const char* to_string(SearchState state);

struct SearchProgress {
  SearchState state = SearchState::Starting;
  std::int64_t evaluations = 0;      // designs in the archive (resumed ones included)
  std::int64_t in_flight_done = 0;   // evaluations of the current batch already finished
  std::int64_t budget = 0;
  std::int64_t feasible = 0;
  std::int64_t failed = 0;
  std::int64_t resumed = 0;   // designs taken from the journal rather than evaluated
  double hypervolume = 0;
  double evals_per_s = 0;   // this session's evaluations / elapsed wall time
  double elapsed_s = 0;
  std::vector<double> reference_point;   // reported units
  std::vector<FrontPoint> front;
  std::vector<HypervolumeSample> hypervolume_trace;   // at most ~512 samples (thinned evenly)
  std::string error;                                  // set when state == Failed
  // "solving" while the exact algorithm solves the space (before any design is evaluated), with
  // the fraction of accelerators done; empty otherwise.
  std::string phase;
  double solve_fraction = 0;
  // Records added to the archive since the previous snapshot passed to on_progress: every record
  // appears in exactly one snapshot, so a consumer that keeps them all has a copy of the archive
  // (a GUI re-scores that copy under its own sliders while the run goes on).
  std::vector<ArchiveRecord> new_records;
  // The run's archive configuration (objectives, constraints, reference anchors); set once the
  // run has built its archive.
  std::shared_ptr<const ArchiveSetup> archive_setup;
};

}   // namespace cdse
