#pragma once
// Creates a search algorithm by name.
#include <memory>
#include <string>
#include <vector>

#include "core/search/algorithms/algorithm_settings.h"
#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

// Throws InputError("search.algorithm", ...) for an unknown or unavailable name, and whatever
// the algorithm's constructor throws for a space it cannot handle.
std::unique_ptr<SearchAlgorithm> make_search_algorithm(const AlgorithmSettings& settings,
                                                       const AlgorithmContext& context);
// Names accepted by make_search_algorithm in this build.
std::vector<std::string> search_algorithm_names();
// Throws InputError(where, ...) listing the available names when `name` is not one of them.
void require_known_algorithm(const std::string& name, const std::string& where);

} // namespace cdse
