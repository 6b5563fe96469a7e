#include "core/hardware/sram_banking.h"

#include <algorithm>
#include <cmath>

#include "core/hardware/accumulator.h"

namespace cdse {

double sram_banks(const TechnologyTables& tech, double bytes_per_cycle)
{
  const double per_macro = tech.sram_word_bytes * tech.sram_ports;
  return std::max(1.0, std::ceil(bytes_per_cycle / per_macro));
}

namespace {

double crossbar_side_um(const TechnologyTables& tech, double banks)
{
  return banks * tech.sram_word_bytes * 8.0 * tech.crossbar_wire_pitch_um;
}

}   // namespace

double banked_sram_area_um2(const TechnologyTables& tech, double bytes, double banks, bool crossbar)
{
  if (!(bytes > 0))
    return 0.0;
  // B banks of S/B bytes with area ∝ size^b (b the curve's least-squares exponent, ≈ 0.95):
  // B · A(S/B) = A(S) · B^(1−b). The fit, not the rows between which S/B falls: the rows' density
  // is not monotone in size (a 64 KB macro is denser than a 256 KB one), which would make fewer
  // banks cost more area than more.
  double area = tech.sram_area_um2(bytes) * std::pow(banks, 1.0 - tech.sram_area_exponent);
  if (crossbar && banks > 1) {
    const double side_um = crossbar_side_um(tech, banks);
    area += side_um * side_um;
  }
  return area;
}

double crossbar_energy_j_per_byte(const TechnologyTables& tech, double banks, double vdd_v)
{
  if (!(banks > 1))
    return 0.0;
  return 8.0 * 2.0 * crossbar_side_um(tech, banks) * tech.crossbar_wire_f_per_um * vdd_v * vdd_v;
}

double l2_bytes_per_cycle(const AcceleratorConfig& accel) { return accel.l2_bw_words * accel.word_bytes(); }

double glb_bytes_per_cycle(const AcceleratorConfig& accel) { return accel.glb_bw_words * accel.word_bytes(); }

double accumulator_bytes_per_cycle(const AcceleratorConfig& accel)
{
  return accumulator_bytes_per_cluster(accel) > 0 ? 2.0 * accel.pe_width * psum_bytes(accel) : 0.0;
}

}   // namespace cdse
