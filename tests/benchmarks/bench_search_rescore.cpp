// Re-scoring an archive under new carbon settings (the GUI's slider path): 100,000 archived designs
// are re-scored and their Pareto front extracted. Target: ≤ 20 ms. Baseline in the same run: one
// pass that only reads each design's invariants (memory traffic), to show what the arithmetic costs.
// New constraints (set_constraints, in place) are timed against rebuilding the archive.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/search/archive/archive.h"

using namespace cdse;
using Clock = std::chrono::steady_clock;

namespace {

DesignInvariants random_invariants(std::mt19937_64& rng)
{
  std::uniform_real_distribution<double> u(0, 1);
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = 0.35 + 0.14 * u(rng);
  v.accuracy_low = v.accuracy - 0.01;
  v.accuracy_high = v.accuracy + 0.01;
  v.latency_s = 0.002 + 0.08 * u(rng);
  v.area.pe_mm2 = 0.1 + 25 * u(rng);
  v.area.glb_mm2 = 1 + 12 * u(rng);
  v.area_mm2 = v.area.total_mm2();
  v.dynamic_energy_j = 0.02 + 0.5 * u(rng);
  v.energy.mac_j = v.dynamic_energy_j;
  v.energy_per_inference_j = v.dynamic_energy_j;
  v.static_power_w = 0.01 * u(rng);
  v.peak_tops = 20 * u(rng);
  v.weight_bytes = 1e8 + 5e7 * u(rng);
  return v;
}

double median(std::vector<double> v)
{
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}   // namespace

int main()
{
  const std::size_t n = 100000;
  std::mt19937_64 rng(1);
  ArchiveSetup setup;
  setup.objectives = {Objective::Accuracy, Objective::TotalCarbon};
  setup.constraints.max_latency_s = 0.05;
  setup.constraints.max_area_mm2 = 31.990347;
  setup.anchors = {random_invariants(rng), random_invariants(rng)};
  Archive archive(setup);
  for (std::size_t i = 0; i < n; ++i)
    archive.add({static_cast<std::int64_t>(i), Genome{static_cast<int>(i)}, false, "", random_invariants(rng)});

  std::vector<double> baseline_ms, rescore_ms, rescore3_ms;
  CarbonSettings settings = archive.carbon_settings();
  for (int rep = 0; rep < 9; ++rep) {
    auto t0 = Clock::now();
    double sink = 0;
    for (std::size_t i = 0; i < archive.size(); ++i)
      sink += archive.record(i).invariants.dynamic_energy_j + archive.record(i).invariants.area_mm2;
    auto t1 = Clock::now();
    baseline_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count() + sink * 0);

    settings.grid_intensity_g_per_kwh = 20.0 + 60.0 * rep;   // a slider drag
    t0 = Clock::now();
    archive.rescore(settings);
    const auto front_size = archive.front().size();
    t1 = Clock::now();
    rescore_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    if (front_size == 0)
      std::printf("(empty front)\n");
  }

  // Three objectives (the "all" mode) for comparison.
  ArchiveSetup setup3 = setup;
  setup3.objectives = {Objective::Accuracy, Objective::Latency, Objective::TotalCarbon};
  Archive archive3(setup3);
  for (std::size_t i = 0; i < n; ++i)
    archive3.add(archive.record(i));
  for (int rep = 0; rep < 5; ++rep) {
    settings.grid_intensity_g_per_kwh = 30.0 + 100.0 * rep;
    const auto t0 = Clock::now();
    archive3.rescore(settings);
    const auto t1 = Clock::now();
    rescore3_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
  }

  // A constraint slider (max latency): in place versus the archive rebuilt from its records, as the
  // explorer did before set_constraints.
  std::vector<double> constrain_ms, rebuild_ms;
  for (int rep = 0; rep < 5; ++rep) {
    SearchConstraints limits = archive.constraints();
    limits.max_latency_s = 0.03 + 0.005 * rep;
    auto t0 = Clock::now();
    archive.set_constraints(limits);
    auto t1 = Clock::now();
    constrain_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    ArchiveSetup rebuilt_setup = archive.setup();
    t0 = Clock::now();
    Archive rebuilt(rebuilt_setup);
    for (std::size_t i = 0; i < archive.size(); ++i)
      rebuilt.add(archive.record(i));
    t1 = Clock::now();
    rebuild_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    if (rebuilt.front() != archive.front())
      std::printf("(set_constraints and the rebuild disagree)\n");
  }

  std::printf("bench_search_rescore: %zu archived designs\n", n);
  std::printf("  set_constraints (in place):         %8.3f ms\n", median(constrain_ms));
  std::printf("  archive rebuilt from its records:   %8.3f ms\n", median(rebuild_ms));
  std::printf("  read invariants only (baseline):   %8.3f ms\n", median(baseline_ms));
  std::printf("  rescore + front, 2 objectives:      %8.3f ms  (%.1fx baseline; target <= 20 ms: %s)\n",
              median(rescore_ms), median(rescore_ms) / median(baseline_ms), median(rescore_ms) <= 20 ? "met" : "MISSED");
  std::printf("  rescore + front, 3 objectives:      %8.3f ms  (front %zu designs)\n", median(rescore3_ms),
              archive3.front().size());
  std::printf("  front size (2 objectives): %zu, feasible: %zu\n", archive.front().size(), archive.feasible_count());
  return 0;
}
