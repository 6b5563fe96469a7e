#include "core/search/algorithms/algorithm_factory.h"

#include "core/search/algorithms/algorithm_registry.h"

namespace cdse {

std::vector<std::string> search_algorithm_names()
{
  std::vector<std::string> names;
  for (const auto& entry : algorithm_registry())
    names.push_back(entry.name);
  return names;
}

std::unique_ptr<SearchAlgorithm> make_search_algorithm(const AlgorithmSettings& settings, const AlgorithmContext& context)
{
  const AlgorithmEntry& entry = require_algorithm(settings.name, "search.algorithm");
  return entry.make(context, settings.options_of(settings.name));
}

std::size_t preferred_batch_size(const AlgorithmSettings& settings, const AlgorithmContext& context)
{
  const AlgorithmEntry& entry = require_algorithm(settings.name, "search.algorithm");
  return entry.preferred_batch_size ? entry.preferred_batch_size(context, settings.options_of(settings.name)) : 0;
}

void require_known_algorithm(const std::string& name, const std::string& where) { (void)require_algorithm(name, where); }

}   // namespace cdse
