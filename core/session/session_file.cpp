#include "core/session/session_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <unordered_set>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/session/session_binary.h"
#include "core/session/session_json_parts.h"
#include "core/session/session_json_v1.h"
#include "core/session/session_progress.h"

namespace cdse {

namespace {

std::string errno_text(int error) { return std::strerror(error); }

// A new file named "<path>.XXXXXX" next to `path`, opened for writing. mkostemp creates it
// exclusively, so a file or symlink planted under a predictable name is never followed or truncated.
int create_temporary(std::string& temp)
{
  const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0)
    throw std::runtime_error("cannot create a temporary file " + temp + ": " + errno_text(errno));
  // mkstemp makes it 0600; a session is as readable as any other document the user saves.
  (void)::fchmod(fd, 0644);
  return fd;
}

// Writes all of `text` to the open `fd`, forces it to disk and closes it; throws with errno's reason.
void write_durably(int fd, const std::string& file, const std::string& text)
{
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


std::string run_path(std::size_t run) { return json::index_path("runs", run); }

void validate_designs(const SessionRun& run, const std::string& path)
{
  if (run.designs.size() > k_max_session_designs)
    throw InputError(json::child_path(path, "designs"), std::to_string(run.designs.size()) +
                                                            " designs is more than a run may hold (" +
                                                            std::to_string(k_max_session_designs) + ")");
  const SearchSpace space = session_part(json::child_path(path, "scenario"), [&] { return run.scenario.space(); });
  std::unordered_map<std::string, std::size_t> seen;
  seen.reserve(run.designs.size());
  for (std::size_t i = 0; i < run.designs.size(); ++i) {
    const ArchiveRecord& r = run.designs[i];
    const std::string p = json::index_path(json::child_path(path, "designs"), i);
    if (i > 0 && r.index <= run.designs[i - 1].index)
      throw InputError(json::child_path(p, "index"), "value " + std::to_string(r.index) +
                                                         " is not greater than the previous design's index " +
                                                         std::to_string(run.designs[i - 1].index));
    if (r.index < 0)
      throw InputError(json::child_path(p, "index"), "value " + std::to_string(r.index) + " is negative");
    if (!space.valid_genome(r.genome))
      throw InputError(json::child_path(p, "genome"),
                       "does not fit the scenario's search space (" + std::to_string(space.knob_count()) + " knobs)");
    const auto [it, inserted] = seen.emplace(session_genome_key(r.genome), i);
    if (!inserted)
      throw InputError(json::child_path(p, "genome"), "same design as designs[" + std::to_string(it->second) + "]");
  }
}

bool has_design(const SessionRun& run, std::int64_t index)
{
  const auto it = std::lower_bound(run.designs.begin(), run.designs.end(), index,
                                   [](const ArchiveRecord& r, std::int64_t v) { return r.index < v; });
  return it != run.designs.end() && it->index == index;
}

void validate_reference(const Session& s, const SessionDesignRef& ref, const std::string& path)
{
  if (ref.run >= s.runs.size())
    throw InputError(json::child_path(path, "run"), "value " + std::to_string(ref.run) +
                                                        " is not a run of the session (it has " +
                                                        std::to_string(s.runs.size()) + ")");
  if (!has_design(s.runs[ref.run], ref.index))
    throw InputError(json::child_path(path, "index"), "value " + std::to_string(ref.index) +
                                                          " is not the index of a design in run " +
                                                          std::to_string(ref.run));
}

// The file's first bytes, as many as the signature has (fewer for a shorter or unreadable file).
std::string read_file_start(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::string start(k_session_signature.size(), '\0');
  in.read(start.data(), static_cast<std::streamsize>(start.size()));
  start.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  return start;
}

// A version-1 (JSON) session; the text is released as soon as it is parsed (a 270 MB file
// needs ~1.3 GB while parsing).
Session read_version1(std::string bytes)
{
  if (!bytes.empty() && static_cast<unsigned char>(bytes[0]) >= 0x80)
    throw InputError("container", "the file does not start with the CarbonDSE session signature");
  nlohmann::json j;
  try {
    // parse_text (line/column in errors) holds text to the 256 MB JSON limit; older sessions were
    // written past it.
    j = bytes.size() <= json::k_max_input_bytes ? json::parse_text(bytes, "") : nlohmann::json::parse(bytes);
  } catch (const nlohmann::json::exception& e) {
    // parse_text lets some parser errors through untranslated (e.g. a number overflow such as 1e999).
    throw InputError("", std::string("invalid JSON: ") + e.what());
  }
  std::string().swap(bytes);
  return session_from_v1_json(j);
}

}   // namespace

void validate_session(const Session& s)
{
  if (s.runs.empty())
    throw InputError("runs", "a session holds at least one run");
  if (s.runs.size() > k_max_session_runs)
    throw InputError("runs", std::to_string(s.runs.size()) + " runs is more than a session may hold (" +
                                 std::to_string(k_max_session_runs) + ")");
  if (s.active_run >= s.runs.size())
    throw InputError("active_run", "value " + std::to_string(s.active_run) + " is not a run of the session (it has " +
                                       std::to_string(s.runs.size()) + ")");
  std::size_t total = 0;
  for (std::size_t r = 0; r < s.runs.size(); ++r) {
    validate_designs(s.runs[r], run_path(r));
    total += s.runs[r].designs.size();
  }
  if (total > k_max_session_total_designs)
    throw InputError("runs", std::to_string(total) + " designs in all is more than a session may hold (" +
                                 std::to_string(k_max_session_total_designs) + ")");
  for (std::size_t i = 0; i < s.pinned.size(); ++i)
    validate_reference(s, s.pinned[i], json::index_path("pinned", i));
  if (s.selected) {
    validate_reference(s, *s.selected, "selected");
    if (s.selected->run != s.active_run)
      throw InputError("selected.run", "value " + std::to_string(s.selected->run) + " is not the active run " +
                                           std::to_string(s.active_run));
  }
}

void save_session(const std::string& path, const Session& session, const SessionProgress& progress)
{
  SessionProgressMeter meter(progress);
  // Everything that can fail in memory happens before the disk is touched.
  std::string bytes;
  try {
    meter.step(0.0, 0.9);
    bytes = encode_session(session, [&](double f) { meter.report(f); });
  } catch (const std::exception& e) {
    throw InputError(path, std::string("session not saved: ") + e.what());
  }
  meter.step(0.9, 1.0);
  const std::filesystem::path target(path);
  std::string temp = path + ".XXXXXX";
  bool created = false;
  try {
    const int fd = create_temporary(temp);
    created = true;
    write_durably(fd, temp, bytes);
  } catch (const std::exception& e) {
    std::error_code ignored;
    if (created)   // only what mkstemp made for us
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
  meter.done();
}

Session load_session(const std::string& path, const SessionProgress& progress)
{
  SessionProgressMeter meter(progress);
  meter.step(0.0, 0.05);
  // Each format's size limit applies before the file is read into memory (read_text_file checks
  // the size first), so an oversized JSON file costs nothing.
  const bool binary = has_session_signature(read_file_start(path));
  std::string bytes = json::read_text_file(path, binary ? k_max_session_payload_bytes : k_max_session_v1_bytes);
  const std::size_t file_bytes = bytes.size();
  try {
    Session s;
    meter.step(0.05, 0.9);
    if (has_session_signature(bytes))
      s = decode_session(bytes, [&](double f) { meter.report(f); });
    else
      s = read_version1(std::move(bytes));
    meter.step(0.9, 1.0);
    validate_session(s);
    meter.done();
    return s;
  } catch (const InputError& e) {
    if (e.where() == path)
      throw;
    throw InputError(path, e.what());
  } catch (const std::bad_alloc&) {
    throw InputError(path, "not enough memory to open this " + std::to_string(file_bytes) + "-byte session");
  }
}

bool looks_like_session_file(const std::string& path)
{
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".cdse") || ends_with(".json"))
    return true;
  return has_session_signature(read_file_start(path));
}

std::unique_ptr<Archive> make_session_archive(const SessionRun& run, const CarbonSettings& carbon)
{
  ArchiveSetup setup = make_archive_setup(run.scenario, run.anchors);
  setup.carbon = carbon;
  auto archive = std::make_unique<Archive>(std::move(setup));
  archive->reserve(run.designs.size());
  for (const auto& r : run.designs)
    archive->add(r);
  return archive;
}

std::unique_ptr<Archive> make_session_archive(const Session& session, std::size_t run)
{
  return make_session_archive(session.runs.at(run), session.carbon);
}

SessionRun make_session_run(const Scenario& scenario, const Archive& archive,
                            const std::vector<BaselineResult>& baselines, const SessionRunSettings& settings,
                            std::string name, std::string started_utc)
{
  SessionRun run;
  run.name = std::move(name);
  run.started_utc = std::move(started_utc);
  run.scenario = scenario;
  run.scenario.constraints = archive.constraints();
  run.settings = settings;
  run.anchors = archive.setup().anchors;
  run.baselines = baselines;
  run.designs.reserve(archive.size());
  for (std::size_t i = 0; i < archive.size(); ++i)
    run.designs.push_back(archive.record(i));
  return run;
}

Session make_single_run_session(SessionRun run, const CarbonSettings& carbon)
{
  Session s;
  s.runs.push_back(std::move(run));
  s.carbon = carbon;
  return s;
}

}   // namespace cdse
