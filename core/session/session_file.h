#pragma once
// A saved exploration session: one or more runs (each with its scenario and the constraints in
// force, its settings, anchors, baselines and every evaluated design with its carbon-independent
// invariants), the carbon assumptions on the sliders, and the user's pinned / selected designs.
// Plain values, no Qt, so the CLI can read sessions too (`carbondse-cli rescore SESSION.cdse`).
//
// Two formats, told apart by content, not by the file name:
//   version 2 (written): a small binary container, see session_binary.h — zlib-compressed JSON
//     header plus columnar little-endian design arrays; default extension ".cdse".
//   version 1 (read only): pretty JSON, one run, see session_json_v1.h; extension ".cdse.json".
// Objectives, carbon, feasibility and the front are not stored: they are re-derived from the
// invariants under `carbon` when the session is opened, so a session can never disagree with itself.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"
#include "core/search/archive/archive.h"
#include "core/search/archive/archive_record.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_result.h"

namespace cdse {

// How the run was (or will be) started from the GUI; stored so reopening restores the controls.
struct SessionRunSettings {
  std::string algorithm = "nsga2";
  std::int64_t budget = 300;
  int threads = 1;
  std::uint64_t seed = 1;
  friend bool operator==(const SessionRunSettings&, const SessionRunSettings&) = default;
};

struct SessionRun {
  std::string name;          // e.g. "Run 2"; user-editable label
  std::string started_utc;   // ISO 8601, e.g. "2026-12-04T15:40:00Z"; may be empty for v1 files
  Scenario scenario;         // with the constraints in force for that run
  SessionRunSettings settings;
  std::vector<DesignInvariants> anchors;   // corner designs the reference point is derived from
  std::vector<BaselineResult> baselines;
  std::vector<ArchiveRecord> designs;   // in evaluation order, strictly increasing ArchiveRecord::index
};

struct SessionDesignRef {
  std::size_t run = 0;
  std::int64_t index = 0;   // ArchiveRecord::index within that run
  friend bool operator==(const SessionDesignRef&, const SessionDesignRef&) = default;
};

struct Session {
  std::vector<SessionRun> runs;   // at least one
  std::size_t active_run = 0;
  CarbonSettings carbon;                      // the assumptions on screen (may differ from each scenario.carbon)
  std::vector<SessionDesignRef> pinned;       // may point into any run
  std::optional<SessionDesignRef> selected;   // in the active run
};

// Called from the thread that saves or loads with the fraction done (0..1), at most a few hundred
// times per file; may be empty.
using SessionProgress = std::function<void(double fraction)>;

inline constexpr int k_session_format_version = 2;
// Far above what a desktop run produces (1,000,000 designs); refused before building anything.
inline constexpr std::size_t k_max_session_designs = 5'000'000;   // per run
inline constexpr std::size_t k_max_session_total_designs = 20'000'000;
inline constexpr std::size_t k_max_session_runs = 1000;

// Checks what the file formats cannot: at least one run, active_run in range, unique and
// increasing design indexes, genomes that fit each run's space, and pins / selection that point at
// existing designs. Throws InputError naming the field, e.g. "pinned[2].index".
void validate_session(const Session& session);

// Atomic: writes a new "<path>.XXXXXX" (mkstemp) in the same folder, flushes it to disk, then
// renames it over `path`.
// Always writes version 2. On any failure the previous file at `path` is untouched, the temporary
// file is removed and an InputError(path, reason) is thrown.
void save_session(const std::string& path, const Session& session, const SessionProgress& progress = {});
// Reads version 2 or version 1 (detected by content). Throws InputError naming the file and what
// is wrong (section / field, byte offset or design number) for anything that is not a session.
Session load_session(const std::string& path, const SessionProgress& progress = {});

// True for a file that starts with the version-2 signature or is named *.cdse or *.json (version 1);
// journals (*.jsonl) and anything else are false. For commands that take either kind of file.
bool looks_like_session_file(const std::string& path);

// The run's designs in an archive scored under `carbon` (nothing is simulated).
std::unique_ptr<Archive> make_session_archive(const SessionRun& run, const CarbonSettings& carbon);
// Run `run` of the session scored under session.carbon.
std::unique_ptr<Archive> make_session_archive(const Session& session, std::size_t run);
// A run from a live archive: designs, anchors, the archive's constraints in the scenario.
SessionRun make_session_run(const Scenario& scenario, const Archive& archive,
                            const std::vector<BaselineResult>& baselines, const SessionRunSettings& settings,
                            std::string name = "Run 1", std::string started_utc = {});
// A one-run session scored under the archive's current carbon settings.
Session make_single_run_session(SessionRun run, const CarbonSettings& carbon);

}   // namespace cdse
