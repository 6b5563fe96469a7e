#pragma once
// Everything the cost models need about one accelerator, derived once per accelerator: sizes,
// bandwidths and per-byte energies from the technology tables, leakage and area.
#include "core/hardware/accelerator_config.h"
#include "core/hardware/area_breakdown.h"
#include "core/hardware/dataflow.h"
#include "core/hardware/technology.h"

namespace cdse {

struct HardwareView {
  double rows = 0, cols = 0;   // PE array: pe_depth (reduction) × pe_width
  int clusters = 1;
  double lanes = 0;   // vector lanes, all clusters (pe_width × clusters)
  double frequency_hz = 0;
  double vdd_v = 0.8;   // the supply the clock needs (core/hardware/supply_voltage.h)
  double word_bytes = 1;
  double psum_bytes = 4;          // one partial sum (core/hardware/accumulator.h): 4 bytes at 8 bits, 6 at 16
  double accumulator_bytes = 0;   // one cluster's accumulator buffer (0: partial sums live in the L2)
  double l2_tensor_bytes = 0, l2_vector_bytes = 0, glb_bytes = 0;
  double l2_bw_words = 0, glb_bw_words = 0, dram_bw_words = 0;
  double inv_l2_bw_words = 0, inv_glb_bw_words = 0, inv_dram_bw_words = 0;   // reciprocals (hot path)
  double inv_l2_bw_bytes = 0, inv_glb_bw_bytes = 0, inv_dram_bw_bytes = 0;   // cycles per byte
  // Energies, J.
  double mac_j = 0, pe_rf_read_j = 0, pe_rf_write_j = 0;
  double lane_op_j = 0;   // one lane busy for one cycle: MAC + 2 RF reads + 1 RF write
  double l2t_read_j_per_byte = 0, l2t_write_j_per_byte = 0;
  double l2v_read_j_per_byte = 0, l2v_write_j_per_byte = 0;
  double acc_read_j_per_byte = 0, acc_write_j_per_byte = 0;
  double glb_read_j_per_byte = 0, glb_write_j_per_byte = 0;
  double dram_j_per_byte = 0;
  GeluImplementation gelu = GeluImplementation::Erf;
  // Folds pipelined behind a second stationary register per PE (fold_schedule.h).
  bool weight_double_buffer = true;
  // Which operand the arrays keep stationary (gemm_cost_model.h).
  Dataflow dataflow = Dataflow::WeightStationary;
  double gelu_lut_read_j = 0;   // one lookup in a lane's GELU table ("gelu": "lut"), else 0
  double static_power_w = 0;
  AreaBreakdown area;
};

// Throws InputError naming the field when the accelerator is invalid.
HardwareView make_hardware_view(const AcceleratorConfig& accel);

}   // namespace cdse
