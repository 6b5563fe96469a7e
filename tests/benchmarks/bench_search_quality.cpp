// Search quality on the hardware-only reference problem (scenario hw-only-clip-b16: unpruned
// CLIP ViT-B/16, the 3,240-point accelerator grid, latency and total carbon, reference
// constraints). Exhaustive enumeration gives the exact front; every other algorithm is reported as
// the ratio of its hypervolume to the exact one after 100, 300 and 1000 evaluations (mean over
// seeds 1–5; same reference point for all, from the scenario). Re-runs take each design's
// invariants from the exhaustive archive, so only the first run simulates.
#include <chrono>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/run/search_runner.h"

using namespace cdse;

// Usage: bench_search_quality [scenario] [algorithm...]  (default: hw-only-clip-b16, every
// algorithm of the build except exhaustive).
int main(int argc, char** argv)
{
  const std::string scenario_name = argc > 1 ? argv[1] : "hw-only-clip-b16";
  std::vector<std::string> algorithms;
  for (int i = 2; i < argc; ++i)
    algorithms.push_back(argv[i]);
  if (algorithms.empty())
    for (const auto& name : search_algorithm_names())
      if (name != "exhaustive")
        algorithms.push_back(name);
  Scenario exact_scenario = builtin_scenario(scenario_name);
  exact_scenario.algorithm.name = "exhaustive";
  exact_scenario.budget = 0;

  SearchRunOptions options;
  options.threads = 2;
  const auto t0 = std::chrono::steady_clock::now();
  SearchRunner exact(exact_scenario, options);
  exact.run();
  const double exact_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (exact.latest_progress().state != SearchState::Finished) {
    std::printf("exhaustive run failed: %s\n", exact.latest_progress().error.c_str());
    return 1;
  }
  const Archive& truth = exact.archive();
  const double exact_hv = truth.hypervolume();
  std::printf("bench_search_quality: scenario %s, %zu designs, %zu feasible, exact front %zu designs\n",
              scenario_name.c_str(), truth.size(), truth.feasible_count(), truth.front().size());
  std::printf("  exhaustive: %.2f s on 2 threads (%.0f evaluations/s), exact hypervolume %.6g\n", exact_s,
              truth.size() / exact_s, exact_hv);

  auto table = std::make_shared<std::unordered_map<std::string, DesignInvariants>>();
  for (std::size_t i = 0; i < truth.size(); ++i)
    table->emplace(design_key(exact.space().decode(truth.record(i).genome)), truth.record(i).invariants);
  SearchRunOptions cached;
  cached.threads = 1;
  cached.make_evaluator = [table] {
    return EvaluationPool::EvaluateFunction([table](const Design& d) { return table->at(design_key(d)); });
  };

  std::set<std::string> exact_front;
  for (std::size_t i : truth.front())
    exact_front.insert(design_key(exact.space().decode(truth.record(i).genome)));

  std::printf("  hypervolume ratio to the exact front | share of the exact front's designs found\n");
  std::printf("  (mean of seeds 1-5, after 100 / 300 / 1000 evaluations)\n");
  std::printf("  %-10s %8s %8s %8s | %6s %6s %6s\n", "algorithm", "100", "300", "1000", "100", "300", "1000");
  for (const auto& name : algorithms) {
    std::printf("  %-10s", name.c_str());
    std::fflush(stdout);
    std::vector<double> found_shares;
    for (std::int64_t budget : {100, 300, 1000}) {
      double sum = 0, found = 0;
      const int seeds = 5;
      for (int seed = 1; seed <= seeds; ++seed) {
        Scenario s = exact_scenario;
        s.algorithm.name = name;
        s.budget = budget;
        s.seed = static_cast<std::uint64_t>(seed);
        SearchRunner runner(s, cached);
        runner.run();
        sum += runner.archive().hypervolume() / exact_hv;
        for (std::size_t i : runner.archive().front())
          found += exact_front.count(design_key(runner.space().decode(runner.archive().record(i).genome)));
      }
      found_shares.push_back(found / seeds / static_cast<double>(exact_front.size()));
      std::printf(" %8.4f", sum / seeds);
      std::fflush(stdout);
    }
    std::printf(" |");
    for (double share : found_shares)
      std::printf(" %6.2f", share);
    std::printf("\n");
  }
  return 0;
}
