#pragma once
// Chip area of an accelerator configuration (CATransformers' template, docs/references.md R2): PEs,
// vector lanes, per-cluster L2
// SRAMs for the tensor core and the vector core, and the global buffer. With a lookup-table GELU
// ("gelu": "lut") every lane also holds its own table, a 2^precision_bits-word SRAM costed from the
// same CACTI curve (extrapolated below its smallest 8 KB row) and counted in the vector-lane area.
// Every SRAM is built of as many banks as its bandwidth needs, which costs area
// (core/hardware/sram_banking.h). Register files are flip-flops (technology.h); with "weight_double_buffer" every PE holds one more
// stationary word of them (a partial sum for "os" and "best" dataflows) (area and leakage counted with the PE array). Each cluster's
// accumulator buffer (core/hardware/accumulator.h) is an SRAM from the same curve, counted with the
// cluster's L2 SRAMs (area, leakage). Control, the on-chip network, clocking and wiring add a fixed
// fraction of those arrays' area (TPU v1's floor plan, docs/references.md R36). With
// dram_channels > 0 each channel puts its DRAM interface (PHY and I/Os, core/hardware/dram_types.h)
// on the die; its power is in the DRAM's energy per bit.
#include "core/hardware/accelerator_config.h"
#include "core/hardware/area_breakdown.h"
#include "core/hardware/technology.h"

namespace cdse {

// Tensor-core L2 actually instantiated: at least the PE array's weight footprint (CATransformers' rule).
double tensor_l2_bytes(const AcceleratorConfig& accel);
// Bytes of one lane's GELU lookup table: 2^precision_bits words with "gelu": "lut", else 0.
double gelu_lut_bytes_per_lane(const AcceleratorConfig& accel);
// Area of the second stationary register of one PE, µm², with "weight_double_buffer" (else 0):
// precision_bits flip-flop bits, or a partial sum's bits (accumulator.h) when the dataflow can keep
// outputs stationary ("os", "best").
double second_register_area_um2_per_pe(const AcceleratorConfig& accel, const TechnologyTables& tech);
// `tech` must be the accelerator's own tables, technology_for(accel) (std::logic_error otherwise).
// Assumes a validated configuration (validate_accelerator).
AreaBreakdown compute_area(const AcceleratorConfig& accel, const TechnologyTables& tech);
// Leakage power of the whole powered-on chip (PEs and lanes: MACs and register bits; all SRAM), W.
double static_power_w(const AcceleratorConfig& accel, const TechnologyTables& tech);

}   // namespace cdse
