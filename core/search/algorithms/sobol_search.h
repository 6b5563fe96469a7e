#pragma once
// Quasi-random sampling: Sobol points (digitally shifted by the seed) mapped to knob indices
// (index = ⌊u · size⌋). Points that map to an already proposed genome are skipped, which happens
// often when knobs have few values.
#include <string>

#include "core/search/algorithms/algorithm_entry.h"
#include "core/search/algorithms/sampled_search.h"
#include "core/search/algorithms/sobol_sequence.h"

namespace cdse {

class SobolSearch final : public SampledSearch {
public:
  // Throws InputError("algorithm", ...) for more knobs than the direction-number table covers.
  explicit SobolSearch(const AlgorithmContext& context);
  std::string name() const override { return "sobol"; }

private:
  void draw(Genome& genome) override;
  SobolSequence sequence_;
};

// The registry entry (algorithm_registry.cpp).
AlgorithmEntry sobol_algorithm_entry();

}   // namespace cdse
