#include "core/search/algorithms/random_search.h"

namespace cdse {

namespace {
// Repeats are rare while the space is far from used up; this many in a row means it nearly is.
constexpr int k_max_misses = 10000;
}   // namespace

RandomSearch::RandomSearch(const AlgorithmContext& context)
    : SampledSearch(context.knob_sizes, k_max_misses), rng_(context.seed)
{}

void RandomSearch::draw(Genome& genome)
{
  for (std::size_t k = 0; k < sizes().size(); ++k)
    genome[k] = rng_.index(sizes()[k]);
}

AlgorithmEntry random_algorithm_entry()
{
  return entry_without_options<RandomSearch>(
      "random", CDSE_TR_NOOP("SearchAlgorithm", "Random sampling"),
      CDSE_TR_NOOP("SearchAlgorithm", "Uniform random designs, never the same one twice; the baseline to beat."));
}

}   // namespace cdse
