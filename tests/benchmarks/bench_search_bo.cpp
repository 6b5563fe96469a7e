// Bayesian optimiser quality and cost on the hardware-only reference problem (scenario
// hw-only-clip-b16: unpruned CLIP ViT-B/16, the 3,240-point accelerator grid, latency and total
// carbon, reference constraints). Exhaustive enumeration gives the exact front; BO, NSGA-II and
// random search (the in-run baselines) then run ask/tell against the enumerated table, and each is
// reported as the ratio of its feasible hypervolume to the exact one after 100/300/500/1000
// evaluations (same reference point, the scenario's), with the wall time BO spends per ask.
// Usage: bench_search_bo [seeds=3] [scenario]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "search/algorithm_factory.h"
#include "search/hypervolume.h"
#include "search/search_runner.h"

using namespace cdse;

namespace {

struct Trace {
  std::map<std::int64_t, double> ratio;   // evaluations → hypervolume ratio
  double ask_seconds = 0;
  int asks = 0;
};

Trace run(SearchAlgorithm& algorithm, const Archive& truth, const std::vector<std::int64_t>& checkpoints,
          std::size_t ask_size)
{
  Trace trace;
  std::vector<std::vector<double>> feasible;
  std::int64_t evaluated = 0;
  std::size_t next = 0;
  const std::int64_t budget = checkpoints.back();
  while (evaluated < budget && !algorithm.exhausted()) {
    const auto t0 = std::chrono::steady_clock::now();
    const auto batch = algorithm.ask(std::min<std::size_t>(ask_size, static_cast<std::size_t>(budget - evaluated)));
    trace.ask_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ++trace.asks;
    if (batch.empty())
      break;
    std::vector<EvaluatedGenome> results;
    for (const auto& g : batch) {
      results.push_back(truth.evaluated_genome(*truth.find(g)));
      if (results.back().feasible)
        feasible.push_back(results.back().objectives);
      ++evaluated;
      if (next < checkpoints.size() && evaluated == checkpoints[next]) {
        trace.ratio[checkpoints[next]] =
            feasible.empty() ? 0.0 : hypervolume(feasible, truth.reference_point()) / truth.hypervolume();
        ++next;
      }
    }
    algorithm.tell(results);
  }
  return trace;
}

} // namespace

int main(int argc, char** argv)
{
  const int seeds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
  const std::string scenario_name = argc > 2 ? argv[2] : "hw-only-clip-b16";
  Scenario scenario = builtin_scenario(scenario_name);
  scenario.algorithm.name = "exhaustive";
  scenario.budget = 0;
  SearchRunOptions options;
  options.threads = 2;
  const auto t0 = std::chrono::steady_clock::now();
  SearchRunner exact(scenario, options);
  exact.run();
  if (exact.latest_progress().state != SearchState::Finished) {
    std::printf("exhaustive run failed: %s\n", exact.latest_progress().error.c_str());
    return 1;
  }
  const Archive& truth = exact.archive();
  std::printf("bench_search_bo: scenario %s, %zu designs (%zu feasible), exact front %zu designs, "
              "enumerated in %.1f s\n",
              scenario_name.c_str(), truth.size(), truth.feasible_count(), truth.front().size(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());

  const std::vector<std::int64_t> checkpoints{100, 300, 500, 1000};
  AlgorithmContext context;
  context.knob_sizes = exact.space().knob_sizes();
  context.categorical = exact.space().categorical_knobs();
  context.objective_count = static_cast<int>(truth.objective_list().size());
  context.budget = checkpoints.back();

  std::printf("hypervolume ratio to the exact front, mean of seeds 1-%d:\n", seeds);
  std::printf("  %-8s %8s %8s %8s %8s %14s\n", "", "100", "300", "500", "1000", "s per ask");
  for (const std::string name : {"random", "nsga2", "bo"}) {
    std::map<std::int64_t, double> sum;
    double ask_seconds = 0;
    int asks = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
      context.seed = static_cast<std::uint64_t>(seed);
      AlgorithmSettings settings;
      settings.name = name;
      auto algorithm = make_search_algorithm(settings, context);
      const Trace trace = run(*algorithm, truth, checkpoints, name == "nsga2" ? 100 : 8);
      for (const auto& [n, r] : trace.ratio)
        sum[n] += r;
      ask_seconds += trace.ask_seconds;
      asks += trace.asks;
      std::printf("  %-8s seed %d:", name.c_str(), seed);
      for (auto n : checkpoints)
        std::printf(" %8.4f", trace.ratio.count(n) ? trace.ratio.at(n) : 0.0);
      std::printf("\n");
      std::fflush(stdout);
    }
    std::printf("  %-8s", name.c_str());
    for (auto n : checkpoints)
      std::printf(" %8.4f", sum[n] / seeds);
    std::printf(" %14.4f\n", asks > 0 ? ask_seconds / asks : 0.0);
    std::fflush(stdout);
  }
  return 0;
}
