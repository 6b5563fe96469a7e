#include "search/algorithm_factory.h"

#include <algorithm>

#include "io/input_error.h"
#include "search/exhaustive_search.h"
#include "search/nsga2_search.h"
#include "search/random_search.h"
#include "search/sobol_search.h"

#if __has_include("search/bayesian_optimizer.h")
#include "search/bayesian_optimizer.h"
#define CARBONDSE_HAS_BAYESIAN_OPTIMIZER 1
#else
#define CARBONDSE_HAS_BAYESIAN_OPTIMIZER 0
#endif

namespace cdse {

std::vector<std::string> search_algorithm_names()
{
  std::vector<std::string> names{"exhaustive", "random", "sobol", "nsga2"};
  if (CARBONDSE_HAS_BAYESIAN_OPTIMIZER)
    names.push_back("bo");
  return names;
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
#if CARBONDSE_HAS_BAYESIAN_OPTIMIZER
  if (settings.name == "bo")
    return make_bayesian_optimizer(context, settings.extra);
#endif
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
