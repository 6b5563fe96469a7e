#pragma once
// The best output-stationary mapping of one GEMM instance: each PE accumulates one output of an
// R (rows of A) × C (columns of B) tile while the k-long reduction streams A from the left and B from
// the top; finished outputs drain from the array, no partial sum leaves it. Mapping choices: cluster
// split (instances at once, row folds × column folds) and loop order (which operand stays in the
// L2). Equations: docs/models/simulator.md, dataflows.
#include "core/sim/gemm_shape.h"
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"

namespace cdse {

OpCost output_stationary_cost(const GemmShape& shape, const HardwareView& hw);

}   // namespace cdse
