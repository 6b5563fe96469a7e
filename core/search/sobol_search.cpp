#include "search/sobol_search.h"

#include <algorithm>

#include "io/input_error.h"
#include "search/genome_key.h"

namespace cdse {

namespace {

int checked_dimensions(const AlgorithmContext& context)
{
  const auto n = static_cast<int>(context.knob_sizes.size());
  if (n > SobolSequence::k_max_dimensions)
    throw InputError("algorithm", "sobol sampling supports at most " +
                                      std::to_string(SobolSequence::k_max_dimensions) + " knobs, the space has " +
                                      std::to_string(n));
  return std::max(n, 1);
}

} // namespace

SobolSearch::SobolSearch(const AlgorithmContext& context)
    : sizes_(context.knob_sizes), sequence_(checked_dimensions(context), context.seed)
{
  for (int size : sizes_)
    cardinality_ *= size;
}

std::vector<Genome> SobolSearch::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  Genome genome(sizes_.size());
  int misses = 0;
  while (!exhausted_ && batch.size() < max_count) {
    if (static_cast<double>(proposed_.size()) >= cardinality_) {
      exhausted_ = true;
      break;
    }
    const auto u = sequence_.next();
    for (std::size_t k = 0; k < sizes_.size(); ++k)
      genome[k] = std::min(sizes_[k] - 1, static_cast<int>(u[k] * sizes_[k]));
    if (!proposed_.insert(genome_key(genome)).second) {
      if (++misses > 100000)
        exhausted_ = true;
      continue;
    }
    misses = 0;
    batch.push_back(genome);
  }
  return batch;
}

} // namespace cdse
