#include "core/search/algorithms/bayes/bayesian_options.h"

#include "core/io/json_fields.h"

namespace cdse {

BayesianOptions parse_bayesian_options(const nlohmann::json& options, std::string_view path)
{
  BayesianOptions o;
  if (options.is_null())
    return o;
  json::expect_object(options, path);
  json::reject_unknown_keys(options, path,
                            {"batch_size", "initial_samples", "candidate_pool", "mc_samples", "max_training_points",
                             "reference_margin", "log_objectives"});
  // Upper limits keep one ask within seconds to minutes: a larger pool, more samples or a bigger
  // training set than this buys nothing measurable.
  o.batch_size = static_cast<int>(json::get_integer_or(options, "batch_size", path, o.batch_size, 1, 1024));
  o.initial_samples = static_cast<int>(
      json::get_integer_or(options, "initial_samples", path, o.initial_samples, 0, 100000));
  o.candidate_pool = static_cast<int>(
      json::get_integer_or(options, "candidate_pool", path, o.candidate_pool, 16, 200000));
  o.mc_samples = static_cast<int>(json::get_integer_or(options, "mc_samples", path, o.mc_samples, 8, 4096));
  o.max_training_points = static_cast<int>(
      json::get_integer_or(options, "max_training_points", path, o.max_training_points, 10, 3000));
  o.reference_margin = json::get_number_or(options, "reference_margin", path, o.reference_margin, 0.0, 10.0);
  o.log_objectives = json::get_bool_or(options, "log_objectives", path, o.log_objectives);
  return o;
}

}   // namespace cdse
