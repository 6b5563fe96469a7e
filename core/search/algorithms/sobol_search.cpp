#include "core/search/algorithms/sobol_search.h"

#include <algorithm>

#include "core/io/input_error.h"

namespace cdse {

namespace {

int checked_dimensions(const AlgorithmContext& context)
{
  const auto n = static_cast<int>(context.knob_sizes.size());
  if (n > SobolSequence::k_max_dimensions)
    throw InputError("algorithm", "sobol sampling supports at most " + std::to_string(SobolSequence::k_max_dimensions) +
                                      " knobs, the space has " + std::to_string(n));
  return std::max(n, 1);
}

}   // namespace

// Few-valued knobs make Sobol points collide often, so allow more repeats than random sampling.
constexpr int k_max_misses = 100000;

SobolSearch::SobolSearch(const AlgorithmContext& context)
    : SampledSearch(context.knob_sizes, k_max_misses), sequence_(checked_dimensions(context), context.seed)
{}

void SobolSearch::draw(Genome& genome)
{
  const auto u = sequence_.next();
  for (std::size_t k = 0; k < sizes().size(); ++k)
    genome[k] = std::min(sizes()[k] - 1, static_cast<int>(u[k] * sizes()[k]));
}

AlgorithmEntry sobol_algorithm_entry()
{
  return entry_without_options<SobolSearch>(
      "sobol", CDSE_TR_NOOP("SearchAlgorithm", "Sobol sampling"),
      CDSE_TR_NOOP("SearchAlgorithm", "Quasi-random designs that cover the space more evenly than random ones."));
}

}   // namespace cdse
