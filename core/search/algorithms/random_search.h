#pragma once
// Uniform random sampling of knob indices, seeded, never proposing the same genome twice.
#include <string>

#include "core/search/algorithms/algorithm_entry.h"
#include "core/search/algorithms/random_source.h"
#include "core/search/algorithms/sampled_search.h"

namespace cdse {

class RandomSearch final : public SampledSearch {
public:
  explicit RandomSearch(const AlgorithmContext& context);
  std::string name() const override { return "random"; }

private:
  void draw(Genome& genome) override;
  RandomSource rng_;
};

// The registry entry (algorithm_registry.cpp).
AlgorithmEntry random_algorithm_entry();

}   // namespace cdse
