#pragma once
// The reference framework's own 22 nm, 8-bit tables (CATransformers, docs/references.md R2): its PE
// and lane areas with Accelergy's register-file areas, and no die area outside the arrays. Only
// for reproducing its area table; the program's tables replace both (technology_22nm.json).
#include "core/hardware/technology.h"

namespace cdse::test {

inline TechnologyTables reference_template_tables()
{
  TechnologyTables t = technology_22nm();
  t.pe_area_um2 = t.reference_pe_area_um2;
  t.lane_area_um2 = t.reference_lane_area_um2;
  t.die_overhead_fraction = 0;
  return t;
}

}   // namespace cdse::test
