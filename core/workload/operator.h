#pragma once
// One operator of a workload. GEMMs are (m × k) · (k × n); vector ops work on `elements` values in
// rows of `row_length` (softmax / layer norm reduce along a row). `count` is how many times the op
// runs per inference (layers × heads, ...), `parallel_instances` how many of those may run at once.
#include <cstdint>
#include <string>
#include <string_view>

namespace cdse {

enum class OpKind {
  Gemm,        // matrix multiply on the tensor cores
  LayerNorm,   // vector: mean/variance/normalise along rows
  Softmax,     // vector: exp + row reductions + one reciprocal per row, a multiply per element
  Gelu,        // vector: element-wise activation
  Silu,        // vector: element-wise activation (Llama)
  Add,         // vector: residual add / bias
  Mul,         // vector: element-wise multiply (gated FFN)
};

std::string_view to_string(OpKind kind);
// Parses "gemm", "layernorm", "softmax", "gelu", "silu", "add", "mul"; nullopt-like: returns false.
bool parse_op_kind(std::string_view text, OpKind& out);
inline bool is_gemm(OpKind kind) { return kind == OpKind::Gemm; }

// What the B operand of a GEMM is: a weight matrix streamed from DRAM once per inference, or an
// activation produced on chip (Q·Kᵀ, P·V).
enum class OperandSource { Weights, Activations };

// The fields the simulator reads for every op come first and fill one 64-byte cache line (the
// names are needed only for reports): a search simulates thousands of cached workloads, and with
// the shape spread over two lines the simulator's loop took twice the L1 data-cache misses.
struct alignas(64) Operator {
  OpKind kind = OpKind::Gemm;
  OperandSource b_source = OperandSource::Weights;
  std::int64_t m = 0, k = 0, n = 0;   // GEMM shape
  std::int64_t elements = 0;          // vector ops: values processed per instance
  std::int64_t row_length = 0;        // vector ops with a reduction: row length
  std::int64_t count = 1;             // instances per inference
  // How many consecutive instances are independent of each other and may run at the same time
  // (the heads of one layer); `count` is a multiple of it. 1: the instances run one after another.
  std::int64_t parallel_instances = 1;
  std::string name;    // e.g. "vision.layer.q_proj"
  std::string group;   // breakdown group, e.g. "vision.layers", "vision.embed", "text.head"

  std::int64_t macs_per_instance() const { return kind == OpKind::Gemm ? m * k * n : 0; }
  double total_macs() const { return static_cast<double>(macs_per_instance()) * static_cast<double>(count); }
};

}   // namespace cdse
