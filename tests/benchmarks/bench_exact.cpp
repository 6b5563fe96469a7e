// Benchmark of the exact algorithm (issue 14): solves built-in scenarios exactly and prints each
// phase's wall time, the peak memory and the sizes of the fronts.
// Usage: bench_exact [SCENARIO ...] [--threads N] [--mode MODE]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/search/exact/exact_solver.h"
#include "core/search/scenario/scenario.h"

namespace {

double peak_rss_mb()
{
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

}   // namespace

int main(int argc, char** argv)
{
  std::vector<std::string> names;
  int threads = 2;
  std::string mode;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      threads = std::stoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--mode") && i + 1 < argc)
      mode = argv[++i];
    else
      names.emplace_back(argv[i]);
  }
  if (names.empty())
    names = {"reference-clip-b16"};
  for (const auto& name : names) {
    cdse::Scenario scenario = cdse::load_scenario(name);
    if (!mode.empty())
      scenario.mode = *cdse::parse_mode(mode);
    cdse::ExactSolveOptions options;
    options.threads = threads;
    const auto t0 = std::chrono::steady_clock::now();
    const cdse::ExactSolution s = cdse::solve_exact(scenario, options);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string coords;
    for (const auto& c : s.coordinates)
      coords += (coords.empty() ? "" : ",") + c;
    std::printf("%s mode=%s threads=%d: designs %.4g, accelerators %zu (%zu within limits), stack configs %zu\n",
                name.c_str(), std::string(cdse::mode_id(scenario.mode)).c_str(), threads, s.designs_covered,
                s.accelerators, s.accelerators_within, s.stack_configurations);
    std::printf("  coordinates %s\n  tables %.2f s, pairs %.2f s, merge %.2f s, total %.2f s\n", coords.c_str(),
                s.tables_s, s.pairs_s, s.merge_s, wall);
    std::printf("  per-accelerator candidates %zu, universal front %zu designs, peak memory %.0f MB\n", s.candidates,
                s.genomes.size(), peak_rss_mb());
  }
  return 0;
}
