#include "core/search/algorithms/bayes/bayesian_candidate_pool.h"

#include <algorithm>

#include "core/search/genome/genome_counter.h"
#include "core/search/genome/genome_key.h"

namespace cdse {

BayesianCandidatePool::BayesianCandidatePool(std::vector<int> knob_sizes, std::vector<bool> categorical)
    : sizes_(std::move(knob_sizes)), categorical_(std::move(categorical))
{
  categorical_.resize(sizes_.size(), false);
  for (std::size_t k = 0; k < sizes_.size(); ++k) {
    cardinality_ *= sizes_[k];
    if (sizes_[k] > 1)
      varying_.push_back(k);
  }
}

std::vector<Genome> BayesianCandidatePool::enumerate(const std::unordered_set<std::string>& taken) const
{
  std::vector<Genome> out;
  Genome g(sizes_.size(), 0);
  do {
    if (!taken.contains(genome_key(g)))
      out.push_back(g);
  } while (next_genome(g, sizes_));
  return out;
}

Genome BayesianCandidatePool::random_genome(RandomSource& rng) const
{
  Genome g(sizes_.size());
  for (std::size_t k = 0; k < sizes_.size(); ++k)
    g[k] = rng.index(sizes_[k]);
  return g;
}

Genome BayesianCandidatePool::mutate(const Genome& parent, RandomSource& rng) const
{
  Genome g = parent;
  if (varying_.empty())
    return g;
  const int changes = 1 + static_cast<int>(rng.below(3));
  for (int c = 0; c < changes; ++c) {
    const std::size_t k = varying_[rng.below(varying_.size())];
    const int size = sizes_[k];
    if (categorical_[k] || rng.chance(0.2)) {
      g[k] = rng.index(size);   // a jump (or a new category)
    } else {
      const int step = rng.chance(0.75) ? 1 : 2;
      const int moved = g[k] + (rng.chance(0.5) ? step : -step);
      g[k] = std::clamp(moved, 0, size - 1);
    }
  }
  return g;
}

std::vector<Genome> BayesianCandidatePool::build(const std::unordered_set<std::string>& taken,
                                                 const std::vector<Genome>& parents, std::size_t size,
                                                 RandomSource& rng) const
{
  if (cardinality_ <= static_cast<double>(size))
    return enumerate(taken);
  std::vector<Genome> out;
  out.reserve(size);
  std::unordered_set<std::string> seen;
  auto offer = [&](Genome g) {
    std::string key = genome_key(g);
    if (taken.contains(key) || !seen.insert(std::move(key)).second)
      return;
    out.push_back(std::move(g));
  };
  // Half local (when there is a front to refine), half global; a bounded number of attempts so a
  // nearly exhausted neighbourhood cannot loop for ever.
  const std::size_t local = parents.empty() ? 0 : size / 2;
  for (std::size_t attempt = 0; out.size() < local && attempt < 8 * local; ++attempt)
    offer(mutate(parents[attempt % parents.size()], rng));
  for (std::size_t attempt = 0; out.size() < size && attempt < 8 * size; ++attempt)
    offer(random_genome(rng));
  return out;
}

}   // namespace cdse
