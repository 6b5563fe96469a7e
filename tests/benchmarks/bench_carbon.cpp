// Re-scoring cost: CarbonScorer::score over 1e6 designs with varied invariants, against a baseline
// loop that only reads and sums the same inputs (memory traffic + loop overhead), both in this
// run. Also the one-off cost of building a scorer (the Monte Carlo band) and the band per node.
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/carbon/carbon_scorer.h"
#include "core/carbon/carbon_tables.h"

using namespace cdse;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<DesignInvariants> varied_designs(std::size_t n)
{
  std::mt19937_64 rng(42);
  std::uniform_real_distribution<double> u(0.5, 1.5);
  const int nodes[] = {28, 22, 14, 7};
  std::vector<DesignInvariants> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    DesignInvariants& d = out[i];
    d.latency_s = 5e-3 * u(rng);
    d.dynamic_energy_j = 0.18 * u(rng);
    d.energy_per_inference_j = d.dynamic_energy_j + 0.01 * u(rng);
    d.static_power_w = 2.0 * u(rng);
    d.area_mm2 = 32.0 * u(rng);
    d.weight_bytes = 150e6 * u(rng) * (i % 7 == 0 ? 40 : 1);
    d.node_nm = nodes[i % 4];
  }
  return out;
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

}   // namespace

int main()
{
  constexpr std::size_t k_designs = 4096;   // fits in L2, like a hot archive page
  constexpr std::size_t k_scorings = 1000000;
  const auto designs = varied_designs(k_designs);

  auto t0 = Clock::now();
  CarbonSettings all_nodes;   // node 0: bands for every ACT node
  const CarbonScorer scorer(all_nodes);
  const double build_all_s = seconds_since(t0);
  // A grid-intensity slider move: same embodied inputs, so the bands come from the cache.
  all_nodes.grid_intensity_g_per_kwh = 100;
  t0 = Clock::now();
  const CarbonScorer regrid(all_nodes);
  const double regrid_s = seconds_since(t0);
  // A yield slider move: a new Monte Carlo band for every ACT node.
  all_nodes.yield = 0.8;
  t0 = Clock::now();
  const CarbonScorer reyield(all_nodes);
  const double reyield_s = seconds_since(t0);
  // A fixed node: one Monte Carlo.
  CarbonSettings one_node;
  one_node.node_nm = 7;
  one_node.yield = 0.7;
  t0 = Clock::now();
  const CarbonScorer scorer7(one_node);
  const double build_one_s = seconds_since(t0);

  for (int repeat = 0; repeat < 3; ++repeat) {
    volatile double sink = 0;
    t0 = Clock::now();
    double sum = 0;
    for (std::size_t i = 0; i < k_scorings; ++i) {
      const DesignInvariants& d = designs[i % k_designs];
      sum += d.latency_s + d.dynamic_energy_j + d.energy_per_inference_j + d.static_power_w + d.area_mm2 +
             d.weight_bytes + d.node_nm;
    }
    sink = sum;
    const double baseline_s = seconds_since(t0);

    t0 = Clock::now();
    sum = 0;
    for (std::size_t i = 0; i < k_scorings; ++i) {
      const CarbonBreakdown c = scorer.score(designs[i % k_designs]);
      sum += c.total_kg + c.embodied_p95_kg;
    }
    sink = sink + sum;
    const double score_s = seconds_since(t0);
    std::printf("run %d: score %.1f ns/design, baseline (sum inputs) %.1f ns/design, ratio %.1fx, target <= 50 ns\n",
                repeat + 1, score_s / k_scorings * 1e9, baseline_s / k_scorings * 1e9, score_s / baseline_s);
  }
  std::printf("scorer construction: first (loads tables, draws, 9 bands) %.2f ms; new grid CI (cached bands) %.3f ms; "
              "new yield (9 bands) %.2f ms; one node, new yield (1 band) %.2f ms\n",
              build_all_s * 1e3, regrid_s * 1e3, reyield_s * 1e3, build_one_s * 1e3);

  std::printf("embodied band (multipliers of nominal chip carbon; defaults: Taiwan fab, 95 %%, Y 0.875):\n");
  for (const ActNodeRow& row : CarbonTables::instance().nodes()) {
    if (row.is_proxy())
      continue;
    const EmbodiedBand b = scorer.band(row.node_nm);
    std::printf("  %2d nm: CPA %.1f g/cm2, chip P5 %.3f P95 %.3f, DRAM P5 %.3f P95 %.3f\n", row.node_nm,
                scorer.cpa_g_per_cm2(row.node_nm), b.chip_p5, b.chip_p95, b.dram_p5, b.dram_p95);
  }
  return 0;
}
