#include "core/carbon/embodied_uncertainty.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <numbers>
#include <random>
#include <vector>

#include "core/carbon/carbon_tables.h"
#include "core/carbon/embodied_carbon.h"

namespace cdse {
namespace {

// The random draws shared by every band computation: standard normals for CI, EPA, GPA, CPS and
// MPA, and uniforms for the yield.
struct Draws {
  std::vector<double> z_ci, z_epa, z_gpa, z_cps, u_yield, z_mpa;
};

double uniform01(std::mt19937_64& rng)
{
  // 53 random bits → [0, 1); mt19937_64's output sequence is fixed by the standard.
  return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

Draws make_draws(const EmbodiedSpreads& spreads)
{
  std::mt19937_64 rng(spreads.seed);
  const auto n = static_cast<std::size_t>(spreads.samples);
  Draws d;
  for (auto* v : {&d.z_ci, &d.z_epa, &d.z_gpa, &d.z_cps, &d.u_yield, &d.z_mpa})
    v->resize(n);
  // Box–Muller written out (std::normal_distribution's algorithm is implementation-defined).
  auto normal = [&rng] {
    const double u1 = 1.0 - uniform01(rng);   // (0, 1]
    const double u2 = uniform01(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
  };
  for (std::size_t i = 0; i < n; ++i) {
    d.z_ci[i] = normal();
    d.z_epa[i] = normal();
    d.z_gpa[i] = normal();
    d.z_cps[i] = normal();
    d.u_yield[i] = uniform01(rng);
  }
  // MPA's draws come after the others' (added in issue 15), so those keep their values.
  for (std::size_t i = 0; i < n; ++i)
    d.z_mpa[i] = normal();
  return d;
}

const Draws& shared_draws()
{
  static const Draws draws = make_draws(CarbonTables::instance().spreads());
  return draws;
}

// Inverse CDF of the triangular distribution (a, mode c, b).
double triangular(double u, double a, double c, double b)
{
  if (b - a <= 0)
    return c;
  const double f = (c - a) / (b - a);
  return u < f ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1 - u) * (b - a) * (b - c));
}

double quantile(std::vector<double>& values, double q)
{
  const auto k = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
  return values[k];
}

EmbodiedBand compute_band(const ActNodeRow& node, double fab_ci, int gas_abatement_pct, double yield)
{
  const EmbodiedSpreads& s = CarbonTables::instance().spreads();
  const Draws& d = shared_draws();
  const std::size_t n = d.u_yield.size();
  const double y_lo = std::min(yield, std::max(s.yield_min, yield - s.yield_half_width));
  const double y_hi = std::min(1.0, yield + s.yield_half_width);
  const double gpa = node.gpa_g_per_cm2(gas_abatement_pct);
  const double nominal_cpa = carbon_per_area_g_per_cm2(node, fab_ci, gas_abatement_pct, yield);

  std::vector<double> chip(n), dram(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double y = triangular(d.u_yield[i], y_lo, yield, y_hi);
    const double energy = fab_ci * std::exp(s.ci_sigma_ln * d.z_ci[i]) * node.epa_kwh_per_cm2 *
                          std::exp(s.epa_sigma_ln * d.z_epa[i]);
    chip[i] = (energy + gpa * std::exp(s.gpa_sigma_ln * d.z_gpa[i]) +
               node.mpa_g_per_cm2 * std::exp(s.mpa_sigma_ln * d.z_mpa[i])) /
              y / nominal_cpa;
    dram[i] = std::exp(s.cps_sigma_ln * d.z_cps[i]) * yield / y;
  }
  EmbodiedBand band;
  // The nominal (ACT point value) stays inside its own band even for degenerate spreads.
  band.chip_p5 = std::min(1.0, quantile(chip, 0.05));
  band.chip_p95 = std::max(1.0, quantile(chip, 0.95));
  band.dram_p5 = std::min(1.0, quantile(dram, 0.05));
  band.dram_p95 = std::max(1.0, quantile(dram, 0.95));
  return band;
}

}   // namespace

EmbodiedBand embodied_band(const ActNodeRow& node, double fab_ci, int gas_abatement_pct, double yield)
{
  // Moving a grid or lifetime slider rebuilds the scorer with the same embodied inputs: remember
  // recent bands so that costs microseconds, not a Monte Carlo per node.
  struct Entry {
    int act_node_nm;
    double fab_ci;
    int abatement;
    double yield;
    EmbodiedBand band;
  };
  static std::mutex mutex;
  static std::vector<Entry> recent;
  constexpr std::size_t k_capacity = 64;
  {
    const std::lock_guard lock(mutex);
    for (const Entry& e : recent)
      if (e.act_node_nm == node.act_node_nm && e.fab_ci == fab_ci && e.abatement == gas_abatement_pct && e.yield == yield)
        return e.band;
  }
  const EmbodiedBand band = compute_band(node, fab_ci, gas_abatement_pct, yield);
  const std::lock_guard lock(mutex);
  if (recent.size() == k_capacity)
    recent.erase(recent.begin());
  recent.push_back({node.act_node_nm, fab_ci, gas_abatement_pct, yield, band});
  return band;
}

}   // namespace cdse
