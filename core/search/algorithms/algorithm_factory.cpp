#include "core/search/algorithms/algorithm_factory.h"

#include <algorithm>

#include "core/io/input_error.h"
#include "core/search/algorithms/exhaustive_search.h"
#include "core/search/algorithms/nsga2_search.h"
#include "core/search/algorithms/random_search.h"
#include "core/search/algorithms/sobol_search.h"
#include "core/search/algorithms/bayes/bayesian_optimizer.h"

namespace cdse {

std::vector<std::string> search_algorithm_names()
{
  return {"exhaustive", "random", "sobol", "nsga2", "bo"};
}

std::unique_ptr<SearchAlgorithm> make_search_algorithm(const AlgorithmSettings& settings,
                                                       const AlgorithmContext& context)
{
  if (settings.name == "exhaustive")
    return std::make_unique<ExhaustiveSearch>(context, settings.exhaustive_limit);
  if (settings.name == "random")
    return std::make_unique<RandomSearch>(context);
  if (settings.name == "sobol")
    return std::make_unique<SobolSearch>(context);
  if (settings.name == "nsga2")
    return std::make_unique<Nsga2Search>(context, settings.nsga2);
  if (settings.name == "bo")
    return make_bayesian_optimizer(context, settings.extra);
  require_known_algorithm(settings.name, "search.algorithm");
  throw InputError("search.algorithm", "algorithm \"" + settings.name + "\" is not built in");
}

void require_known_algorithm(const std::string& name, const std::string& where)
{
  const auto names = search_algorithm_names();
  if (std::find(names.begin(), names.end(), name) != names.end())
    return;
  std::string known;
  for (const auto& n : names)
    known += (known.empty() ? "" : ", ") + n;
  throw InputError(where, "unknown algorithm \"" + name + "\" (available: " + known + ")");
}

} // namespace cdse
