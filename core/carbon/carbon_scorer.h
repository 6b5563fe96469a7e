#pragma once
// Scores designs under one CarbonSettings. Everything that depends only on the settings (CPA per
// node, the uncertainty band, DRAM part sizes, node-scaling factors, unit conversions) is computed
// in the constructor; score() is then pure arithmetic on a design's invariants: noexcept, no
// allocation, tens of nanoseconds. Construct a new scorer when the settings change (≈ 1–5 ms,
// dominated by the Monte Carlo band, once per ACT node).
//
// Model (docs/models/carbon.md has every formula and source):
//   embodied    = (area·CPA(node, area) + CPS/Y·DRAM_GB + packaging) · (amortize ? lifetime / hw_lifetime : 1)
//                 CPA = (CI_fab·EPA + GPA + MPA) / Y_die, Y_die = the yield setting (yield_model
//                 constant) or Murphy's ((1 − e^{−A·D0}) / (A·D0))² (murphy); DRAM's Y is the setting.
//   dynamic     = E_dyn · N · CI                     N = inferences/s · lifetime seconds
//   static      = P_leak · max(busy, f · powered + (1 − f) · busy) · CI   (when include_static)
//                 busy = N · latency, powered = duty · lifetime_s, f = idle_power_fraction: full
//                 leakage while busy, f of it while powered but idle (= P·(busy + f·max(0, powered −
//                 busy)); one max of monotone terms, so it never decreases with the latency);
//                 idle_static is the part beyond busy. operational_low/high: the same with f and
//                 P_leak at the power-gating assumption's low/high (power_gating.json).
//   operational = dynamic + static ; total = embodied + operational
//   CDP = total · latency ; CEP = total · energy per inference (as counted)
// Node override (settings.node_nm ≠ 0 and ≠ the design's node): area, on-chip dynamic energy and
// leakage are scaled by ratios of node_scale_from_22nm (DRAM access energy is off chip and stays);
// latency is left unchanged (same clock frequency).
#include <array>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"
#include "core/carbon/embodied_uncertainty.h"

namespace cdse {

class CarbonScorer {
public:
  // Validates the settings (InputError naming the field) and precomputes.
  explicit CarbonScorer(const CarbonSettings& settings);

  // A design whose node has no carbon data (never the case for invariants of a valid accelerator)
  // gets NaN in every field, so it can never look good.
  CarbonBreakdown score(const DesignInvariants& invariants) const noexcept;

  const CarbonSettings& settings() const noexcept { return settings_; }
  bool can_score_node(int node_nm) const noexcept;
  // DRAM capacity (GB) the scorer assumes for a design: settings.dram_gb (a carbon assumption
  // overrides), else the accelerator's own dram_gb, else the weights rounded up to real parts of
  // settings.dram_type; with `dram_packages` (> 0, the accelerator's channels) one part per package,
  // each the smallest that holds its share of the weights.
  double dram_gb_for(double weight_bytes, double design_dram_gb = 0, int dram_packages = 0) const noexcept;
  // Nominal CPA (g/cm²) and band at a node; NaN / {1,1,1,1} for a node without data.
  double cpa_g_per_cm2(int node_nm) const noexcept;
  EmbodiedBand band(int node_nm) const noexcept;
  double fab_intensity_g_per_kwh() const noexcept { return fab_intensity_g_per_kwh_; }

private:
  static constexpr int k_max_node_nm = 64;
  static constexpr int k_max_parts = 16;

  struct NodeEntry {
    bool has_carbon = false;           // ACT row (or proxy) present
    bool has_scale = false;            // hardware node scaling available
    double chip_kg_per_mm2 = 0;        // nominal CPA in kg/mm² (at the constant yield)
    double unyielded_kg_per_mm2 = 0;   // CPA × Y: the numerator, for Murphy's yield
    double defects_per_mm2 = 0;        // D0
    double cpa_g_per_cm2 = 0;
    EmbodiedBand band;
    double area_scale = 1, energy_scale = 1, leakage_scale = 1;   // from 22 nm
  };

  CarbonSettings settings_;
  double fab_intensity_g_per_kwh_ = 0;
  std::array<NodeEntry, k_max_node_nm + 1> nodes_{};
  std::array<double, k_max_parts> part_sizes_gb_{};
  int part_count_ = 0;
  double dram_kg_per_gb_ = 0;   // CPS / yield, kg/GB
  double packaging_kg_ = 0;
  double embodied_factor_ = 1;   // amortisation
  double kg_per_j_ = 0;          // grid CI in kg/J
  double lifetime_s_ = 0;
  double inferences_ = 0;   // over the lifetime
  double powered_s_ = 0;    // duty · lifetime
  double idle_fraction_ = 1, idle_fraction_low_ = 1, idle_fraction_high_ = 1;
  double leakage_factor_low_ = 1, leakage_factor_high_ = 1;
};

}   // namespace cdse
