#pragma once
// Uniform random sampling of knob indices, seeded, never proposing the same genome twice.
#include <cstdint>
#include <string>
#include <unordered_set>

#include "search/random_source.h"
#include "search/search_algorithm.h"

namespace cdse {

class RandomSearch final : public SearchAlgorithm {
public:
  explicit RandomSearch(const AlgorithmContext& context);

  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>&) override {}
  bool exhausted() const override { return exhausted_; }
  std::string name() const override { return "random"; }

private:
  std::vector<int> sizes_;
  double cardinality_ = 1;
  RandomSource rng_;
  std::unordered_set<std::string> proposed_;
  bool exhausted_ = false;
};

} // namespace cdse
