#include "core/search/algorithms/algorithm_entry.h"

#include "core/io/input_error.h"
#include "core/io/json_fields.h"

namespace cdse {

nlohmann::json parse_no_options(const nlohmann::json& options, const std::string& path)
{
  json::expect_object(options, path);
  if (!options.empty())
    throw InputError(json::child_path(path, options.begin().key()), "unknown field (this algorithm has no options)");
  return nlohmann::json::object();
}

}   // namespace cdse
