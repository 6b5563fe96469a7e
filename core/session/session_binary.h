#pragma once
// Version-2 session files (".cdse"): a 32-byte container header, then one zlib stream.
//
//   offset 0   8 bytes  signature 0x89 'C' 'D' 'S' 'E' '\r' '\n' 0x1a (binary; a text-mode copy breaks it)
//          8   u32 LE   format version (2)
//         12   u32 LE   flags (0)
//         16   u64 LE   payload size once decompressed (the decompressor stops there)
//         24   u64 LE   compressed size (must be the rest of the file)
//         32   zlib stream (RFC 1950, with its Adler-32 check) of the payload:
//
//   payload = u64 LE header size, header JSON (UTF-8), then per run its design columns, each a
//   byte-planed little-endian array over that run's N designs (see session_columns.h):
//     index_delta i64 (index minus the previous design's), genome i32 x knobs (one column per knob),
//     failed u8, error_length u32, error_text (the failed designs' messages, concatenated),
//     accuracy_available u8, accuracy_source u8 (AccuracyOrigin's value: 0 none, 1 estimate,
//     2 measured, 3 interpolated, 4 external, 5 published), then one f64 column per DesignInvariants
//     number (k_session_double_columns order), node_nm i32, dram_packages i32. Files written
//     before the source was stored have no accuracy_source column (their header's "columns" says
//     so); they load with "estimate" for every available accuracy, what the program showed for
//     them. Files written before DRAM channels were modelled have no area.dram_phy_mm2 and
//     dram_packages columns; they load as idealised DRAM links (0 and 0). Files written before the
//     die's control and wiring area was modelled have no area.control_mm2 column; it loads as 0.
//
// Header JSON: {"format": "carbondse-session", "version": 2, "carbon": {...}, "active_run": 0,
//   "pinned": [{"run", "index"}...], "selected": {"run", "index"} | null, "columns": [names...],
//   "runs": [{"name", "started_utc", "scenario": {...}, "scenario_dir", "settings": {...},
//             "anchors": [...], "baselines": [...], "designs": N, "knobs": K, "error_bytes": E}]}
// Every DesignInvariants field is stored (no re-derivation), so a reopened session shows the same
// numbers everywhere. A failed design has no invariants (stored as defaults, as in version 1).
#include <string>
#include <string_view>

#include "core/session/session_file.h"

namespace cdse {

inline constexpr std::string_view k_session_signature{"\x89"
                                                      "CDSE\r\n\x1a",
                                                      8};
inline constexpr std::size_t k_session_container_header_bytes = 32;
// A session payload is ~230 bytes per design; this is far above 5,000,000 designs, below what a
// lying header could make us allocate on a desktop.
inline constexpr std::uint64_t k_max_session_payload_bytes = 8ull << 30;
inline constexpr std::uint64_t k_max_session_header_json_bytes = 256ull << 20;

bool has_session_signature(std::string_view file_start);

// The whole file's bytes, after validate_session() and every check decode_session() applies.
// Throws InputError naming the field (e.g. "runs[0].designs[12].genome").
std::string encode_session(const Session& session, const SessionProgress& progress = {});
// The container around an (uncompressed) payload: header with the declared sizes, then the
// compressed payload. encode_session's last step; tests and fuzzers wrap hand-made payloads with it.
std::string make_session_container(std::string_view payload, const SessionProgress& progress = {});
// Throws InputError naming the part that is wrong: "container" (signature, version, sizes),
// "payload" (decompression, column lengths with byte offsets), the header's JSON path (e.g.
// "runs[1].settings.threads", "pinned[2].index"), or "runs[r].designs[i].<field>" for one design.
// The header is inflated and checked first (run and design counts, and that its runs' columns are
// exactly the declared payload size), so a false size is refused before the payload is allocated.
Session decode_session(std::string_view file, const SessionProgress& progress = {});

}   // namespace cdse
