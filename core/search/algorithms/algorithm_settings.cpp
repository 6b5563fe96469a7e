#include "core/search/algorithms/algorithm_settings.h"

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/algorithms/algorithm_registry.h"

namespace cdse {

const nlohmann::json& AlgorithmSettings::options_of(const std::string& algorithm) const
{
  static const nlohmann::json none = nlohmann::json::object();
  const auto it = options.find(algorithm);
  return it != options.end() ? *it : none;
}

std::vector<std::string> algorithm_option_keys()
{
  std::vector<std::string> keys = {"options"};
  for (const auto& entry : algorithm_registry())
    for (const auto& [field, unset] : entry.search_fields.items())
      keys.push_back(field);
  return keys;
}

void parse_algorithm_options(const nlohmann::json& search, const std::string& path, AlgorithmSettings& settings)
{
  for (const auto& entry : algorithm_registry()) {
    // Fields in the "search" section are checked whichever algorithm is chosen, as they always were.
    nlohmann::json own = nlohmann::json::object();
    for (const auto& [field, unset] : entry.search_fields.items())
      if (const auto* value = json::find(search, field))
        own[field] = *value;
    if (!own.empty())
      own = entry.parse_options(own, path);
    const auto* nested = json::find(search, "options");
    if (entry.name == settings.name && nested) {
      const std::string nested_path = json::child_path(path, "options");
      json::expect_object(*nested, nested_path);
      const nlohmann::json parsed = entry.parse_options(*nested, nested_path);
      for (const auto& [field, value] : parsed.items()) {
        if (own.contains(field))
          throw InputError(json::child_path(nested_path, field),
                           "also given as " + json::child_path(path, field) + "; give it once");
        own[field] = value;
      }
    }
    if (!own.empty())
      settings.options[entry.name] = own;
  }
}

void write_algorithm_options(const AlgorithmSettings& settings, nlohmann::json& search)
{
  nlohmann::json rest = settings.options_of(settings.name);
  for (const auto& entry : algorithm_registry()) {
    const nlohmann::json& own = settings.options_of(entry.name);
    for (const auto& [field, unset] : entry.search_fields.items()) {
      search[field] = own.value(field, unset);
      rest.erase(field);
    }
  }
  if (!rest.empty())
    search["options"] = rest;
}

}   // namespace cdse
