#pragma once
// Every genome of the space, once, in mixed-radix order (the first knob is the most significant
// digit). Refuses spaces larger than a limit, since enumerating 10^9 designs is never what a user
// means.
#include <cstdint>

#include "core/search/algorithms/algorithm_entry.h"

namespace cdse {

class ExhaustiveSearch final : public SearchAlgorithm {
public:
  static constexpr double k_default_limit = 2.0e6;

  // Throws InputError("algorithm", ...) when the space holds more than `limit` designs.
  explicit ExhaustiveSearch(const AlgorithmContext& context, double limit = k_default_limit);

  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>&) override {}
  bool exhausted() const override { return done_; }
  std::string name() const override { return "exhaustive"; }

  std::int64_t cardinality() const { return cardinality_; }

private:
  std::vector<int> sizes_;
  Genome next_;
  std::int64_t cardinality_ = 1;
  bool done_ = false;
};

// The registry entry (algorithm_registry.cpp).
AlgorithmEntry exhaustive_algorithm_entry();

}   // namespace cdse
