#include "search_session.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>

#include "core/io/input_error.h"
#include "core/session/session_file.h"

namespace cdse::cli {

void check_session_target(const std::string& path, bool force)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) && !force)
    throw InputError(path, "already exists; give --force to overwrite it with this run's session");
  const fs::path folder = fs::path(path).parent_path();
  if (!folder.empty() && !fs::is_directory(folder, ec))
    throw InputError(path, "folder " + folder.string() + " does not exist");
}

std::string utc_now_iso8601()
{
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void save_search_session(const std::string& path, const SearchRunner& runner, int threads, const std::string& started_utc)
{
  const Scenario& scenario = runner.scenario();
  // The GUI's budget control holds at most 1e9; an exhaustive run of a larger space is recorded so.
  const std::int64_t budget = std::clamp<std::int64_t>(scenario.effective_budget(), 1, 1'000'000'000);
  const SessionRunSettings settings{scenario.algorithm.name, budget, threads, scenario.seed};
  const Archive& archive = runner.archive();
  save_session(path, make_single_run_session(make_session_run(scenario, archive, runner.baselines(), settings, "Run 1",
                                                              started_utc),
                                             archive.carbon_settings()));
}

}   // namespace cdse::cli
