#include "search/random_search.h"

#include "search/genome_key.h"

namespace cdse {

RandomSearch::RandomSearch(const AlgorithmContext& context) : sizes_(context.knob_sizes), rng_(context.seed)
{
  for (int size : sizes_)
    cardinality_ *= size;
}

std::vector<Genome> RandomSearch::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  Genome genome(sizes_.size());
  // Rejection of repeats stays cheap while the space is far from used up; near the end, give up
  // after many misses rather than loop forever.
  int misses = 0;
  while (!exhausted_ && batch.size() < max_count) {
    if (static_cast<double>(proposed_.size()) >= cardinality_) {
      exhausted_ = true;
      break;
    }
    for (std::size_t k = 0; k < sizes_.size(); ++k)
      genome[k] = rng_.index(sizes_[k]);
    if (!proposed_.insert(genome_key(genome)).second) {
      if (++misses > 10000)
        exhausted_ = true;
      continue;
    }
    misses = 0;
    batch.push_back(genome);
  }
  return batch;
}

} // namespace cdse
