#pragma once
// The best weight-stationary mapping of one GEMM instance (cluster split × loop order × partial-sum
// placement × M tile; latency first, energy second). Input stationary is this on
// GemmShape::transposed(). Equations: docs/models/simulator.md.
#include "core/sim/gemm_shape.h"
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"

namespace cdse {

// Splits, order and tile are in `shape`'s terms (the caller maps them back for a transposed shape).
OpCost weight_stationary_cost(const GemmShape& shape, const HardwareView& hw);

}   // namespace cdse
