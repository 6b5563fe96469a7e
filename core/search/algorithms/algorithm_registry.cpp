#include "core/search/algorithms/algorithm_registry.h"

#include "core/io/input_error.h"
#include "core/search/algorithms/bayes/bayesian_optimizer.h"
#include "core/search/algorithms/exhaustive_search.h"
#include "core/search/algorithms/listed_search.h"
#include "core/search/algorithms/nsga2_search.h"
#include "core/search/algorithms/random_search.h"
#include "core/search/algorithms/sobol_search.h"

namespace cdse {

const std::vector<AlgorithmEntry>& algorithm_registry()
{
  static const std::vector<AlgorithmEntry> entries = {
      exhaustive_algorithm_entry(), random_algorithm_entry(),   sobol_algorithm_entry(),
      nsga2_algorithm_entry(),      bayesian_algorithm_entry(), exact_algorithm_entry(),
  };
  return entries;
}

const AlgorithmEntry* find_algorithm(std::string_view name)
{
  for (const auto& entry : algorithm_registry())
    if (entry.name == name)
      return &entry;
  return nullptr;
}

const AlgorithmEntry& require_algorithm(const std::string& name, const std::string& where)
{
  if (const AlgorithmEntry* entry = find_algorithm(name))
    return *entry;
  std::string known;
  for (const auto& entry : algorithm_registry())
    known += (known.empty() ? "" : ", ") + entry.name;
  throw InputError(where, "unknown algorithm \"" + name + "\" (available: " + known + ")");
}

}   // namespace cdse
