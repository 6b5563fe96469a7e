#include "core/search/algorithms/exhaustive_search.h"

#include <cmath>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/genome/genome_counter.h"

namespace cdse {

ExhaustiveSearch::ExhaustiveSearch(const AlgorithmContext& context, double limit)
    : sizes_(context.knob_sizes), next_(context.knob_sizes.size(), 0)
{
  double count = 1;
  for (int size : sizes_) {
    if (size < 1)
      throw InputError("algorithm", "exhaustive search needs every knob to have at least one value");
    count *= size;
  }
  if (count > limit) {
    std::ostringstream message;
    message << "exhaustive search refused: the space holds " << count << " designs, more than the limit of " << limit
            << "; use \"random\", \"sobol\" or \"nsga2\", or fix some knobs";
    throw InputError("algorithm", message.str());
  }
  cardinality_ = static_cast<std::int64_t>(std::llround(count));
}

std::vector<Genome> ExhaustiveSearch::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  while (!done_ && batch.size() < max_count) {
    batch.push_back(next_);
    done_ = !next_genome(next_, sizes_);
  }
  return batch;
}

namespace {

// {"exhaustive_limit": designs}: the largest space enumerated.
double parse_exhaustive_limit(const nlohmann::json& options, const std::string& path)
{
  json::reject_unknown_keys(options, path, {"exhaustive_limit"});
  return json::get_number_or(options, "exhaustive_limit", path, ExhaustiveSearch::k_default_limit, 1, 1e9);
}

}   // namespace

AlgorithmEntry exhaustive_algorithm_entry()
{
  AlgorithmEntry e;
  e.name = "exhaustive";
  e.title = CDSE_TR_NOOP("SearchAlgorithm", "Exhaustive");
  e.description = CDSE_TR_NOOP("SearchAlgorithm",
                               "Every design once, in order; for spaces of up to a few million designs.");
  e.needs_finite_space = true;
  e.search_fields = {{"exhaustive_limit", ExhaustiveSearch::k_default_limit}};
  e.parse_options = [](const nlohmann::json& options, const std::string& path) {
    nlohmann::json canonical = nlohmann::json::object();
    const double limit = parse_exhaustive_limit(options, path);
    if (options.contains("exhaustive_limit"))
      canonical["exhaustive_limit"] = limit;
    return canonical;
  };
  e.make = [](const AlgorithmContext& context, const nlohmann::json& options) -> std::unique_ptr<SearchAlgorithm> {
    return std::make_unique<ExhaustiveSearch>(context, parse_exhaustive_limit(options, "search.options"));
  };
  return e;
}

}   // namespace cdse
