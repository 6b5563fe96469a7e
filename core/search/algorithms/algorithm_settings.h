#pragma once
// Which search algorithm a run uses and its tuning, as read from a scenario's "search" section.
#include <string>

#include <nlohmann/json.hpp>

#include "core/search/algorithms/nsga2_search.h"

namespace cdse {

struct AlgorithmSettings {
  std::string name = "nsga2";          // exhaustive | random | sobol | nsga2 | bo
  Nsga2Options nsga2;
  double exhaustive_limit = 2.0e6;     // designs; larger spaces are refused by "exhaustive"
  // Settings of algorithms that validate their own options (the Bayesian optimiser), kept as JSON.
  nlohmann::json extra = nlohmann::json::object();
};

} // namespace cdse
