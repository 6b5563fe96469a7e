#pragma once
// The JSON-lines cache file both external evaluators keep, so that a restarted search does not
// re-run fine-tunings: ExternalEvaluator writes one line per result, SlurmJobCache one per
// submission and one per result (each documents its lines). This is the part they share: reading
// the lines back, tolerating what a crash mid-write leaves, the result fields, and appending.
// Which lines count (the command they were written for, later lines superseding earlier ones) is
// the caller's. Callers serialise their own appends.
#include <functional>
#include <string>

#include "core/accuracy/accuracy_estimate.h"
#include "core/io/json_fields.h"

namespace cdse {

// Calls `take(entry, where)` for every non-blank line of `file` in order, `where` being
// "file:line". A missing file is an empty cache. A torn last line (no '\n' and not JSON, as a
// crash mid-write leaves it) is skipped and cut off the file; a whole last line without its '\n'
// gets one, so the next append starts a line of its own. Any other line that is not a JSON object
// is an InputError naming file:line. Finally checks that the file can be appended to (InputError).
void load_cache_file(const std::string& file,
                     const std::function<void(const json::Json& entry, const std::string& where)>& take);

// The estimate of a result line ("accuracy", optional "low", "high", "metric"; source "external").
// InputError naming `where` for a missing or out-of-range value.
AccuracyEstimate cached_estimate(const json::Json& entry, const std::string& where);
// Adds the fields cached_estimate reads to `line`.
void add_cached_estimate_fields(json::Json& line, const AccuracyEstimate& estimate);

// Appends `line` and a '\n'. Throws ExternalEvaluatorError naming `command_text` when the write fails.
void append_cache_line(const std::string& file, const json::Json& line, const std::string& command_text);

}   // namespace cdse
