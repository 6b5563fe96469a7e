// Bayesian optimiser quality and cost on the hardware-only reference problem (scenario
// hw-only-clip-b16: unpruned CLIP ViT-B/16, the 3,240-point accelerator grid, latency and total
// carbon, reference constraints). Exhaustive enumeration gives the exact front; BO, NSGA-II and
// random search (the in-run baselines) then run ask/tell against the enumerated table, and each is
// reported as the ratio of its feasible hypervolume to the exact one after 100/300/500/1000
// evaluations, the evaluations needed to reach 0.99 and the exact front, and the wall time per ask.
// Usage: bench_search_bo [seeds=3] [scenario]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/front/hypervolume.h"
#include "core/search/run/search_runner.h"

using namespace cdse;

namespace {

// Two reference points: the scenario's (far from the front, so every sample earns most of the
// volume and ratios crowd near 1) and one just beyond the exact front's nadir (10 % of its extent),
// which measures the front itself.
struct References {
  std::vector<double> scenario, near_front;
  double scenario_hv = 0, near_front_hv = 0;
};

struct Trace {
  std::map<std::int64_t, double> ratio, near_ratio;    // evaluations → hypervolume ratio
  std::int64_t reached_099 = -1, reached_exact = -1;   // first evaluation count (near-front reference)
  double ask_seconds = 0;
  int asks = 0;
};

Trace run(SearchAlgorithm& algorithm, const Archive& truth, const References& refs,
          const std::vector<std::int64_t>& checkpoints, std::size_t ask_size)
{
  Trace trace;
  std::vector<std::vector<double>> feasible;
  std::int64_t evaluated = 0;
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
      const double near = feasible.empty() ? 0.0 : hypervolume(feasible, refs.near_front) / refs.near_front_hv;
      if (trace.reached_099 < 0 && near >= 0.99)
        trace.reached_099 = evaluated;
      if (trace.reached_exact < 0 && near >= 1.0 - 1e-12)
        trace.reached_exact = evaluated;
      if (std::find(checkpoints.begin(), checkpoints.end(), evaluated) != checkpoints.end()) {
        trace.ratio[evaluated] = feasible.empty() ? 0.0 : hypervolume(feasible, refs.scenario) / refs.scenario_hv;
        trace.near_ratio[evaluated] = near;
      }
    }
    algorithm.tell(results);
  }
  return trace;
}

}   // namespace

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

  References refs;
  refs.scenario = truth.reference_point();
  refs.scenario_hv = truth.hypervolume();
  {
    std::vector<std::vector<double>> front;
    for (std::size_t i : truth.front())
      front.emplace_back(truth.objectives(i).begin(), truth.objectives(i).end());
    for (std::size_t j = 0; j < refs.scenario.size(); ++j) {
      double lo = front[0][j], hi = lo;
      for (const auto& p : front) {
        lo = std::min(lo, p[j]);
        hi = std::max(hi, p[j]);
      }
      refs.near_front.push_back(hi + 0.1 * (hi - lo));
    }
    refs.near_front_hv = hypervolume(front, refs.near_front);
  }

  std::printf("hypervolume ratio to the exact front, mean of seeds 1-%d; scenario reference | near-front reference\n",
              seeds);
  std::printf("  %-7s %7s %7s %7s %7s | %7s %7s %7s %7s | %8s %8s %10s\n", "", "100", "300", "500", "1000", "100", "300",
              "500", "1000", "n@0.99", "n@exact", "s/ask");
  for (const std::string name : {"random", "nsga2", "bo"}) {
    std::map<std::int64_t, double> sum, near_sum;
    double ask_seconds = 0, reach_099 = 0, reach_exact = 0;
    int asks = 0, reached_099 = 0, reached_exact = 0;
    for (int seed = 1; seed <= seeds; ++seed) {
      context.seed = static_cast<std::uint64_t>(seed);
      AlgorithmSettings settings;
      settings.name = name;
      auto algorithm = make_search_algorithm(settings, context);
      const Trace trace = run(*algorithm, truth, refs, checkpoints, name == "nsga2" ? 100 : 8);
      for (auto n : checkpoints) {
        sum[n] += trace.ratio.count(n) ? trace.ratio.at(n) : 0.0;
        near_sum[n] += trace.near_ratio.count(n) ? trace.near_ratio.at(n) : 0.0;
      }
      ask_seconds += trace.ask_seconds;
      asks += trace.asks;
      if (trace.reached_099 > 0) {
        reach_099 += static_cast<double>(trace.reached_099);
        ++reached_099;
      }
      if (trace.reached_exact > 0) {
        reach_exact += static_cast<double>(trace.reached_exact);
        ++reached_exact;
      }
    }
    std::printf("  %-7s", name.c_str());
    for (auto n : checkpoints)
      std::printf(" %7.4f", sum[n] / seeds);
    std::printf(" |");
    for (auto n : checkpoints)
      std::printf(" %7.4f", near_sum[n] / seeds);
    // Mean over the seeds that got there within the budget ("-" when none did; "k/n" when some).
    auto reach = [&](double total, int count) {
      char text[32];
      if (count == 0)
        std::snprintf(text, sizeof text, "-");
      else if (count < seeds)
        std::snprintf(text, sizeof text, "%.0f(%d/%d)", total / count, count, seeds);
      else
        std::snprintf(text, sizeof text, "%.0f", total / count);
      return std::string(text);
    };
    std::printf(" | %8s %8s %10.4f\n", reach(reach_099, reached_099).c_str(), reach(reach_exact, reached_exact).c_str(),
                asks > 0 ? ask_seconds / asks : 0.0);
    std::fflush(stdout);
  }
  return 0;
}
