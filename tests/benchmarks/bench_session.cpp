// Session files at the size of issue 12: a real 200,000-design random search of the
// reference-clip-b16 scenario (real invariants from the simulator, not constants) saved and opened
// in the version-2 format, against the version-1 pretty-JSON writer in the same run. Prints each
// number with its target (save <= 2 s, open <= 3 s, file <= 40 MB on a 2-core machine).
//   bench_session [designs] [folder]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <fcntl.h>
#include <unistd.h>

#include "core/search/run/search_runner.h"
#include "core/session/session_binary.h"
#include "core/session/session_file.h"
#include "core/session/session_json_v1.h"

using namespace cdse;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
double megabytes(const fs::path& p) { return static_cast<double>(fs::file_size(p)) / 1.0e6; }

// What version 1's save_session did: pretty JSON, written and flushed to disk.
void save_v1(const fs::path& path, const Session& session)
{
  const std::string text = session_to_v1_json(session).dump(1) + "\n";
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 || ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()) || ::fsync(fd) != 0) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    std::exit(1);
  }
  ::close(fd);
}

void report(const char* what, double value, const char* unit, double target)
{
  std::printf("  %-22s %9.3f %-3s  target <= %g %s  %s\n", what, value, unit, target, unit,
              value <= target ? "met" : "MISSED");
}

}   // namespace

int main(int argc, char** argv)
{
  const std::int64_t designs = argc > 1 ? std::atoll(argv[1]) : 200000;
  const fs::path dir = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / "carbondse_bench_session";
  fs::create_directories(dir);

  Scenario scenario = builtin_scenario("reference-clip-b16");
  scenario.algorithm.name = "random";
  scenario.budget = designs;
  SearchRunOptions options;
  options.threads = 2;
  auto t0 = Clock::now();
  SearchRunner runner(scenario, options);
  runner.run();
  const double search_s = seconds_since(t0);
  const Archive& archive = runner.archive();
  Session session = make_single_run_session(make_session_run(runner.scenario(), archive, runner.baselines(),
                                                             {"random", designs, 2, scenario.seed}),
                                            archive.carbon_settings());
  for (std::size_t i = 0; i < std::min<std::size_t>(archive.front().size(), 8); ++i)
    session.pinned.push_back({0, archive.record(archive.front()[i]).index});
  std::printf("bench_session: %zu designs from a real random search of reference-clip-b16 (%.1f s)\n", archive.size(),
              search_s);

  const fs::path v2 = dir / "bench.cdse";
  t0 = Clock::now();
  save_session(v2.string(), session);
  const double save_s = seconds_since(t0);
  t0 = Clock::now();
  const Session reopened = load_session(v2.string());
  const double open_s = seconds_since(t0);
  t0 = Clock::now();
  const auto rebuilt = make_session_archive(reopened, 0);
  const double archive_s = seconds_since(t0);
  if (rebuilt->size() != archive.size() || rebuilt->front() != archive.front() ||
      rebuilt->hypervolume() != archive.hypervolume()) {
    std::fprintf(stderr, "reopened session differs from the run\n");
    return 1;
  }

  // Where the time goes: the in-memory encoding and decoding alone (no disk, no validation).
  t0 = Clock::now();
  const std::string bytes = encode_session(session);
  const double encode_s = seconds_since(t0);
  t0 = Clock::now();
  (void)decode_session(bytes);
  const double decode_s = seconds_since(t0);

  std::printf("version 2 (.cdse):\n");
  report("save", save_s, "s", 2.0);
  report("open (load_session)", open_s, "s", 3.0);
  report("file", megabytes(v2), "MB", 40.0);
  std::printf("  %-22s %9.3f s    (re-scoring into an archive, after open)\n", "rebuild archive", archive_s);
  std::printf("  %-22s %9.3f s / %.3f s (in memory, of the save / open above)\n", "encode / decode", encode_s, decode_s);

  const fs::path v1 = dir / "bench.cdse.json";
  t0 = Clock::now();
  save_v1(v1, session);
  const double v1_save_s = seconds_since(t0);
  std::printf("version 1 (pretty JSON) baseline, same session:\n");
  std::printf("  %-22s %9.3f s\n  %-22s %9.3f MB\n", "save", v1_save_s, "file", megabytes(v1));
  double v1_open_s = 0;
  try {
    t0 = Clock::now();
    const Session old = load_session(v1.string());
    v1_open_s = seconds_since(t0);
    std::printf("  %-22s %9.3f s    (%zu designs)\n", "open", v1_open_s, old.runs[0].designs.size());
  } catch (const std::exception& e) {
    std::printf("  open: refused: %s\n", e.what());
  }
  std::printf("ratios v1/v2: save %.1fx, file %.1fx", v1_save_s / save_s, megabytes(v1) / megabytes(v2));
  if (v1_open_s > 0)
    std::printf(", open %.1fx", v1_open_s / open_s);
  std::printf("\n");
  fs::remove(v1);
  fs::remove(v2);
  return 0;
}
