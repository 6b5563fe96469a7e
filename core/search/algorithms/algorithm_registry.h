#pragma once
// The list of search algorithms this build offers, one AlgorithmEntry each, in the order shown to
// people (CLI help, the GUI's algorithm list). Adding an algorithm: write its class and its entry
// function in algorithms/, and add one line to the list in algorithm_registry.cpp; nothing outside
// algorithms/ names an algorithm.
#include <string>
#include <string_view>
#include <vector>

#include "core/search/algorithms/algorithm_entry.h"

namespace cdse {

const std::vector<AlgorithmEntry>& algorithm_registry();
// nullptr for a name no entry has.
const AlgorithmEntry* find_algorithm(std::string_view name);
// Throws InputError(where, "unknown algorithm \"<name>\" (available: ...)") for an unknown name.
const AlgorithmEntry& require_algorithm(const std::string& name, const std::string& where);

}   // namespace cdse
