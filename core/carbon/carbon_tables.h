#pragma once
// The carbon model's data tables, loaded once from the embedded resources/data JSON files.
// Lookups by key throw InputError(where, ...) listing the valid keys; `where` defaults to the
// CarbonSettings field name so callers (JSON parser, CLI flags) can re-map it.
#include <string_view>
#include <vector>

#include "core/carbon/carbon_table_rows.h"

namespace cdse {

class CarbonTables {
public:
  // The process-wide tables (thread-safe lazy load). A malformed shipped table is a build defect:
  // std::logic_error.
  static const CarbonTables& instance();

  const ActNodeRow& node(int node_nm, std::string_view where = "node_nm") const;
  bool has_node(int node_nm) const;
  // A fab location (ACT location table) or an energy source (ACT source table).
  const IntensityPreset& fab_location(std::string_view id, std::string_view where = "fab_location") const;
  const IntensityPreset& grid_region(std::string_view id, std::string_view where = "grid_region") const;
  const DramEmbodiedRow& dram(std::string_view id, std::string_view where = "dram_type") const;

  // Sorted by node descending (ACT rows and proxies); tables in file order.
  const std::vector<ActNodeRow>& nodes() const { return nodes_; }
  const std::vector<IntensityPreset>& fab_locations() const { return fab_locations_; }
  const std::vector<IntensityPreset>& energy_sources() const { return energy_sources_; }
  const std::vector<IntensityPreset>& grid_regions() const { return grid_regions_; }
  const std::vector<DramEmbodiedRow>& dram_types() const { return dram_types_; }
  const EmbodiedSpreads& spreads() const { return spreads_; }
  const PowerGatingAssumptions& power_gating() const { return power_gating_; }

private:
  CarbonTables();

  std::vector<ActNodeRow> nodes_;
  std::vector<IntensityPreset> fab_locations_;
  std::vector<IntensityPreset> energy_sources_;
  std::vector<IntensityPreset> grid_regions_;
  std::vector<DramEmbodiedRow> dram_types_;
  EmbodiedSpreads spreads_;
  PowerGatingAssumptions power_gating_;
};

}   // namespace cdse
