#pragma once
// Shared loop of the sampling algorithms (random, Sobol): draw genomes one at a time, skip the
// ones already proposed, and call the space exhausted when every design was proposed or when the
// draws keep repeating (near the end of a small space) rather than loop forever.
#include <string>
#include <unordered_set>
#include <vector>

#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

class SampledSearch : public SearchAlgorithm {
public:
  std::vector<Genome> ask(std::size_t max_count) final;
  void tell(const std::vector<EvaluatedGenome>&) final {}
  bool exhausted() const final { return exhausted_; }

protected:
  // `max_misses`: consecutive repeated draws after which the space counts as used up.
  SampledSearch(std::vector<int> knob_sizes, int max_misses);
  const std::vector<int>& sizes() const { return sizes_; }
  // Fills `genome` (already sized to the knob count) with the next draw.
  virtual void draw(Genome& genome) = 0;

private:
  std::vector<int> sizes_;
  double cardinality_ = 1;
  int max_misses_;
  std::unordered_set<std::string> proposed_;
  bool exhausted_ = false;
};

}   // namespace cdse
