#pragma once
// ACT embodied carbon of one chip and its DRAM (Gupta et al., ISCA 2022):
//   CPA [g/cm²] = (CI_fab [g/kWh] · EPA [kWh/cm²] + GPA [g/cm²] + MPA [g/cm²]) / yield
//   (yield: a constant, or Murphy's ((1 − e^{−A·D0}) / (A·D0))² for a die of area A; yield_model.h)
//   chip = area · CPA ;  DRAM = CPS [g/GB] / yield · GB ;  packaging = a fixed mass per IC.
// Tables come from CarbonTables (resources/data). Used directly by `carbondse-cli embodied`; the
// CarbonScorer precomputes the same CPA once per settings.
#include <string>

#include "core/carbon/carbon_settings.h"
#include "core/carbon/carbon_table_rows.h"

namespace cdse {

struct EmbodiedInputs {
  int node_nm = 22;
  std::string fab_location = "taiwan";             // location or energy-source id
  double fab_intensity_g_per_kwh = -1;             // >= 0 overrides fab_location
  int gas_abatement_pct = 95;                      // 95 or 99
  double yield = 0.875;                            // (0, 1]: die yield with YieldModel::Constant; DRAM's always
  YieldModel yield_model = YieldModel::Constant;   // Murphy: die yield from the area and the node's D0
  std::string dram_type = "lpddr4";
  double dram_gb = 0;   // 0 = no DRAM counted
  bool include_packaging = false;
  double packaging_kg = 0.150;
};

struct EmbodiedCarbon {
  double chip_kg = 0;
  double dram_kg = 0;
  double packaging_kg = 0;
  double total_kg = 0;
  double cpa_g_per_cm2 = 0;
  double die_yield = 0;                 // the die yield used (the setting, or Murphy's at this area)
  double fab_intensity_g_per_kwh = 0;   // the CI actually used
  int act_node_nm = 0;                  // ACT row used (differs from the node for proxies)
};

// Carbon per die area for one node row. Pure arithmetic; inputs assumed valid.
double carbon_per_area_g_per_cm2(const ActNodeRow& node, double fab_intensity_g_per_kwh, int gas_abatement_pct,
                                 double yield);
// The fab CI a settings/input pair means: the custom value if >= 0, else the location's.
// Throws InputError("fab_location", ...) for an unknown id.
double resolve_fab_intensity(const std::string& fab_location, double custom_g_per_kwh);

// Validates the inputs (InputError naming the field: node_nm, fab_location, fab_intensity_g_per_kwh,
// gas_abatement_pct, yield, dram_type, dram_gb, packaging_kg) and computes the carbon.
EmbodiedCarbon compute_embodied(double area_mm2, const EmbodiedInputs& inputs);

// The embodied inputs a CarbonSettings means for a chip at `node_nm` with `dram_gb` of DRAM.
EmbodiedInputs embodied_inputs_from(const CarbonSettings& settings, int node_nm, double dram_gb);

}   // namespace cdse
