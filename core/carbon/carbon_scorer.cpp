#include "core/carbon/carbon_scorer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/carbon/carbon_settings_json.h"
#include "core/carbon/carbon_tables.h"
#include "core/carbon/embodied_carbon.h"
#include "core/hardware/technology.h"

namespace cdse {
namespace {

constexpr double k_seconds_per_year = 365.0 * 86400.0;
constexpr double k_j_per_kwh = 3.6e6;
constexpr double k_kg_per_g = 1e-3;
constexpr double k_mm2_per_cm2 = 100.0;

// Leakage seconds at full power: busy at full leakage, the rest of the powered time at
// `idle_fraction` of it. One max of two terms that never decrease with busy_s (see score()).
double leaking_s(double busy_s, double powered_s, double idle_fraction) noexcept
{
  return std::max(busy_s, idle_fraction * powered_s + (1.0 - idle_fraction) * busy_s);
}
// DRAM parts are sized in binary units (a 4 Gb die holds 2^29 bytes = 0.5 GB).
constexpr double k_bytes_per_gb = 1073741824.0;

CarbonBreakdown nan_breakdown() noexcept
{
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CarbonBreakdown c;
  for (double* field : {&c.chip_kg, &c.dram_kg, &c.packaging_kg, &c.embodied_kg, &c.embodied_p5_kg, &c.embodied_p95_kg,
                        &c.dynamic_kg, &c.static_kg, &c.idle_static_kg, &c.operational_kg, &c.operational_low_kg,
                        &c.operational_high_kg, &c.total_kg, &c.cdp_kg_s, &c.cep_kg_j, &c.dram_gb, &c.die_yield})
    *field = nan;
  return c;
}

}   // namespace

CarbonScorer::CarbonScorer(const CarbonSettings& settings) : settings_(settings)
{
  validate(settings_);
  const auto& tables = CarbonTables::instance();
  fab_intensity_g_per_kwh_ = resolve_fab_intensity(settings_.fab_location, settings_.fab_intensity_g_per_kwh);

  for (int node_nm : supported_nodes_nm()) {
    if (node_nm < 0 || node_nm > k_max_node_nm)
      continue;
    const NodeScale scale = node_scale_from_22nm(node_nm);
    NodeEntry& e = nodes_[static_cast<std::size_t>(node_nm)];
    e.has_scale = true;
    e.area_scale = scale.area;
    e.energy_scale = scale.energy;
    e.leakage_scale = scale.leakage;
  }
  // The band costs a Monte Carlo per ACT node (cached by embodied_band): with a fixed node only
  // that one is needed. Proxy rows share their ACT row's band.
  for (const ActNodeRow& row : tables.nodes()) {
    if (row.node_nm > k_max_node_nm || (settings_.node_nm != 0 && row.node_nm != settings_.node_nm))
      continue;
    NodeEntry& e = nodes_[static_cast<std::size_t>(row.node_nm)];
    e.has_carbon = true;
    e.cpa_g_per_cm2 = carbon_per_area_g_per_cm2(row, fab_intensity_g_per_kwh_, settings_.gas_abatement_pct,
                                                settings_.yield);
    e.chip_kg_per_mm2 = e.cpa_g_per_cm2 / k_mm2_per_cm2 * k_kg_per_g;
    e.unyielded_kg_per_mm2 = carbon_per_area_g_per_cm2(row, fab_intensity_g_per_kwh_, settings_.gas_abatement_pct, 1.0) /
                             k_mm2_per_cm2 * k_kg_per_g;
    e.defects_per_mm2 = row.defect_density_per_cm2 / k_mm2_per_cm2;
    e.band = embodied_band(row, fab_intensity_g_per_kwh_, settings_.gas_abatement_pct, settings_.yield);
  }

  const DramEmbodiedRow& dram = tables.dram(settings_.dram_type);
  part_count_ = static_cast<int>(std::min<std::size_t>(dram.part_sizes_gb.size(), k_max_parts));
  std::copy_n(dram.part_sizes_gb.begin(), part_count_, part_sizes_gb_.begin());
  dram_kg_per_gb_ = dram.g_per_gb / settings_.yield * k_kg_per_g;
  packaging_kg_ = settings_.include_packaging ? settings_.packaging_kg : 0.0;
  embodied_factor_ = settings_.amortize ? settings_.lifetime_years / settings_.hardware_lifetime_years : 1.0;
  kg_per_j_ = settings_.grid_intensity_g_per_kwh / k_j_per_kwh * k_kg_per_g;
  lifetime_s_ = settings_.lifetime_years * k_seconds_per_year;
  inferences_ = settings_.inferences_per_second * lifetime_s_;
  powered_s_ = settings_.duty_cycle * lifetime_s_;
  const PowerGatingAssumptions& gating = tables.power_gating();
  idle_fraction_ = settings_.idle_power_fraction;
  // The band always holds the setting itself.
  idle_fraction_low_ = std::min(idle_fraction_, gating.idle_fraction_low);
  idle_fraction_high_ = std::max(idle_fraction_, gating.idle_fraction_high);
  leakage_factor_low_ = gating.leakage_factor_low;
  leakage_factor_high_ = gating.leakage_factor_high;
}

bool CarbonScorer::can_score_node(int node_nm) const noexcept
{
  if (node_nm < 0 || node_nm > k_max_node_nm)
    return false;
  const int target = settings_.node_nm != 0 ? settings_.node_nm : node_nm;
  const NodeEntry& own = nodes_[static_cast<std::size_t>(node_nm)];
  const NodeEntry& t = nodes_[static_cast<std::size_t>(target)];
  return t.has_carbon && (target == node_nm || (own.has_scale && t.has_scale));
}

double CarbonScorer::dram_gb_for(double weight_bytes, double design_dram_gb, int dram_packages) const noexcept
{
  if (settings_.dram_gb > 0)
    return settings_.dram_gb;
  if (design_dram_gb > 0)
    return design_dram_gb;
  const double packages = dram_packages > 0 ? dram_packages : 1.0;
  const double need_gb = std::max(0.0, weight_bytes) / k_bytes_per_gb / packages;   // per package
  for (int i = 0; i < part_count_; ++i)
    if (need_gb <= part_sizes_gb_[static_cast<std::size_t>(i)])
      return part_sizes_gb_[static_cast<std::size_t>(i)] * packages;
  const double largest = part_sizes_gb_[static_cast<std::size_t>(part_count_ - 1)];
  return std::ceil(need_gb / largest) * largest * packages;
}

double CarbonScorer::cpa_g_per_cm2(int node_nm) const noexcept
{
  if (node_nm < 0 || node_nm > k_max_node_nm || !nodes_[static_cast<std::size_t>(node_nm)].has_carbon)
    return std::numeric_limits<double>::quiet_NaN();
  return nodes_[static_cast<std::size_t>(node_nm)].cpa_g_per_cm2;
}

EmbodiedBand CarbonScorer::band(int node_nm) const noexcept
{
  if (node_nm < 0 || node_nm > k_max_node_nm || !nodes_[static_cast<std::size_t>(node_nm)].has_carbon)
    return {};
  return nodes_[static_cast<std::size_t>(node_nm)].band;
}

CarbonBreakdown CarbonScorer::score(const DesignInvariants& inv) const noexcept
{
  if (!can_score_node(inv.node_nm))
    return nan_breakdown();
  const int target = settings_.node_nm != 0 ? settings_.node_nm : inv.node_nm;
  const NodeEntry& own = nodes_[static_cast<std::size_t>(inv.node_nm)];
  const NodeEntry& t = nodes_[static_cast<std::size_t>(target)];

  double area_mm2 = inv.area_mm2;
  double dynamic_j = inv.dynamic_energy_j;
  double static_inference_j = std::max(0.0, inv.energy_per_inference_j - inv.dynamic_energy_j);
  double leakage_w = inv.static_power_w;
  if (target != inv.node_nm) {
    area_mm2 *= t.area_scale / own.area_scale;
    // DRAM access energy is off chip: it does not move with the accelerator's node.
    const double dram_j = std::min(inv.energy.dram_j, dynamic_j);
    dynamic_j = (dynamic_j - dram_j) * (t.energy_scale / own.energy_scale) + dram_j;
    static_inference_j *= t.leakage_scale / own.leakage_scale;
    leakage_w *= t.leakage_scale / own.leakage_scale;
  }

  CarbonBreakdown c;
  double chip_kg = area_mm2 * t.chip_kg_per_mm2;
  c.die_yield = settings_.yield;
  if (settings_.yield_model == YieldModel::Murphy) {
    // area / Y(area) grows with the area (Murphy's yield falls), so embodied carbon stays monotone in
    // the area as the exact-front solver needs.
    const double inverse_yield = murphy_inverse_yield(area_mm2 * t.defects_per_mm2);
    chip_kg = area_mm2 * t.unyielded_kg_per_mm2 * inverse_yield;
    c.die_yield = 1.0 / inverse_yield;
  }
  c.dram_gb = dram_gb_for(inv.weight_bytes, inv.dram_gb, inv.dram_packages);
  const double dram_kg = c.dram_gb * dram_kg_per_gb_;
  // Packaging per IC: the accelerator, and each DRAM package its channels need (an idealised link
  // counts the accelerator alone, as before channels were modelled).
  const double packaging_kg = packaging_kg_ * (1.0 + std::max(0, inv.dram_packages));
  c.chip_kg = chip_kg * embodied_factor_;
  c.dram_kg = dram_kg * embodied_factor_;
  c.packaging_kg = packaging_kg * embodied_factor_;
  c.embodied_kg = c.chip_kg + c.dram_kg + c.packaging_kg;
  // Chip and DRAM quantiles are added (treated as comonotonic: they share the yield draw), which
  // slightly widens the band of the sum; conservative.
  c.embodied_p5_kg = (chip_kg * t.band.chip_p5 + dram_kg * t.band.dram_p5 + packaging_kg) * embodied_factor_;
  c.embodied_p95_kg = (chip_kg * t.band.chip_p95 + dram_kg * t.band.dram_p95 + packaging_kg) * embodied_factor_;

  c.dynamic_kg = dynamic_j * inferences_ * kg_per_j_;
  double energy_counted_j = dynamic_j;
  double static_low_kg = 0, static_high_kg = 0;
  if (settings_.include_static) {
    // Full leakage while busy, idle_power_fraction of it while powered but idle:
    // P · max(busy, f · powered + (1 − f) · busy). Written as one product of a max (not busy + idle
    // parts) so that it never decreases when the latency grows, also in floating point: the
    // exact-front solver's dominance argument needs every value monotone. With f = 1 this is
    // P · max(busy, powered), bit for bit the accounting before power gating.
    const double busy_s = inferences_ * inv.latency_s;
    c.idle_static_kg = leakage_w * idle_fraction_ * std::max(0.0, powered_s_ - busy_s) * kg_per_j_;
    c.static_kg = leakage_w * leaking_s(busy_s, powered_s_, idle_fraction_) * kg_per_j_;
    static_low_kg = leakage_w * leakage_factor_low_ * leaking_s(busy_s, powered_s_, idle_fraction_low_) * kg_per_j_;
    static_high_kg = leakage_w * leakage_factor_high_ * leaking_s(busy_s, powered_s_, idle_fraction_high_) * kg_per_j_;
    energy_counted_j += static_inference_j;
  }
  c.operational_kg = c.dynamic_kg + c.static_kg;
  c.operational_low_kg = c.dynamic_kg + static_low_kg;
  c.operational_high_kg = c.dynamic_kg + static_high_kg;
  c.total_kg = c.embodied_kg + c.operational_kg;
  c.cdp_kg_s = c.total_kg * inv.latency_s;
  c.cep_kg_j = c.total_kg * energy_counted_j;
  return c;
}

}   // namespace cdse
