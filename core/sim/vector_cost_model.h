#pragma once
// Analytic cost of one vector-op instance (softmax, layer norm, GELU, SiLU, add, multiply) on the
// vector lanes (pe_width lanes per cluster). Per-element cycle costs come from
// resources/data/vector_ops.json (composed from the reference framework's primitive costs); GELU's
// depend on the accelerator's implementation (erf, tanh or a lookup table, HardwareView::gelu).
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"
#include "core/workload/operator.h"

namespace cdse {

struct VectorOpCycles {
  double per_element = 1;   // lane cycles per element
  double reductions = 0;    // row reductions (each a log2 tree across the lanes holding a row)
  double per_row = 0;       // scalar work per row (square root, reciprocal)
};

// Throws std::logic_error for a GEMM. `gelu` selects GELU's entry and is ignored for other kinds.
const VectorOpCycles& vector_op_cycles(OpKind kind, GeluImplementation gelu);
OpCost vector_cost(const Operator& op, const HardwareView& hw);

}   // namespace cdse
