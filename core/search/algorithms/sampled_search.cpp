#include "core/search/algorithms/sampled_search.h"

#include "core/search/genome/genome_key.h"

namespace cdse {

SampledSearch::SampledSearch(std::vector<int> knob_sizes, int max_misses)
    : sizes_(std::move(knob_sizes)), max_misses_(max_misses)
{
  for (int size : sizes_)
    cardinality_ *= size;
}

std::vector<Genome> SampledSearch::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  Genome genome(sizes_.size());
  int misses = 0;
  while (!exhausted_ && batch.size() < max_count) {
    if (static_cast<double>(proposed_.size()) >= cardinality_) {
      exhausted_ = true;
      break;
    }
    draw(genome);
    if (!proposed_.insert(genome_key(genome)).second) {
      if (++misses > max_misses_)
        exhausted_ = true;
      continue;
    }
    misses = 0;
    batch.push_back(genome);
  }
  return batch;
}

}   // namespace cdse
