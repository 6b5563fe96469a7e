#include "core/search/algorithms/random_search.h"

namespace cdse {

namespace {
// Repeats are rare while the space is far from used up; this many in a row means it nearly is.
constexpr int k_max_misses = 10000;
} // namespace

RandomSearch::RandomSearch(const AlgorithmContext& context)
    : SampledSearch(context.knob_sizes, k_max_misses), rng_(context.seed)
{
}

void RandomSearch::draw(Genome& genome)
{
  for (std::size_t k = 0; k < sizes().size(); ++k)
    genome[k] = rng_.index(sizes()[k]);
}

AlgorithmEntry random_algorithm_entry()
{
  AlgorithmEntry e;
  e.name = "random";
  e.title = CDSE_TR_NOOP("SearchAlgorithm", "Random sampling");
  e.description =
      CDSE_TR_NOOP("SearchAlgorithm", "Uniform random designs, never the same one twice; the baseline to beat.");
  e.parse_options = parse_no_options;
  e.make = [](const AlgorithmContext& context, const nlohmann::json& options) -> std::unique_ptr<SearchAlgorithm> {
    parse_no_options(options, "search.options");
    return std::make_unique<RandomSearch>(context);
  };
  return e;
}

} // namespace cdse
