#pragma once
// Creates and names search algorithms through the registry (algorithm_registry.h).
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/search/algorithms/algorithm_settings.h"
#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

// Throws InputError("search.algorithm", ...) for an unknown name, and whatever the algorithm's
// options parser or constructor throws (bad options, a space it cannot handle).
std::unique_ptr<SearchAlgorithm> make_search_algorithm(const AlgorithmSettings& settings,
                                                       const AlgorithmContext& context);
// Designs per ask the chosen algorithm prefers; 0 when it has no preference.
std::size_t preferred_batch_size(const AlgorithmSettings& settings, const AlgorithmContext& context);
// Names accepted by make_search_algorithm, in registry order.
std::vector<std::string> search_algorithm_names();
// Throws InputError(where, ...) listing the available names when `name` is not one of them.
void require_known_algorithm(const std::string& name, const std::string& where);

}   // namespace cdse
