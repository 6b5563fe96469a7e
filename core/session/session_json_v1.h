#pragma once
// Version 1 session files: pretty JSON holding one run (".cdse.json", written before version 2).
// Read so old sessions still open; written only by tests and by the benchmark that compares the
// formats, never by the app.
//
//   {"format": "carbondse-session", "version": 1,
//    "scenario": {...scenario document...}, "scenario_dir": "...", "carbon": {...current assumptions...},
//    "run": {"algorithm", "budget", "threads", "seed"},
//    "anchors": [invariants...], "baselines": [...],
//    "designs": [{"index", "genome", "parameters"?, "failed", "error"?, "invariants"?}],
//    "pinned": [index...], "selected": index | null}
#include <nlohmann/json.hpp>

#include "core/session/session_file.h"

namespace cdse {

inline constexpr const char* k_session_v1_format_name = "carbondse-session";
// Version-1 files take ~1,360 bytes a design (272 MB for 200,000: issue 12); 2 GiB admits every
// file of up to 1,500,000 designs. Parsing needs about 5x the file size in memory.
inline constexpr std::size_t k_max_session_v1_bytes = 2048ull * 1024u * 1024u;

// The session's active run as a version-1 document, with the pins and selection that point into it.
nlohmann::json session_to_v1_json(const Session& session);
// A one-run session (name "Run 1", no start time). Every error is an InputError naming the JSON
// path (e.g. "designs[12].invariants.area_mm2") and value.
Session session_from_v1_json(const nlohmann::json& j);

}   // namespace cdse
