#pragma once
// The Sobol low-discrepancy sequence (Gray-code construction, Antonov & Saleev 1979) with the
// direction numbers of Joe & Kuo (2008, "new-joe-kuo-6.21201"), up to 37 dimensions, 32-bit
// resolution. An optional random digital shift (XOR of each coordinate with a seeded 32-bit word)
// randomises the sequence while keeping its net structure.
#include <cstdint>
#include <vector>

namespace cdse {

class SobolSequence {
public:
  static constexpr int k_max_dimensions = 37;

  // Throws std::invalid_argument when dimensions is outside [1, k_max_dimensions].
  explicit SobolSequence(int dimensions, std::uint64_t shift_seed = 0);

  int dimensions() const { return dimensions_; }
  // Next point in [0, 1)^d; the first point of an unshifted sequence is the origin.
  std::vector<double> next();
  std::uint64_t points_generated() const { return index_; }

private:
  int dimensions_;
  std::uint64_t index_ = 0;
  std::vector<std::uint32_t> direction_;   // dimensions × 32, row-major
  std::vector<std::uint32_t> state_;       // current point before the shift
  std::vector<std::uint32_t> shift_;
};

}   // namespace cdse
