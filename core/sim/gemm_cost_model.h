#pragma once
// Analytic cost of one GEMM instance (m × k) · (k × n) on the PE arrays, in the accelerator's
// dataflow (core/hardware/dataflow.h; "best" takes the fastest of ws, os and is, then the least
// energy). See docs/models/simulator.md for the equations.
#include "core/hardware/dataflow.h"
#include "core/sim/hardware_view.h"
#include "core/sim/op_cost.h"
#include "core/workload/operator.h"

namespace cdse {

// SCALE-Sim's analytic compute cycles of one unbuffered R × C array with unbounded bandwidth
// (Samajdar et al., ISPASS 2020): ⌈Sr/R⌉·⌈Sc/C⌉ folds of 2R + C + T − 2 cycles, with
// (Sr, Sc, T) = (k, n, m) weight stationary, (m, n, k) output stationary, (k, m, n) input
// stationary. `dataflow` must not be Best.
double systolic_fold_cycles(Dataflow dataflow, double m, double k, double n, double rows, double cols);
// The weight-stationary count, ⌈k/R⌉·⌈n/C⌉·(2R + C + m − 2).
double systolic_fold_cycles(double m, double k, double n, double rows, double cols);

// Best mapping in the accelerator's dataflow: latency first, energy second.
OpCost gemm_cost(const Operator& op, const HardwareView& hw);

}   // namespace cdse
