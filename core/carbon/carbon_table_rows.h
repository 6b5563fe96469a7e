#pragma once
// Rows of the carbon data tables in resources/data (act_nodes, fab_locations, dram_embodied,
// grid_regions). Each keeps its source so the CLI and GUI can show where a number comes from.
#include <string>
#include <vector>

namespace cdse {

// ACT logic parameters of one node. For nodes ACT does not tabulate, the row is a copy of the
// nearest ACT row and `act_node_nm` names it.
struct ActNodeRow {
  int node_nm = 0;
  int act_node_nm = 0;                 // node whose ACT data this row uses (== node_nm unless a proxy)
  double epa_kwh_per_cm2 = 0;          // fab electricity per die area
  double gpa_95_g_per_cm2 = 0;         // fab gases at 95 % abatement
  double gpa_99_g_per_cm2 = 0;         // fab gases at 99 % abatement
  double mpa_g_per_cm2 = 0;            // raw materials
  double defect_density_per_cm2 = 0;   // D0 of Murphy's die yield (yield_model murphy)
  std::string source;

  bool is_proxy() const { return act_node_nm != node_nm; }
  double gpa_g_per_cm2(int gas_abatement_pct) const
  {
    return gas_abatement_pct == 99 ? gpa_99_g_per_cm2 : gpa_95_g_per_cm2;
  }
};

// A carbon intensity preset: grid region, fab location or energy source.
struct IntensityPreset {
  std::string id;     // lower-case key, e.g. "taiwan"
  std::string name;   // display name
  double g_per_kwh = 0;
  std::string source;
  int year = 0;
};

struct DramEmbodiedRow {
  std::string id;                      // e.g. "lpddr4"
  double g_per_gb = 0;                 // embodied carbon per GB (before the yield division)
  std::vector<double> part_sizes_gb;   // ascending single-package capacities
  std::string source;
  int year = 0;

  // Capacity of real parts that holds `need_gb`: the smallest part that fits, or several of the
  // largest. A design always has at least one part, so need 0 gives the smallest.
  double round_up_gb(double need_gb) const;
};

// Spreads for the embodied-carbon uncertainty band (documented in the data files).
struct EmbodiedSpreads {
  unsigned long long seed = 0;
  int samples = 0;
  double epa_sigma_ln = 0, gpa_sigma_ln = 0, mpa_sigma_ln = 0, ci_sigma_ln = 0, cps_sigma_ln = 0;
  double yield_half_width = 0, yield_min = 0;
};

// Power gating of an idle chip (resources/data/power_gating.json): the default fraction of leakage
// drawn while powered but idle, its low/high, and the leakage power's own low/high factor.
struct PowerGatingAssumptions {
  double idle_fraction_default = 1, idle_fraction_low = 1, idle_fraction_high = 1;
  double leakage_factor_low = 1, leakage_factor_high = 1;
};

}   // namespace cdse
