#pragma once
// ⌈a/b⌉ and ⌊a/b⌋ of the counts the cost models divide (folds, tiles, rows, clusters): a ≥ 0, b > 0,
// the quotient below 2^63. Truncation gives the exact floor there, and a truncation plus a compare
// the exact ceiling, where std::floor and std::ceil (without SSE4.1's rounding instruction, which
// the x86-64 baseline lacks) run a general sequence for signs, infinities and NaN: the roundings
// were a fifth of the GEMM mapper's instructions.
#include <cstdint>

namespace cdse {

inline double floor_div(double a, double b) { return static_cast<double>(static_cast<std::int64_t>(a / b)); }

inline double ceil_div(double a, double b)
{
  const double q = a / b;
  const double t = static_cast<double>(static_cast<std::int64_t>(q));
  return t < q ? t + 1.0 : t;
}

}   // namespace cdse
