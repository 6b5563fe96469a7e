#pragma once
// The part the two JSON formats of results share: which area and energy breakdown fields there
// are, and each one's key in either format. The "report" format (report_json.h: CLI `evaluate`,
// exports) uses short names inside objects whose key carries the unit ("area_breakdown_mm2":
// {"pe": ...}); the "storage" format (invariants_storage_json.h: journals, sessions, search JSON)
// carries the unit in every key ("area": {"pe_mm2": ...}). Both are published, so neither changes;
// a field added here reaches both writers (and the storage reader) at once.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/hardware/area_breakdown.h"
#include "core/io/json_fields.h"
#include "core/sim/energy_breakdown.h"

namespace cdse {

enum class ResultJsonFormat { Report, Storage };

template <typename Breakdown>
struct BreakdownJsonField {
  double Breakdown::*value;
  std::string_view report_key;
  std::string_view storage_key;
  // Absent in files written before the field existed: reads as 0.
  bool optional = false;

  std::string_view key(ResultJsonFormat format) const
  {
    return format == ResultJsonFormat::Report ? report_key : storage_key;
  }
};

inline constexpr BreakdownJsonField<AreaBreakdown> k_area_json_fields[] = {
    {&AreaBreakdown::pe_mm2, "pe", "pe_mm2"},
    {&AreaBreakdown::vector_mm2, "vector_lanes", "vector_mm2"},
    {&AreaBreakdown::l2_mm2, "l2", "l2_mm2"},
    {&AreaBreakdown::glb_mm2, "glb", "glb_mm2"},
    {&AreaBreakdown::control_mm2, "control_and_wiring", "control_mm2", true},
    {&AreaBreakdown::dram_phy_mm2, "dram_interface", "dram_phy_mm2", true},
};

inline constexpr BreakdownJsonField<EnergyBreakdown> k_energy_json_fields[] = {
    {&EnergyBreakdown::mac_j, "mac", "mac_j"},    {&EnergyBreakdown::rf_j, "register_file", "rf_j"},
    {&EnergyBreakdown::l2_j, "l2", "l2_j"},       {&EnergyBreakdown::glb_j, "glb", "glb_j"},
    {&EnergyBreakdown::dram_j, "dram", "dram_j"}, {&EnergyBreakdown::static_j, "static", "static_j"},
};

// One object holding every field of `breakdown` under `format`'s keys.
template <typename Breakdown, std::size_t N>
json::Json breakdown_to_json(const Breakdown& breakdown, const BreakdownJsonField<Breakdown> (&fields)[N],
                             ResultJsonFormat format)
{
  json::Json j = json::Json::object();
  for (const auto& field : fields)
    j[std::string(field.key(format))] = breakdown.*field.value;
  return j;
}

}   // namespace cdse
