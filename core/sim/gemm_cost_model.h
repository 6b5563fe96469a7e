#pragma once
// Analytic cost of one GEMM instance (m × k) · (k × n) on the weight-stationary PE arrays.
// See docs/models/simulator.md for the equations.
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"
#include "core/workload/operator.h"

namespace cdse {

// Baseline compute cycles of one cluster with unbounded bandwidth (the cycle-level systolic-array
// count): ceil(k/R)·ceil(n/C) folds of (2R + C + m − 2) cycles each.
double systolic_fold_cycles(double m, double k, double n, double rows, double cols);

// Best mapping over cluster split × loop order × M tile; latency first, energy second.
OpCost gemm_cost(const Operator& op, const HardwareView& hw);

}   // namespace cdse
