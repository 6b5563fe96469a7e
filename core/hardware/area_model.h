#pragma once
// Chip area of an accelerator configuration (CATransformers' template, docs/references.md R2): PEs,
// vector lanes, per-cluster L2
// SRAMs for the tensor core and the vector core, and the global buffer.
#include "core/hardware/accelerator_config.h"
#include "core/hardware/area_breakdown.h"
#include "core/hardware/technology.h"

namespace cdse {

// Tensor-core L2 actually instantiated: at least the PE array's weight footprint (CATransformers' rule).
double tensor_l2_bytes(const AcceleratorConfig& accel);
// `tech` must be the accelerator's own tables, technology_for(accel) (std::logic_error otherwise).
// Assumes a validated configuration (validate_accelerator).
AreaBreakdown compute_area(const AcceleratorConfig& accel, const TechnologyTables& tech);
// Leakage power of the whole powered-on chip (PEs, lanes, all SRAM), W.
double static_power_w(const AcceleratorConfig& accel, const TechnologyTables& tech);

}   // namespace cdse
