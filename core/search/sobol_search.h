#pragma once
// Quasi-random sampling: Sobol points (digitally shifted by the seed) mapped to knob indices
// (index = ⌊u · size⌋). Points that map to an already proposed genome are skipped, which happens
// often when knobs have few values.
#include <string>
#include <unordered_set>

#include "search/search_algorithm.h"
#include "search/sobol_sequence.h"

namespace cdse {

class SobolSearch final : public SearchAlgorithm {
public:
  // Throws InputError("algorithm", ...) for more knobs than the direction-number table covers.
  explicit SobolSearch(const AlgorithmContext& context);

  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>&) override {}
  bool exhausted() const override { return exhausted_; }
  std::string name() const override { return "sobol"; }

private:
  std::vector<int> sizes_;
  double cardinality_ = 1;
  SobolSequence sequence_;
  std::unordered_set<std::string> proposed_;
  bool exhausted_ = false;
};

} // namespace cdse
