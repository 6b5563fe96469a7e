#include "core/search/algorithms/listed_search.h"

#include <algorithm>

namespace cdse {

std::vector<Genome> ListedSearch::ask(std::size_t max_count)
{
  const std::size_t end = std::min(genomes_.size(), next_ + max_count);
  std::vector<Genome> batch(genomes_.begin() + static_cast<std::ptrdiff_t>(next_),
                            genomes_.begin() + static_cast<std::ptrdiff_t>(end));
  next_ = end;
  return batch;
}

AlgorithmEntry exact_algorithm_entry()
{
  AlgorithmEntry e = entry_without_options<ListedSearch>(
      "exact", CDSE_TR_NOOP("SearchAlgorithm", "Exact"),
      CDSE_TR_NOOP("SearchAlgorithm",
                   "The whole space solved exactly, every design accounted for; the front stays exact when the "
                   "carbon sliders move. Needs the built-in accuracy estimate."));
  e.exact_solver = true;
  e.preferred_batch_size = [](const AlgorithmContext&, const nlohmann::json&) -> std::size_t { return 256; };
  return e;
}

}   // namespace cdse
