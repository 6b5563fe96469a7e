#include "core/sim/hardware_view.h"

#include "core/hardware/accelerator_validation.h"
#include "core/hardware/accumulator.h"
#include "core/hardware/area_model.h"
#include "core/hardware/dram_types.h"
#include "core/hardware/sram_banking.h"
#include "core/hardware/supply_voltage.h"

namespace cdse {

HardwareView make_hardware_view(const AcceleratorConfig& accel)
{
  validate_accelerator(accel, "accelerator");
  const TechnologyTables& tech = technology_for(accel);
  HardwareView v;
  v.rows = accel.pe_depth;
  v.cols = accel.pe_width;
  v.clusters = accel.clusters;
  v.lanes = static_cast<double>(accel.pe_width) * accel.clusters;
  v.frequency_hz = accel.frequency_hz();
  v.word_bytes = accel.word_bytes();
  v.psum_bytes = psum_bytes(accel);
  v.accumulator_bytes = accumulator_bytes_per_cluster(accel);
  v.l2_tensor_bytes = tensor_l2_bytes(accel);
  v.l2_vector_bytes = accel.l2_kb * 1024.0;
  v.glb_bytes = accel.glb_mb * 1024.0 * 1024.0;
  v.l2_bw_words = accel.l2_bw_words;
  v.glb_bw_words = accel.glb_bw_words;
  v.dram_bw_words = dram_link_words_per_cycle(accel);   // the channels', or the idealised link's
  v.inv_l2_bw_words = 1.0 / v.l2_bw_words;
  v.inv_glb_bw_words = 1.0 / v.glb_bw_words;
  v.inv_dram_bw_words = 1.0 / v.dram_bw_words;
  v.inv_l2_bw_bytes = v.inv_l2_bw_words / v.word_bytes;
  v.inv_glb_bw_bytes = v.inv_glb_bw_words / v.word_bytes;
  v.inv_dram_bw_bytes = v.inv_dram_bw_words / v.word_bytes;

  // Register-file energies are per word access; SRAM energies per sram_word_bytes access, charged
  // per byte moved, the same rule for GEMMs and vector ops (CATransformers charged GEMMs per byte but
  // vector ops per 4-byte word, and 2.2 pJ per MAC on GEMMs only; docs/references.md). The tables
  // are at the reference supply; the clock's supply scales every on-chip energy by (V / V_ref)²
  // and the leakage by V / V_ref (DRAM is off chip).
  const OperatingPoint op = operating_point(accel.node_nm, accel.frequency_mhz);
  const double e = op.dynamic_energy_factor;
  v.vdd_v = op.vdd_v;
  v.mac_j = tech.mac_energy_j * e;
  v.pe_rf_read_j = tech.pe_rf_read_j * e;
  v.pe_rf_write_j = tech.pe_rf_write_j * e;
  v.lane_op_j = (tech.mac_energy_j + 2.0 * tech.lane_rf_read_j + tech.lane_rf_write_j) * e;
  // Banked buffers add their crossbar's wires to every byte (core/hardware/sram_banking.h); the
  // accumulator buffer's banks sit under their own columns, without one.
  const double per = e / tech.sram_word_bytes;
  // At the tables' supply, then scaled to the clock's as every on-chip energy is.
  const double v_ref = reference_vdd_v();
  const double l2_crossbar_j = crossbar_energy_j_per_byte(tech, sram_banks(tech, l2_bytes_per_cycle(accel)), v_ref) * e;
  const double glb_crossbar_j = crossbar_energy_j_per_byte(tech, sram_banks(tech, glb_bytes_per_cycle(accel)), v_ref) * e;
  v.l2t_read_j_per_byte = tech.sram_read_j(v.l2_tensor_bytes) * per + l2_crossbar_j;
  v.l2t_write_j_per_byte = tech.sram_write_j(v.l2_tensor_bytes) * per + l2_crossbar_j;
  v.l2v_read_j_per_byte = tech.sram_read_j(v.l2_vector_bytes) * per + l2_crossbar_j;
  v.l2v_write_j_per_byte = tech.sram_write_j(v.l2_vector_bytes) * per + l2_crossbar_j;
  v.acc_read_j_per_byte = tech.sram_read_j(v.accumulator_bytes) * per;
  v.acc_write_j_per_byte = tech.sram_write_j(v.accumulator_bytes) * per;
  v.glb_read_j_per_byte = tech.sram_read_j(v.glb_bytes) * per + glb_crossbar_j;
  v.glb_write_j_per_byte = tech.sram_write_j(v.glb_bytes) * per + glb_crossbar_j;
  v.dram_j_per_byte = tech.dram_j_per_byte;
  v.gelu = accel.gelu;
  v.weight_double_buffer = accel.weight_double_buffer;
  v.dataflow = accel.dataflow;
  // One word read from the lane's table: the CACTI curve's per-access energy for a table that size
  // (extrapolated below 8 KB), per byte × word bytes, as every SRAM access is charged.
  const double lut_bytes = gelu_lut_bytes_per_lane(accel);
  v.gelu_lut_read_j = lut_bytes > 0 ? tech.sram_read_j(lut_bytes) * per * v.word_bytes : 0.0;
  v.static_power_w = static_power_w(accel, tech) * op.leakage_factor;
  v.area = compute_area(accel, tech);
  return v;
}

}   // namespace cdse
