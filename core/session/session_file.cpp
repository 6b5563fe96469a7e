#include "session/session_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <fcntl.h>
#include <unistd.h>

#include "io/input_error.h"
#include "io/json_fields.h"
#include "search/algorithm_factory.h"
#include "search/invariants_json.h"
#include "search/journal.h"
#include "search/scenario_carbon.h"

namespace cdse {

namespace {

using Json = nlohmann::json;
constexpr const char* k_format_name = "carbondse-session";

std::string genome_key(const Genome& genome)
{
  std::string key;
  for (int g : genome)
    key += std::to_string(g) + ',';
  return key;
}

// Errors of a nested document parser are relative to that document; re-root them under `prefix`.
template <typename F>
auto under(const std::string& prefix, F&& parse)
{
  try {
    return parse();
  } catch (const InputError& e) {
    throw InputError(e.where().empty() ? prefix : json::child_path(prefix, e.where()), e.problem());
  }
}

Json run_to_json(const SessionRunSettings& run)
{
  return {{"algorithm", run.algorithm}, {"budget", run.budget}, {"threads", run.threads}, {"seed", run.seed}};
}

SessionRunSettings run_from_json(const Json& j)
{
  const std::string path = "run";
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path, {"algorithm", "budget", "threads", "seed"});
  SessionRunSettings run;
  run.algorithm = json::get_string(j, "algorithm", path);
  require_known_algorithm(run.algorithm, "run.algorithm");
  run.budget = json::get_integer(j, "budget", path, 1, 1'000'000'000);
  run.threads = static_cast<int>(json::get_integer(j, "threads", path, 1, 1024));
  run.seed = static_cast<std::uint64_t>(json::get_integer(j, "seed", path, 0));
  return run;
}

Json design_record_json(const ArchiveRecord& r, const SearchSpace& space)
{
  Json j = {{"index", r.index}, {"genome", r.genome}};
  if (space.valid_genome(r.genome))
    j["parameters"] = space.parameters_json(r.genome);   // for people reading the file; ignored on load
  j["failed"] = r.failed;
  if (r.failed)
    j["error"] = r.error;
  else
    j["invariants"] = invariants_to_json(r.invariants);
  return j;
}

std::vector<ArchiveRecord> designs_from_json(const Json& designs, const SearchSpace& space)
{
  const std::string path = "designs";
  json::expect_array(designs, path);
  if (designs.size() > k_max_session_designs)
    throw InputError(path, std::to_string(designs.size()) + " designs is more than a session may hold (" +
                               std::to_string(k_max_session_designs) + ")");
  std::vector<ArchiveRecord> records;
  records.reserve(designs.size());
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < designs.size(); ++i) {
    const std::string p = json::index_path(path, i);
    json::expect_object(designs[i], p);
    json::reject_unknown_keys(designs[i], p, {"index", "genome", "parameters", "failed", "error", "invariants"});
    ArchiveRecord r = journal_record_from_json(designs[i], p);   // physical ranges checked there too
    if (!records.empty() && r.index <= records.back().index)
      throw InputError(json::child_path(p, "index"), "value " + std::to_string(r.index) +
                                                         " is not greater than the previous design's index " +
                                                         std::to_string(records.back().index));
    if (!space.valid_genome(r.genome))
      throw InputError(json::child_path(p, "genome"),
                       "value " + json::describe(designs[i]["genome"]) + " does not fit the scenario's search space (" +
                           std::to_string(space.knob_count()) + " knobs)");
    const auto [it, inserted] = seen.emplace(genome_key(r.genome), i);
    if (!inserted)
      throw InputError(json::child_path(p, "genome"), "same design as designs[" + std::to_string(it->second) + "]");
    records.push_back(std::move(r));
  }
  return records;
}

std::int64_t design_reference(const Json& value, const std::string& path,
                              const std::unordered_set<std::int64_t>& indexes)
{
  const std::int64_t index = json::as_integer(value, path, 0);
  if (!indexes.count(index))
    throw InputError(path, "value " + std::to_string(index) + " is not the index of a design in the session");
  return index;
}

std::string errno_text(int error)
{
  return std::strerror(error);
}

// Writes all of `text` to a new file and forces it to disk; throws with errno's reason.
void write_durably(const std::string& file, const std::string& text)
{
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw std::runtime_error("cannot create temporary file " + file + ": " + errno_text(errno));
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      const int error = errno;
      ::close(fd);
      throw std::runtime_error("cannot write " + file + ": " + errno_text(error));
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    throw std::runtime_error("cannot flush " + file + " to disk: " + errno_text(error));
  }
  if (::close(fd) != 0)
    throw std::runtime_error("cannot close " + file + ": " + errno_text(errno));
}

// So the rename itself survives a power cut; best effort (some filesystems refuse directory fsync).
void sync_directory(const std::filesystem::path& dir)
{
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    (void)::fsync(fd);
    ::close(fd);
  }
}

} // namespace

Json session_to_json(const Session& s)
{
  const SearchSpace space = s.scenario.space();
  Json anchors = Json::array();
  for (const auto& a : s.anchors)
    anchors.push_back(invariants_to_json(a));
  Json designs = Json::array();
  for (const auto& r : s.designs)
    designs.push_back(design_record_json(r, space));
  Json j = {{"format", k_format_name},
            {"version", k_session_format_version},
            {"scenario", to_json(s.scenario)},
            {"scenario_dir", s.scenario.base_dir},
            {"carbon", scenario_carbon_to_json(s.carbon)},
            {"run", run_to_json(s.run)},
            {"anchors", anchors},
            {"baselines", baselines_json(s.baselines)},
            {"designs", designs},
            {"pinned", s.pinned}};
  j["selected"] = s.selected ? Json(*s.selected) : Json(nullptr);
  return j;
}

Session session_from_json(const Json& j)
{
  json::expect_object(j, "");
  json::reject_unknown_keys(j, "", {"format", "version", "scenario", "scenario_dir", "carbon", "run", "anchors",
                                    "baselines", "designs", "pinned", "selected"});
  const std::string format = json::get_string(j, "format", "");
  if (format != k_format_name)
    throw InputError("format", "value \"" + format + "\" is not \"" + k_format_name + "\" (not a CarbonDSE session)");
  const auto version = json::get_integer(j, "version", "", 1);
  if (version > k_session_format_version)
    throw InputError("version", "value " + std::to_string(version) + " is newer than this program reads (" +
                                    std::to_string(k_session_format_version) + ")");

  Session s;
  s.scenario = under("scenario", [&] { return parse_scenario(json::require(j, "scenario", ""), ""); });
  s.scenario.base_dir = json::get_string_or(j, "scenario_dir", "", "");
  s.carbon = parse_scenario_carbon(json::require(j, "carbon", ""), "carbon", s.scenario.carbon);
  s.run = run_from_json(json::require(j, "run", ""));

  if (const Json* anchors = json::find(j, "anchors")) {
    json::expect_array(*anchors, "anchors");
    if (anchors->size() > 1024)
      throw InputError("anchors", std::to_string(anchors->size()) + " anchor designs is more than a space has corners");
    for (std::size_t i = 0; i < anchors->size(); ++i)
      s.anchors.push_back(invariants_from_json((*anchors)[i], json::index_path("anchors", i)));
  }
  if (const Json* baselines = json::find(j, "baselines"))
    s.baselines = baselines_from_json(*baselines, "baselines");

  const SearchSpace space = under("scenario", [&] { return s.scenario.space(); });
  s.designs = designs_from_json(json::require(j, "designs", ""), space);

  std::unordered_set<std::int64_t> indexes;
  indexes.reserve(s.designs.size());
  for (const auto& r : s.designs)
    indexes.insert(r.index);
  if (const Json* pinned = json::find(j, "pinned")) {
    json::expect_array(*pinned, "pinned");
    if (pinned->size() > s.designs.size())
      throw InputError("pinned", std::to_string(pinned->size()) + " pinned designs but the session has only " +
                                     std::to_string(s.designs.size()));
    for (std::size_t i = 0; i < pinned->size(); ++i)
      s.pinned.push_back(design_reference((*pinned)[i], json::index_path("pinned", i), indexes));
  }
  if (const Json* selected = json::find(j, "selected"); selected && !selected->is_null())
    s.selected = design_reference(*selected, "selected", indexes);
  return s;
}

void save_session(const std::string& path, const Session& session)
{
  // Everything that can fail in memory happens before the disk is touched.
  std::string text;
  try {
    text = session_to_json(session).dump(1);
  } catch (const std::exception& e) {
    throw InputError(path, std::string("cannot serialise the session: ") + e.what());
  }
  text += '\n';
  const std::filesystem::path target(path);
  const std::string temp = path + ".tmp";
  try {
    write_durably(temp, text);
  } catch (const std::exception& e) {
    std::error_code ignored;
    // Only remove what we created: a directory squatting on the name is left alone.
    if (std::filesystem::is_regular_file(temp, ignored))
      std::filesystem::remove(temp, ignored);
    throw InputError(path, std::string("session not saved, the previous file is unchanged (") + e.what() + ")");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int error = errno;
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    throw InputError(path, "session not saved, the previous file is unchanged (cannot rename " + temp + ": " +
                               errno_text(error) + ")");
  }
  sync_directory(target.parent_path());
}

Session load_session(const std::string& path)
{
  Json j;
  try {
    j = json::parse_file(path);
  } catch (const nlohmann::json::exception& e) {
    // parse_file lets some parser errors through untranslated (e.g. a number overflow such as 1e999).
    throw InputError(path, std::string("invalid JSON: ") + e.what());
  }
  return session_from_json(j);
}

std::unique_ptr<Archive> make_session_archive(const Session& session)
{
  ArchiveSetup setup = make_archive_setup(session.scenario, session.anchors);
  setup.carbon = session.carbon;
  auto archive = std::make_unique<Archive>(std::move(setup));
  for (const auto& r : session.designs)
    archive->add(r);
  return archive;
}

Session make_session(const Scenario& scenario, const Archive& archive, const std::vector<BaselineResult>& baselines,
                     const SessionRunSettings& run)
{
  Session s;
  s.scenario = scenario;
  s.scenario.constraints = archive.constraints();
  s.carbon = archive.carbon_settings();
  s.run = run;
  s.anchors = archive.setup().anchors;
  s.baselines = baselines;
  s.designs.reserve(archive.size());
  for (std::size_t i = 0; i < archive.size(); ++i)
    s.designs.push_back(archive.record(i));
  return s;
}

} // namespace cdse
