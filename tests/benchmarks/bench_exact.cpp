// Benchmark of the exact algorithm (issue 14): solves built-in scenarios exactly and prints each
// phase's wall time, the peak memory and the sizes of the fronts; then evaluates the universal
// front into an archive and times slider moves (re-score + exact front re-selected), the GUI's path.
// Usage: bench_exact [SCENARIO ...] [--threads N] [--mode MODE]
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <memory>
#include <random>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/evaluation/design_evaluator.h"
#include "core/search/archive/archive.h"
#include "core/search/exact/exact_solver.h"
#include "core/search/run/search_result.h"
#include "core/search/scenario/scenario.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point t)
{
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

cdse::Archive evaluate(const cdse::Scenario& scenario, const std::vector<cdse::Genome>& genomes)
{
  const cdse::SearchSpace space = scenario.space();
  cdse::Archive archive(cdse::make_archive_setup(scenario, {}));
  archive.reserve(genomes.size());
  cdse::DesignEvaluator evaluator(std::make_shared<cdse::BuiltinAccuracyEstimator>());
  std::int64_t index = 0;
  for (const auto& g : genomes)
    archive.add({index++, g, false, {}, evaluator.evaluate(space.decode(g))});
  return archive;
}

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
    auto last_report = t0;
    options.on_progress = [&](std::size_t done, std::size_t total) {
      if (seconds_since(last_report) < 10)
        return;
      last_report = std::chrono::steady_clock::now();
      std::fprintf(stderr, "  %.0f s: %zu of %zu accelerators\n", seconds_since(t0), done, total);
    };
    const cdse::ExactSolution s = cdse::solve_exact(scenario, options);
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string coords;
    for (const auto& c : s.coordinates)
      coords += (coords.empty() ? "" : ",") + c;
    std::printf("%s mode=%s threads=%d: designs %.4g, accelerators %zu (%zu within limits, %zu solved, %zu of those "
                "dominated as a whole), stack configs %zu\n",
                name.c_str(), std::string(cdse::mode_id(scenario.mode)).c_str(), threads, s.designs_covered,
                s.accelerators, s.accelerators_within, s.accelerators_solved, s.accelerators_dominated,
                s.stack_configurations);
    std::printf("  coordinates %s\n  tables %.2f s, pairs %.2f s, merge %.2f s, total %.2f s\n", coords.c_str(),
                s.tables_s, s.pairs_s, s.merge_s, wall);
    std::printf("  candidates after the per-model merge %zu, universal front %zu designs, peak memory %.0f MB\n",
                s.candidates, s.genomes.size(), peak_rss_mb());
    std::fflush(stdout);

    // What the GUI does with it: the universal front evaluated into an archive once, then each
    // slider move re-scores it and the archive re-selects the exact front.
    const auto t1 = std::chrono::steady_clock::now();
    cdse::Archive archive = evaluate(scenario, s.genomes);
    const double evaluate_s = seconds_since(t1);
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(0, 1);
    std::vector<double> move_ms;
    std::size_t front_min = SIZE_MAX, front_max = 0;
    for (int k = 0; k < 21; ++k) {
      cdse::CarbonSettings c = scenario.carbon;
      c.grid_region.clear();
      c.grid_intensity_g_per_kwh = 1000 * u(rng);
      c.lifetime_years = 0.5 + 9.5 * u(rng);
      c.inferences_per_second = std::pow(10.0, -3 + 6 * u(rng));
      c.include_static = u(rng) < 0.5;
      const auto t2 = std::chrono::steady_clock::now();
      archive.rescore(c);
      move_ms.push_back(seconds_since(t2) * 1e3);
      front_min = std::min(front_min, archive.front().size());
      front_max = std::max(front_max, archive.front().size());
    }
    std::sort(move_ms.begin(), move_ms.end());
    std::printf("  universal front evaluated into an archive %.2f s; slider move (re-score + exact front): median %.1f "
                "ms, max %.1f ms over 21 random settings (fronts of %zu-%zu designs)\n",
                evaluate_s, move_ms[move_ms.size() / 2], move_ms.back(), front_min, front_max);
  }
  return 0;
}
