#include "core/workload/operator.h"

#include <array>
#include <utility>

namespace cdse {
namespace {
constexpr std::array<std::pair<OpKind, std::string_view>, 7> k_names = {{
    {OpKind::Gemm, "gemm"},
    {OpKind::LayerNorm, "layernorm"},
    {OpKind::Softmax, "softmax"},
    {OpKind::Gelu, "gelu"},
    {OpKind::Silu, "silu"},
    {OpKind::Add, "add"},
    {OpKind::Mul, "mul"},
}};
}   // namespace

std::string_view to_string(OpKind kind)
{
  for (const auto& [k, name] : k_names)
    if (k == kind)
      return name;
  return "unknown";
}

bool parse_op_kind(std::string_view text, OpKind& out)
{
  for (const auto& [k, name] : k_names) {
    if (name == text) {
      out = k;
      return true;
    }
  }
  return false;
}

}   // namespace cdse
