#pragma once
// `carbondse-cli search --session FILE`: the finished run saved as a one-run session the GUI opens.
// The checks run before the search so a long run rarely ends in a file that cannot be written; the
// result JSON is printed before the save, so when the save still fails only the session is lost.
#include <string>

#include "core/search/run/search_runner.h"

namespace cdse::cli {

// InputError(path, ...) when FILE exists and `force` is false, or its folder does not exist.
void check_session_target(const std::string& path, bool force);
// ISO 8601 UTC, e.g. "2026-12-04T15:40:00Z", for SessionRun::started_utc.
std::string utc_now_iso8601();
// The runner's scenario, designs, baselines and settings (threads as run), atomically.
void save_search_session(const std::string& path, const SearchRunner& runner, int threads,
                         const std::string& started_utc);

}   // namespace cdse::cli
