#pragma once
// The reference framework's own 22 nm, 8-bit tables (CATransformers, docs/references.md R2): its PE
// and lane areas with Accelergy's register-file areas, one SRAM macro per buffer whatever its
// bandwidth, and no die area outside the arrays. Only for reproducing its area table; the
// program's tables replace all three (technology_22nm.json).
#include "core/hardware/technology.h"

namespace cdse::test {

inline TechnologyTables reference_template_tables()
{
  TechnologyTables t = technology_22nm();
  t.pe_area_um2 = t.reference_pe_area_um2;
  t.lane_area_um2 = t.reference_lane_area_um2;
  t.die_overhead_fraction = 0;
  t.sram_area_exponent = 1;       // banks cost no area: B · A(S/B) = A(S)
  t.crossbar_wire_pitch_um = 0;   // and need no crossbar
  return t;
}

}   // namespace cdse::test
