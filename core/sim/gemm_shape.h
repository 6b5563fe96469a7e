#pragma once
// A GEMM instance as a PE array sees it: m rows streamed through a stationary k × n operand, and
// what the operands cost in DRAM and GLB capacity whichever way they are mapped. Input stationary
// is weight stationary on the transposed product Cᵀ = Bᵀ·Aᵀ (docs/models/simulator.md, dataflows):
// transposed() exchanges m and n and leaves the DRAM and activation footprints as they were.
#include <algorithm>
#include <cstdint>

#include "core/workload/operator.h"

namespace cdse {

struct GemmShape {
  double m = 0, k = 0, n = 0;
  double weight_words = 0;       // read from DRAM once per inference: B when it is weights
  double activation_words = 0;   // A, the output and B when it is an activation (GLB capacity)
  double instances = 1;          // independent instances that may run at once (heads)

  static GemmShape of(const Operator& op)
  {
    GemmShape s;
    s.m = static_cast<double>(op.m);
    s.k = static_cast<double>(op.k);
    s.n = static_cast<double>(op.n);
    const bool weights = op.b_source == OperandSource::Weights;
    s.weight_words = weights ? s.k * s.n : 0.0;
    s.activation_words = s.m * s.k + s.m * s.n + (weights ? 0.0 : s.k * s.n);
    s.instances = static_cast<double>(std::max<std::int64_t>(1, op.parallel_instances));
    return s;
  }

  GemmShape transposed() const
  {
    GemmShape t = *this;
    std::swap(t.m, t.n);
    return t;
  }
};

}   // namespace cdse
