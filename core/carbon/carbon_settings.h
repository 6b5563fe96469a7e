#pragma once
// The user's carbon assumptions (the GUI's sliders). Changing these re-scores designs; it never
// re-simulates them.
#include <string>

#include "core/carbon/yield_model.h"

namespace cdse {

struct CarbonSettings {
  // Operational.
  double grid_intensity_g_per_kwh = 68.0;   // British Columbia, the reference framework's CLIP default
  // Preset id of grid_regions.json the intensity came from ("" = a custom value). The parser sets
  // grid_intensity_g_per_kwh from it; the scorer reads only the number.
  std::string grid_region;
  double lifetime_years = 3.0;   // deployment / hardware lifetime
  // The reference's 3e7 inferences over 3 years = 0.3171 inferences per second.
  double inferences_per_second = 3.0e7 / (3.0 * 365.0 * 86400.0);
  double duty_cycle = 1.0;      // fraction of the lifetime the chip is powered (available)
  bool include_static = true;   // count leakage energy over the deployment
  // Fraction of the leakage power drawn while powered but idle (power gating): 1 = no gating.
  // Default 1/3, state-retaining supply gating (resources/data/power_gating.json, with its source;
  // a test checks the two agree). Files written before this setting existed read as 1.
  double idle_power_fraction = 1.0 / 3.0;

  // Embodied (ACT).
  std::string fab_location = "taiwan";     // key of the fab-location table (or an energy source)
  double fab_intensity_g_per_kwh = -1.0;   // custom fab CI; < 0 means "from fab_location"
  int node_nm = 0;                         // 0 = the accelerator's own node
  int gas_abatement_pct = 95;              // 95 or 99
  double yield = 0.875;                    // in (0, 1]: the die yield with yield_model constant; DRAM's always
  // Die yield: Murphy's defect-density model (area-dependent) by default; constant = `yield`.
  // Files written before this setting existed read as constant.
  YieldModel yield_model = YieldModel::Murphy;
  std::string dram_type = "lpddr4";   // key of the DRAM table
  double dram_gb = 0.0;               // 0 = sized from the model weights
  bool include_packaging = false;
  double packaging_kg = 0.150;            // ACT example value per IC
  bool amortize = false;                  // ACT: CF = OP + (use period / hardware lifetime) · E
  double hardware_lifetime_years = 3.0;   // only used when amortize is true

  double inferences_over_lifetime() const { return inferences_per_second * lifetime_years * 365.0 * 86400.0; }
  friend bool operator==(const CarbonSettings&, const CarbonSettings&) = default;
};

}   // namespace cdse
