// Simulator throughput. Prints:
//   1. full-design evaluations per second on one core over random designs of the reference CLIP
//      ViT-B/16 pruning space × the 3,240-point hardware grid (workloads cached per model, as the
//      search does), and the same with the simulator's op cache cleared before every design
//      (the baseline: how much the cache buys);
//   2. milliseconds to simulate all 3,240 reference-grid accelerators for the unpruned model, cold;
//   3. the whole evaluation a search does (DesignEvaluator: workload expansion, built-in accuracy,
//      simulation, invariants) plus carbon scoring, over the same model pool as 1 (issue 3's
//      target: still ≥ 200,000/s/core), and with a fresh random model for every design — no
//      model pool, the worst case for the caches.
// Targets (issue 2): ≥ 200,000 evaluations/s/core; ≤ 20 ms for the grid. Each rate is the best of
// five equal slices of its loop (other tenants of a shared host only slow a slice down), followed
// by the slices' median; the grid is the best of five runs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <unordered_map>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/carbon/carbon_scorer.h"
#include "core/evaluation/design_evaluator.h"
#include "core/sim/simulator.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"

using namespace cdse;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<AcceleratorConfig> reference_grid()
{
  std::vector<AcceleratorConfig> grid;
  for (int c : {1, 2, 4})
    for (int w : {32, 64, 128, 256})
      for (int d : {2, 4, 8, 16, 32, 64})
        for (double l2 : {64, 128, 256, 512, 1024})
          for (double bw : {32, 64, 128})
            for (double glb : {2, 4, 8}) {
              AcceleratorConfig a;
              a.clusters = c;
              a.pe_width = w;
              a.pe_depth = d;
              a.l2_kb = l2;
              a.l2_bw_words = bw;
              a.glb_mb = glb;
              grid.push_back(a);
            }
  return grid;
}

ModelConfig random_model(std::mt19937_64& rng)
{
  ModelConfig m = unpruned_config(model_preset("clip-vit-b16"));
  EncoderShape& t = m.encoders[0];
  EncoderShape& v = m.encoders[1];
  t.layers = 6 + static_cast<int>(rng() % 7);
  t.heads = 4 + static_cast<int>(rng() % 5);
  t.ffn = eighths_of(2048, 4 + static_cast<int>(rng() % 5));
  t.embed = eighths_of(512, 4 + static_cast<int>(rng() % 5));
  v.layers = 6 + static_cast<int>(rng() % 7);
  v.heads = 6 + static_cast<int>(rng() % 7);
  v.ffn = eighths_of(3072, 4 + static_cast<int>(rng() % 5));
  v.embed = eighths_of(768, 4 + static_cast<int>(rng() % 5));
  return m;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Items per second over `items` items, timed in `k_repetitions` consecutive slices. The best slice is
// what the code does on one core: on a shared host other tenants only ever slow a slice down, and
// by up to a third. The median shows how much they did.
constexpr int k_repetitions = 5;
struct Throughput {
  double best = 0, median = 0;
};
template <typename EvaluateItem>
Throughput measure(int items, EvaluateItem&& evaluate_item)
{
  std::vector<double> rates;
  const int slice = items / k_repetitions;
  for (int r = 0; r < k_repetitions; ++r) {
    const auto t0 = Clock::now();
    for (int i = r * slice; i < (r + 1) * slice; ++i)
      evaluate_item(i);
    rates.push_back(slice / seconds_since(t0));
  }
  std::sort(rates.begin(), rates.end());
  return {rates.back(), rates[rates.size() / 2]};
}

}   // namespace

int main()
{
  const auto grid = reference_grid();
  SimulationOptions fast;
  fast.per_op_detail = false;

  // 1. Random joint designs; the model space has 1,071,875 points, so most models repeat rarely —
  // draw them from a pool of 2,000 (a search's archive revisits models; NSGA-II more so).
  std::mt19937_64 rng(42);
  std::vector<Workload> pool;
  for (int i = 0; i < 2000; ++i)
    pool.push_back(expand_model(random_model(rng)));
  const int designs = 400000;
  std::vector<std::pair<int, int>> picks(designs);
  for (auto& p : picks)
    p = {static_cast<int>(rng() % pool.size()), static_cast<int>(rng() % grid.size())};

  Simulator sim;
  double checksum = 0;
  const Throughput cached = measure(designs, [&](int i) {
    checksum += sim.simulate(pool[picks[i].first], grid[picks[i].second], fast).latency_s;
  });

  const int uncached_designs = 20000;
  Simulator cold;
  const Throughput uncached = measure(uncached_designs, [&](int i) {
    cold.clear_cache();
    checksum += cold.simulate(pool[picks[i].first], grid[picks[i].second], fast).latency_s;
  });

  // 2. The whole grid for the unpruned model, cold cache.
  const Workload unpruned = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  double best_grid_ms = 1e300;
  for (int rep = 0; rep < 5; ++rep) {
    Simulator fresh;
    const auto t0 = Clock::now();
    for (const auto& a : grid)
      checksum += fresh.simulate(unpruned, a, fast).energy_per_inference_j;
    best_grid_ms = std::min(best_grid_ms, seconds_since(t0) * 1e3);
  }

  // 3. Full evaluations with carbon: the pool of 1 first (models cached as in a search) ...
  std::vector<ModelConfig> pool_models;
  std::mt19937_64 model_rng(42);
  for (int i = 0; i < 2000; ++i)
    pool_models.push_back(random_model(model_rng));
  DesignEvaluator pooled(std::make_shared<BuiltinAccuracyEstimator>());
  const CarbonScorer scorer{CarbonSettings{}};
  const int pooled_designs = 200000;
  Design pooled_design;
  for (const auto& m : pool_models) {   // warm the model cache: a search's first visits
    pooled_design.model = m;
    pooled_design.accel = grid[0];
    checksum += pooled.evaluate(pooled_design).latency_s;
  }
  const Throughput pooled_rate = measure(pooled_designs, [&](int i) {
    pooled_design.model = pool_models[static_cast<std::size_t>(picks[static_cast<std::size_t>(i)].first)];
    pooled_design.accel = grid[static_cast<std::size_t>(picks[static_cast<std::size_t>(i)].second)];
    checksum += scorer.score(pooled.evaluate(pooled_design)).total_kg;
  });

  // ... then every design a new random model.
  DesignEvaluator evaluator(std::make_shared<BuiltinAccuracyEstimator>());
  const int full_designs = 100000;
  std::vector<Design> fresh_designs(full_designs);
  for (auto& d : fresh_designs) {
    d.model = random_model(rng);
    d.accel = grid[rng() % grid.size()];
  }
  const Throughput full_rate = measure(full_designs, [&](int i) {
    checksum += evaluator.evaluate(fresh_designs[static_cast<std::size_t>(i)]).latency_s;
  });

  const auto print = [](const char* name, const Throughput& t) {
    std::printf("%s %.0f\n%s_median %.0f\n", name, t.best, name, t.median);
  };
  print("evaluations_per_second_one_core", cached);
  print("evaluations_per_second_no_cache", uncached);
  std::printf("cache_speedup_ratio %.1f\n", cached.best / uncached.best);
  std::printf("grid_3240_cold_ms %.2f\n", best_grid_ms);
  print("full_evaluations_with_carbon_per_second_model_pool", pooled_rate);
  print("full_evaluations_per_second_random_models", full_rate);
  std::printf("rates: the best of %d equal slices, and their median; targets: >= 200000 evaluations/s, <= 20 ms grid "
              "(checksum %.3g)\n",
              k_repetitions, checksum);
  return 0;
}
