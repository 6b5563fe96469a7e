#pragma once
// Seeded random numbers whose sequence is fixed by the C++ standard (std::mt19937_64 is specified
// bit for bit; the std distributions are not), so a seed gives the same search on every platform.
#include <cstdint>
#include <random>

namespace cdse {

class RandomSource {
public:
  explicit RandomSource(std::uint64_t seed) : engine_(seed ^ 0x9e3779b97f4a7c15ull) {}

  std::uint64_t next() { return engine_(); }
  // Uniform integer in [0, bound) without modulo bias (rejection of the incomplete last block).
  std::uint64_t below(std::uint64_t bound)
  {
    if (bound <= 1)
      return 0;
    const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % bound);
    std::uint64_t x;
    do
      x = engine_();
    while (x >= limit);
    return x % bound;
  }
  int index(int size) { return static_cast<int>(below(static_cast<std::uint64_t>(size))); }
  // Uniform double in [0, 1) from the top 53 bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool chance(double probability) { return uniform() < probability; }

private:
  std::mt19937_64 engine_;
};

}   // namespace cdse
