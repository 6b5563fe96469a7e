#pragma once
// Tuning of the Bayesian optimiser, read from a scenario's "search.options" object. Every field is
// optional; defaults suit spaces of 10^3–10^9 designs and budgets up to a few thousand evaluations.
#include <string_view>

#include <nlohmann/json.hpp>

namespace cdse {

struct BayesianOptions {
  int batch_size = 8;              // q: candidates proposed per ask (run in parallel by the caller)
  int initial_samples = 0;         // Sobol design before the model takes over; 0: automatic
  int candidate_pool = 4096;       // genomes scored per ask (the whole space when it is smaller)
  int mc_samples = 128;            // Monte Carlo draws per candidate for expected HV improvement
  int max_training_points = 300;   // GP training-set cap (fit is O(n³))
  double reference_margin = 0.1;   // reference point = front nadir + margin × front extent
  bool log_objectives = true;      // model positive objectives on a log scale
};

// Throws InputError("<path>.<field>", ...) for unknown keys, wrong types and out-of-range values.
BayesianOptions parse_bayesian_options(const nlohmann::json& options, std::string_view path = "search.options");

}   // namespace cdse
