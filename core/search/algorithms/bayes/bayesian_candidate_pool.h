#pragma once
// The genomes the acquisition function is maximised over. Small spaces are enumerated whole (the
// maximisation is then exact); larger ones get uniform random genomes for exploration plus
// mutations of the current front members (1–3 knobs changed; ordinal knobs mostly step to a
// neighbour, categorical knobs resample) for local refinement. Never contains a genome in `taken`
// (already evaluated or pending) and never the same genome twice.
#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/search/algorithms/random_source.h"
#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

class BayesianCandidatePool {
public:
  BayesianCandidatePool(std::vector<int> knob_sizes, std::vector<bool> categorical);

  double cardinality() const { return cardinality_; }
  std::vector<Genome> build(const std::unordered_set<std::string>& taken, const std::vector<Genome>& parents,
                            std::size_t size, RandomSource& rng) const;

private:
  std::vector<Genome> enumerate(const std::unordered_set<std::string>& taken) const;
  Genome random_genome(RandomSource& rng) const;
  Genome mutate(const Genome& parent, RandomSource& rng) const;

  std::vector<int> sizes_;
  std::vector<bool> categorical_;
  std::vector<std::size_t> varying_;   // knobs with more than one value
  double cardinality_ = 1;
};

}   // namespace cdse
