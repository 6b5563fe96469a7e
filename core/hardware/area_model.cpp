#include "core/hardware/area_model.h"

#include "core/hardware/accumulator.h"
#include "core/hardware/dram_types.h"
#include "core/hardware/sram_banking.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace cdse {
namespace {

constexpr double k_um2_per_mm2 = 1e6;
constexpr double k_kib = 1024.0;

void check_tables_match(const AcceleratorConfig& accel, const TechnologyTables& tech)
{
  if (tech.node_nm != accel.node_nm || tech.precision_bits != accel.precision_bits)
    throw std::logic_error("technology tables are for " + std::to_string(tech.node_nm) + " nm, " +
                           std::to_string(tech.precision_bits) + "-bit; the accelerator is " +
                           std::to_string(accel.node_nm) + " nm, " + std::to_string(accel.precision_bits) +
                           "-bit (use technology_for(accel))");
}

double vector_l2_bytes(const AcceleratorConfig& accel) { return accel.l2_kb * k_kib; }

double glb_bytes(const AcceleratorConfig& accel) { return accel.glb_mb * k_kib * k_kib; }

// One more stationary word in every PE with double buffering: a weight (or input) word, or a
// partial sum when the array can keep outputs stationary (its drain overlaps the next fold).
double second_register_bits_per_pe(const AcceleratorConfig& accel)
{
  if (!accel.weight_double_buffer)
    return 0.0;
  const bool holds_outputs = accel.dataflow == Dataflow::OutputStationary || accel.dataflow == Dataflow::Best;
  return holds_outputs ? accumulator_bits(accel.precision_bits) : accel.precision_bits;
}

}   // namespace

double tensor_l2_bytes(const AcceleratorConfig& accel)
{
  // The reference instantiates at least 16 weight tiles of the PE array (w·d/64 KB for 1-byte
  // words), and more for two 256-wide arrays (CATransformers' area
  // rule, docs/references.md R2; reproduces its area table exactly).
  const double word = accel.word_bytes();
  const double array_words = static_cast<double>(accel.pe_width) * accel.pe_depth;
  double floor_bytes = 16.0 * array_words * word;
  if (accel.pe_width == 256 && accel.pe_depth == 16)
    floor_bytes = std::max(floor_bytes, 128.0 * k_kib * word);
  if (accel.pe_width == 256 && accel.pe_depth == 32)
    floor_bytes = std::max(floor_bytes, 256.0 * k_kib * word);
  return std::max(accel.l2_kb * k_kib, floor_bytes);
}

double gelu_lut_bytes_per_lane(const AcceleratorConfig& accel)
{
  if (accel.gelu != GeluImplementation::Lut)
    return 0.0;
  return std::ldexp(1.0, accel.precision_bits) * accel.word_bytes();
}

double second_register_area_um2_per_pe(const AcceleratorConfig& accel, const TechnologyTables& tech)
{
  return second_register_bits_per_pe(accel) * tech.register_bit_area_um2;
}

AreaBreakdown compute_area(const AcceleratorConfig& accel, const TechnologyTables& tech)
{
  check_tables_match(accel, tech);
  const double clusters = accel.clusters;
  const double pes = clusters * accel.pe_width * accel.pe_depth;
  const double lanes = clusters * accel.pe_width;
  AreaBreakdown a;
  a.pe_mm2 = pes * (tech.pe_area_um2 + second_register_area_um2_per_pe(accel, tech)) / k_um2_per_mm2;
  a.vector_mm2 = lanes * (tech.lane_area_um2 + tech.sram_area_um2(gelu_lut_bytes_per_lane(accel))) / k_um2_per_mm2;
  // Each buffer has as many banks as its bandwidth needs (sram_banking.h).
  const double l2_banks = sram_banks(tech, l2_bytes_per_cycle(accel));
  a.l2_mm2 = clusters *
             (banked_sram_area_um2(tech, tensor_l2_bytes(accel), l2_banks, true) +
              banked_sram_area_um2(tech, vector_l2_bytes(accel), l2_banks, true) +
              banked_sram_area_um2(tech, accumulator_bytes_per_cluster(accel),
                                   sram_banks(tech, accumulator_bytes_per_cycle(accel)), false)) /
             k_um2_per_mm2;
  a.glb_mm2 = banked_sram_area_um2(tech, glb_bytes(accel), sram_banks(tech, glb_bytes_per_cycle(accel)), true) /
              k_um2_per_mm2;
  a.control_mm2 = tech.die_overhead_fraction * (a.pe_mm2 + a.vector_mm2 + a.l2_mm2 + a.glb_mm2);
  if (accel.dram_channels > 0)
    a.dram_phy_mm2 = accel.dram_channels * dram_phy_area_mm2_per_channel(accel.dram_type, accel.node_nm);
  return a;
}

double static_power_w(const AcceleratorConfig& accel, const TechnologyTables& tech)
{
  check_tables_match(accel, tech);
  const double clusters = accel.clusters;
  const double pes = clusters * accel.pe_width * accel.pe_depth;
  const double lanes = clusters * accel.pe_width;
  const double sram_bytes = clusters *
                                (tensor_l2_bytes(accel) + vector_l2_bytes(accel) + accumulator_bytes_per_cluster(accel)) +
                            glb_bytes(accel) + lanes * gelu_lut_bytes_per_lane(accel);
  const double pe_bits = tech.pe_rf_entries * accel.precision_bits + second_register_bits_per_pe(accel);
  const double lane_bits = tech.lane_rf_entries * accel.precision_bits;
  return pes * (tech.mac_leakage_w + pe_bits * tech.register_bit_leakage_w) +
         lanes * (tech.mac_leakage_w + lane_bits * tech.register_bit_leakage_w) +
         sram_bytes * tech.sram_leakage_w_per_byte;
}

}   // namespace cdse
