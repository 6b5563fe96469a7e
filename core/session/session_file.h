#pragma once
// A saved exploration session: the scenario (with the constraints in force), the carbon
// assumptions currently on the sliders, the run settings, every evaluated design with its
// carbon-independent invariants, and the user's pinned / selected designs. Plain values, no Qt,
// so the CLI can read sessions too (`carbondse-cli rescore SESSION.json`).
//
// JSON format (version 1):
//   {"format": "carbondse-session", "version": 1,
//    "scenario": {...scenario document...}, "carbon": {...current assumptions...},
//    "run": {"algorithm", "budget", "threads", "seed"},
//    "anchors": [invariants...], "baselines": [...],
//    "designs": [{"index", "genome", "failed", "error"?, "invariants"?, ...}],
//    "pinned": [index...], "selected": index | null}
// Objectives, carbon, feasibility and the front are not stored: they are re-derived from the
// invariants under "carbon" when the session is opened, so a session can never disagree with itself.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "carbon/carbon_settings.h"
#include "carbon/design_invariants.h"
#include "search/archive.h"
#include "search/archive_record.h"
#include "search/scenario.h"
#include "search/search_result.h"

namespace cdse {

// How the run was (or will be) started from the GUI; stored so reopening restores the controls.
struct SessionRunSettings {
  std::string algorithm = "nsga2";
  std::int64_t budget = 300;
  int threads = 1;
  std::uint64_t seed = 1;
  friend bool operator==(const SessionRunSettings&, const SessionRunSettings&) = default;
};

struct Session {
  Scenario scenario;
  CarbonSettings carbon;                       // the assumptions on screen (may differ from scenario.carbon)
  SessionRunSettings run;
  std::vector<DesignInvariants> anchors;       // corner designs the reference point is derived from
  std::vector<BaselineResult> baselines;
  std::vector<ArchiveRecord> designs;          // in evaluation order
  std::vector<std::int64_t> pinned;            // ArchiveRecord::index values
  std::optional<std::int64_t> selected;        // ArchiveRecord::index
};

inline constexpr int k_session_format_version = 1;
// More designs than this is not a session a desktop tool wrote; refused before building anything.
inline constexpr std::size_t k_max_session_designs = 5'000'000;

nlohmann::json session_to_json(const Session& session);
// Every error is an InputError naming the JSON path (e.g. "designs[12].invariants.area_mm2") and value.
Session session_from_json(const nlohmann::json& j);

// Atomic: writes "<path>.tmp" in the same folder, flushes it to disk, then renames it over `path`.
// On any failure the previous file at `path` is untouched, the temporary file is removed and an
// InputError(path, reason) is thrown.
void save_session(const std::string& path, const Session& session);
// Throws InputError naming the file for unreadable / oversized / non-JSON files, and the JSON path
// for everything else.
Session load_session(const std::string& path);

// The session's designs in an archive scored under session.carbon (nothing is simulated).
std::unique_ptr<Archive> make_session_archive(const Session& session);
// Fills a session from a live archive: designs, anchors and the archive's current carbon settings.
Session make_session(const Scenario& scenario, const Archive& archive, const std::vector<BaselineResult>& baselines,
                     const SessionRunSettings& run);

} // namespace cdse
