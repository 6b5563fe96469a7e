#include "core/sim/gemm_cost_model.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "core/sim/fold_schedule.h"
#include "core/sim/gemm_shape.h"
#include "core/sim/output_stationary_cost.h"
#include "core/sim/weight_stationary_cost.h"

namespace cdse {
namespace {

// Input stationary is weight stationary on Cᵀ = Bᵀ·Aᵀ: the array holds a k × m tile of Aᵀ and the
// n columns of B stream through it. The mapping found there is reported in the GEMM's own terms.
OpCost input_stationary_cost(const GemmShape& shape, const HardwareView& hw)
{
  OpCost cost = weight_stationary_cost(shape.transposed(), hw);
  std::swap(cost.split_n, cost.split_m);
  cost.dataflow = Dataflow::InputStationary;
  return cost;
}

// Latency decides (to a relative 1e-12, as within one dataflow's mappings), dynamic energy breaks ties.
bool better(const OpCost& a, const OpCost& b)
{
  if (a.cycles < b.cycles * (1.0 - 1e-12))
    return true;
  if (a.cycles > b.cycles * (1.0 + 1e-12))
    return false;
  return a.energy.dynamic_j() < b.energy.dynamic_j();
}

}   // namespace

double systolic_fold_cycles(Dataflow dataflow, double m, double k, double n, double rows, double cols)
{
  double sr = k, sc = n, t = m;   // weight stationary
  switch (dataflow) {
    case Dataflow::WeightStationary: break;
    case Dataflow::OutputStationary: sr = m, sc = n, t = k; break;
    case Dataflow::InputStationary: sr = k, sc = m, t = n; break;
    case Dataflow::Best: throw std::invalid_argument("systolic_fold_cycles: SCALE-Sim has no 'best' dataflow");
  }
  return ceil_div(sr, rows) * ceil_div(sc, cols) * (2.0 * rows + cols + t - 2.0);
}

double systolic_fold_cycles(double m, double k, double n, double rows, double cols)
{
  return systolic_fold_cycles(Dataflow::WeightStationary, m, k, n, rows, cols);
}

OpCost gemm_cost(const Operator& op, const HardwareView& hw)
{
  const GemmShape shape = GemmShape::of(op);
  switch (hw.dataflow) {
    case Dataflow::WeightStationary: return weight_stationary_cost(shape, hw);
    case Dataflow::OutputStationary: return output_stationary_cost(shape, hw);
    case Dataflow::InputStationary: return input_stationary_cost(shape, hw);
    case Dataflow::Best: break;
  }
  OpCost best = weight_stationary_cost(shape, hw);
  for (OpCost other : {output_stationary_cost(shape, hw), input_stationary_cost(shape, hw)})
    if (better(other, best))
      best = other;
  return best;
}

}   // namespace cdse
