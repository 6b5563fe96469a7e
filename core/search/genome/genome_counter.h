#pragma once
// The genomes of a space in mixed-radix order: knob 0 is the most significant digit, the last knob
// changes fastest. One counter for every place that enumerates a space (exhaustive search, the
// Bayesian optimiser's candidate pool, test oracles), so they all agree on the order.
#include <vector>

#include "core/search/genome/genome.h"

namespace cdse {

// Steps `genome` (one valid index per knob of `knob_sizes`) to the next genome. Returns false,
// leaving every index at 0, when `genome` was the last one (or the space has no knobs).
bool next_genome(Genome& genome, const std::vector<int>& knob_sizes);

}   // namespace cdse
