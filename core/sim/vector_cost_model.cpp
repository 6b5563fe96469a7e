#include "core/sim/vector_cost_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <stdexcept>

#include "core/io/resources.h"
#include "core/sim/count_division.h"

// Vector ops stream their inputs from the GLB through the vector core's L2 into the lanes and write
// their outputs back (ops are not fused, so every op pays its own traffic). Traffic therefore depends
// only on the op's size, never on the L2's size (in CATransformers it
// fell as the L2 shrank, a tiling artefact). Cycles are the
// larger of the lane work and the L2 / GLB bandwidth bounds.

namespace cdse {
namespace {

constexpr std::size_t k_gelu_implementations = 3;

// Per-OpKind costs (the GELU slot unused) and GELU's per implementation.
struct VectorCostTable {
  std::array<VectorOpCycles, 7> ops{};
  std::array<VectorOpCycles, k_gelu_implementations> gelu{};
};

VectorOpCycles read_entry(const json::Json& parent, const std::string& name, const std::string& parent_path)
{
  const json::Json& entry = json::require(parent, name, parent_path);
  const std::string path = parent_path + "." + name;
  VectorOpCycles c;
  c.per_element = json::get_number(entry, "per_element", path, 0.0, 1e4);
  c.reductions = json::get_number(entry, "reductions", path, 0.0, 100.0);
  c.per_row = json::get_number(entry, "per_row", path, 0.0, 1e6);
  return c;
}

VectorCostTable load_costs()
{
  const json::Json doc = embedded_json("data/vector_ops.json");
  const json::Json& ops = json::require(doc, "ops", "vector_ops.json");
  VectorCostTable table;
  for (OpKind kind : {OpKind::LayerNorm, OpKind::Softmax, OpKind::Silu, OpKind::Add, OpKind::Mul})
    table.ops[static_cast<std::size_t>(kind)] = read_entry(ops, std::string(to_string(kind)), "vector_ops.json.ops");
  const json::Json& gelu = json::require(doc, "gelu_implementations", "vector_ops.json");
  for (GeluImplementation g : {GeluImplementation::Erf, GeluImplementation::Tanh, GeluImplementation::Lut})
    table.gelu[static_cast<std::size_t>(g)] = read_entry(gelu, std::string(to_string(g)),
                                                         "vector_ops.json.gelu_implementations");
  return table;
}

// Operands read per element: binary element-wise ops read two inputs.
double inputs_per_element(OpKind kind) { return kind == OpKind::Add || kind == OpKind::Mul ? 2.0 : 1.0; }

}   // namespace

const VectorOpCycles& vector_op_cycles(OpKind kind, GeluImplementation gelu)
{
  static const VectorCostTable table = load_costs();
  if (kind == OpKind::Gemm)
    throw std::logic_error("vector_op_cycles: GEMMs run on the tensor cores");
  if (kind == OpKind::Gelu)
    return table.gelu[static_cast<std::size_t>(gelu)];
  return table.ops[static_cast<std::size_t>(kind)];
}

OpCost vector_cost(const Operator& op, const HardwareView& hw)
{
  const VectorOpCycles& c = vector_op_cycles(op.kind, hw.gelu);
  const double elements = static_cast<double>(op.elements);
  const double lanes = hw.lanes;
  double lane_cycles = ceil_div(elements, lanes) * c.per_element;
  double row_cycles = 0;
  if (op.row_length > 0 && (c.reductions > 0 || c.per_row > 0)) {
    const double row = static_cast<double>(op.row_length);
    const double rows = ceil_div(elements, row);
    const double rows_in_parallel = std::max(1.0, floor_div(lanes, row));
    const double tree = std::ceil(std::log2(std::max(2.0, std::min(row, lanes))));
    row_cycles = ceil_div(rows, rows_in_parallel) * (c.reductions * tree + c.per_row);
  }
  const double compute = lane_cycles + row_cycles;

  const double in_bytes = elements * inputs_per_element(op.kind) * hw.word_bytes;
  const double out_bytes = elements * hw.word_bytes;
  // L2: filled from the GLB and read by the lanes (inputs), written by the lanes and drained to the
  // GLB (outputs). L2 bandwidth is per cluster; all clusters' lanes share the work.
  const double l2_reads = in_bytes + out_bytes, l2_writes = in_bytes + out_bytes;
  const double l2_cycles = (l2_reads + l2_writes) / hw.word_bytes / (hw.l2_bw_words * hw.clusters);
  const double glb_cycles = (in_bytes + out_bytes) / hw.word_bytes / hw.glb_bw_words;

  OpCost cost;
  cost.compute_cycles = compute;
  SlowestLimit slowest{compute};
  slowest.offer(l2_cycles, Bound::L2Bandwidth);
  slowest.offer(glb_cycles, Bound::GlbBandwidth);
  cost.cycles = slowest.cycles;
  cost.bound = slowest.bound;
  const double lane_ops = elements * c.per_element +
                          row_cycles * std::min(lanes, static_cast<double>(std::max<std::int64_t>(op.row_length, 1)));
  cost.utilization = std::min(1.0, elements * c.per_element / (lanes * cost.cycles));
  cost.order = LoopOrder::Vector;
  cost.active_clusters = hw.clusters;
  EnergyBreakdown& e = cost.energy;
  // Lane energy: each busy lane-cycle is a MAC-unit operation with two register reads and a write;
  // split between MAC and register file for the breakdown.
  e.mac_j = lane_ops * hw.mac_j;
  e.rf_j = lane_ops * (hw.lane_op_j - hw.mac_j);
  // A lookup-table GELU also reads one word of the lane's table per element.
  if (op.kind == OpKind::Gelu)
    e.rf_j += elements * hw.gelu_lut_read_j;
  e.l2_j = l2_reads * hw.l2v_read_j_per_byte + l2_writes * hw.l2v_write_j_per_byte;
  e.glb_j = in_bytes * hw.glb_read_j_per_byte + out_bytes * hw.glb_write_j_per_byte;
  return cost;
}

}   // namespace cdse
