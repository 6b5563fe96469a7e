#include "core/search/algorithms/sobol_sequence.h"

#include <stdexcept>

#include "core/search/algorithms/random_source.h"

namespace cdse {

namespace {

struct DirectionRow {
  int degree;              // s: degree of the primitive polynomial
  unsigned coefficients;   // a: its inner coefficients as bits
  std::uint32_t m[7];      // initial direction numbers m_1..m_s
};

// S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better two-dimensional projections",
// SIAM J. Sci. Comput. 30 (2008) 2635–2654; table new-joe-kuo-6.21201, dimensions 2–37.
constexpr DirectionRow k_rows[] = {
    {1, 0, {1}},
    {2, 1, {1, 3}},
    {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}},
    {4, 1, {1, 1, 3, 3}},
    {4, 4, {1, 3, 5, 13}},
    {5, 2, {1, 1, 5, 5, 17}},
    {5, 4, {1, 1, 5, 5, 5}},
    {5, 7, {1, 1, 7, 11, 19}},
    {5, 11, {1, 1, 5, 1, 1}},
    {5, 13, {1, 1, 1, 3, 11}},
    {5, 14, {1, 3, 5, 5, 31}},
    {6, 1, {1, 3, 3, 9, 7, 49}},
    {6, 13, {1, 1, 1, 15, 21, 21}},
    {6, 16, {1, 3, 1, 13, 27, 49}},
    {6, 19, {1, 1, 1, 15, 7, 5}},
    {6, 22, {1, 3, 1, 15, 13, 25}},
    {6, 25, {1, 1, 5, 5, 19, 61}},
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},
    {7, 7, {1, 1, 3, 13, 7, 35, 63}},
    {7, 8, {1, 3, 5, 9, 1, 25, 53}},
    {7, 14, {1, 3, 1, 13, 9, 35, 107}},
    {7, 19, {1, 3, 1, 5, 27, 61, 31}},
    {7, 21, {1, 1, 5, 11, 19, 41, 61}},
    {7, 28, {1, 3, 5, 3, 3, 13, 69}},
    {7, 31, {1, 1, 7, 13, 1, 19, 1}},
    {7, 32, {1, 3, 7, 5, 13, 19, 59}},
    {7, 37, {1, 1, 3, 9, 25, 29, 41}},
    {7, 41, {1, 3, 5, 13, 23, 1, 55}},
    {7, 42, {1, 3, 7, 3, 13, 59, 17}},
    {7, 50, {1, 3, 1, 3, 5, 53, 69}},
    {7, 55, {1, 1, 5, 5, 23, 33, 13}},
    {7, 56, {1, 1, 7, 7, 1, 61, 123}},
    {7, 59, {1, 1, 7, 9, 13, 61, 49}},
    {7, 62, {1, 3, 3, 5, 3, 55, 33}},
};
static_assert(sizeof(k_rows) / sizeof(k_rows[0]) == SobolSequence::k_max_dimensions - 1);

constexpr int k_bits = 32;

}   // namespace

SobolSequence::SobolSequence(int dimensions, std::uint64_t shift_seed)
    : dimensions_(dimensions), direction_(static_cast<std::size_t>(dimensions) * k_bits, 0),
      state_(static_cast<std::size_t>(dimensions), 0), shift_(static_cast<std::size_t>(dimensions), 0)
{
  if (dimensions < 1 || dimensions > k_max_dimensions)
    throw std::invalid_argument("SobolSequence: dimensions must be in [1, 37], got " + std::to_string(dimensions));
  for (int d = 0; d < dimensions; ++d) {
    std::uint32_t* v = &direction_[static_cast<std::size_t>(d) * k_bits];   // v[i] is V_{i+1}
    if (d == 0) {
      for (int i = 0; i < k_bits; ++i)
        v[i] = std::uint32_t{1} << (k_bits - 1 - i);
      continue;
    }
    const DirectionRow& row = k_rows[d - 1];
    const int s = row.degree;
    for (int i = 0; i < k_bits; ++i) {
      if (i < s) {
        v[i] = row.m[i] << (k_bits - 1 - i);
        continue;
      }
      std::uint32_t value = v[i - s] ^ (v[i - s] >> s);
      for (int k = 1; k < s; ++k)
        if ((row.coefficients >> (s - 1 - k)) & 1u)
          value ^= v[i - k];
      v[i] = value;
    }
  }
  if (shift_seed != 0) {
    RandomSource rng(shift_seed);
    for (auto& word : shift_)
      word = static_cast<std::uint32_t>(rng.next() >> 32);
  }
}

std::vector<double> SobolSequence::next()
{
  if (index_ > 0) {
    // Gray code: point n differs from point n−1 by the direction of the lowest zero bit of n−1.
    std::uint64_t n = index_ - 1;
    int c = 0;
    while (n & 1u) {
      n >>= 1;
      ++c;
    }
    if (c >= k_bits)
      throw std::out_of_range("SobolSequence: more than 2^32 points requested");
    for (int d = 0; d < dimensions_; ++d)
      state_[static_cast<std::size_t>(d)] ^=
          direction_[static_cast<std::size_t>(d) * k_bits + static_cast<std::size_t>(c)];
  }
  ++index_;
  std::vector<double> point(static_cast<std::size_t>(dimensions_));
  for (std::size_t d = 0; d < point.size(); ++d)
    point[d] = static_cast<double>(state_[d] ^ shift_[d]) * 0x1.0p-32;
  return point;
}

}   // namespace cdse
