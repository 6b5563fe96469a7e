#include "core/carbon/embodied_carbon.h"

#include <cmath>
#include <string>

#include "core/carbon/carbon_tables.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

constexpr double k_mm2_per_cm2 = 100.0;
constexpr double k_g_per_kg = 1000.0;
// Larger than any reticle-limited die (≈ 860 mm²) by far; catches unit mistakes (µm² passed as mm²).
constexpr double k_max_area_mm2 = 1.0e5;
constexpr double k_max_dram_gb = 1.0e5;

void require_finite_range(double value, double min, double max, const char* field, const std::string& what)
{
  if (!std::isfinite(value) || value < min || value > max)
    throw InputError(field, what + ", got " + std::to_string(value));
}

}   // namespace

double carbon_per_area_g_per_cm2(const ActNodeRow& node, double fab_intensity_g_per_kwh, int gas_abatement_pct,
                                 double yield)
{
  return (fab_intensity_g_per_kwh * node.epa_kwh_per_cm2 + node.gpa_g_per_cm2(gas_abatement_pct) + node.mpa_g_per_cm2) /
         yield;
}

double resolve_fab_intensity(const std::string& fab_location, double custom_g_per_kwh)
{
  if (custom_g_per_kwh >= 0)
    return custom_g_per_kwh;
  return CarbonTables::instance().fab_location(fab_location).g_per_kwh;
}

EmbodiedCarbon compute_embodied(double area_mm2, const EmbodiedInputs& in)
{
  const auto& tables = CarbonTables::instance();
  require_finite_range(area_mm2, 0.0, k_max_area_mm2, "area_mm2", "die area must be in [0, 1e5] mm²");
  const ActNodeRow& node = tables.node(in.node_nm);
  if (!std::isfinite(in.fab_intensity_g_per_kwh) || in.fab_intensity_g_per_kwh > 5000)
    throw InputError("fab_intensity_g_per_kwh",
                     "must be in [0, 5000] g/kWh (or negative for the fab location's value), got " +
                         std::to_string(in.fab_intensity_g_per_kwh));
  const double fab_ci = resolve_fab_intensity(in.fab_location, in.fab_intensity_g_per_kwh);
  if (in.gas_abatement_pct != 95 && in.gas_abatement_pct != 99)
    throw InputError("gas_abatement_pct", "must be 95 or 99 (the abatement levels ACT tabulates), got " +
                                              std::to_string(in.gas_abatement_pct));
  if (!std::isfinite(in.yield) || in.yield <= 0 || in.yield > 1)
    throw InputError("yield", "must be in (0, 1], got " + std::to_string(in.yield));
  require_finite_range(in.dram_gb, 0.0, k_max_dram_gb, "dram_gb", "DRAM capacity must be in [0, 1e5] GB");
  const DramEmbodiedRow& dram = tables.dram(in.dram_type);
  require_finite_range(in.packaging_kg, 0.0, 1e3, "packaging_kg", "packaging carbon must be in [0, 1000] kg");

  EmbodiedCarbon out;
  out.fab_intensity_g_per_kwh = fab_ci;
  out.act_node_nm = node.act_node_nm;
  out.die_yield = in.yield;
  if (in.yield_model == YieldModel::Murphy)
    out.die_yield = murphy_yield(area_mm2 / k_mm2_per_cm2 * node.defect_density_per_cm2);
  out.cpa_g_per_cm2 = carbon_per_area_g_per_cm2(node, fab_ci, in.gas_abatement_pct, out.die_yield);
  out.chip_kg = area_mm2 / k_mm2_per_cm2 * out.cpa_g_per_cm2 / k_g_per_kg;
  out.dram_kg = dram.g_per_gb / in.yield * in.dram_gb / k_g_per_kg;
  out.packaging_kg = in.include_packaging ? in.packaging_kg : 0.0;
  out.total_kg = out.chip_kg + out.dram_kg + out.packaging_kg;
  return out;
}

EmbodiedInputs embodied_inputs_from(const CarbonSettings& s, int node_nm, double dram_gb)
{
  EmbodiedInputs in;
  in.node_nm = node_nm;
  in.fab_location = s.fab_location;
  in.fab_intensity_g_per_kwh = s.fab_intensity_g_per_kwh;
  in.gas_abatement_pct = s.gas_abatement_pct;
  in.yield = s.yield;
  in.yield_model = s.yield_model;
  in.dram_type = s.dram_type;
  in.dram_gb = dram_gb;
  in.include_packaging = s.include_packaging;
  in.packaging_kg = s.packaging_kg;
  return in;
}

}   // namespace cdse
