#pragma once
// What the simulator tests build: one GEMM, a workload of one op, and an accelerator whose buffers
// and bandwidths never bind, so that its cycles are compute cycles.
#include <cstdint>

#include "core/hardware/accelerator_config.h"
#include "core/workload/operator.h"
#include "core/workload/workload.h"

namespace cdse::test {

inline Operator gemm(std::int64_t m, std::int64_t k, std::int64_t n, OperandSource b = OperandSource::Weights)
{
  Operator op;
  op.name = "g";
  op.group = "g";
  op.kind = OpKind::Gemm;
  op.m = m;
  op.k = k;
  op.n = n;
  op.b_source = b;
  return op;
}

inline Workload single(const Operator& op)
{
  Workload w;
  w.ops.push_back(op);
  return w;
}

inline AcceleratorConfig unbounded(int clusters, int width, int depth)
{
  AcceleratorConfig a;
  a.clusters = clusters;
  a.pe_width = width;
  a.pe_depth = depth;
  a.l2_kb = 64 * 1024;   // 64 MB: nothing spills
  a.glb_mb = 1024;
  a.l2_bw_words = 1e6;
  a.glb_bw_words = 1e6;
  a.dram_bw_words = 1e6;
  return a;
}

}   // namespace cdse::test
