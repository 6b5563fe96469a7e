#include "core/search/algorithms/algorithm_settings.h"

#include <utility>

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

namespace {

// The entry that owns a "search.options" object: the chosen algorithm's when its parser accepts the
// object, else the first other algorithm whose parser does. Files written before options were
// checked per algorithm (journal headers, sessions, scenarios run with --algorithm) hold one
// algorithm's options under another's name; they are kept for their owner, as they always were.
// Options no algorithm accepts are refused with the chosen algorithm's error.
std::pair<const AlgorithmEntry*, nlohmann::json> owner_of_options(const AlgorithmEntry& chosen,
                                                                  const nlohmann::json& options, const std::string& path)
{
  try {
    return {&chosen, chosen.parse_options(options, path)};
  } catch (const InputError&) {
    for (const auto& other : algorithm_registry()) {
      if (&other == &chosen)
        continue;
      try {
        return {&other, other.parse_options(options, path)};
      } catch (const InputError&) {
      }
    }
    throw;
  }
}

}   // namespace

void parse_algorithm_options(const nlohmann::json& search, const std::string& path, AlgorithmSettings& settings)
{
  // Fields in the "search" section are checked whichever algorithm is chosen, as they always were.
  for (const auto& entry : algorithm_registry()) {
    nlohmann::json own = nlohmann::json::object();
    for (const auto& [field, unset] : entry.search_fields.items())
      if (const auto* value = json::find(search, field))
        own[field] = *value;
    if (!own.empty())
      settings.options[entry.name] = entry.parse_options(own, path);
  }
  const auto* nested = json::find(search, "options");
  if (!nested)
    return;
  const std::string nested_path = json::child_path(path, "options");
  json::expect_object(*nested, nested_path);
  const auto [owner, parsed] = owner_of_options(require_algorithm(settings.name, path), *nested, nested_path);
  nlohmann::json& own = settings.options[owner->name];
  if (own.is_null())
    own = nlohmann::json::object();
  for (const auto& [field, value] : parsed.items()) {
    if (own.contains(field))
      throw InputError(json::child_path(nested_path, field),
                       "also given as " + json::child_path(path, field) + "; give it once");
    own[field] = value;
  }
  if (own.empty())
    settings.options.erase(owner->name);
}

void write_algorithm_options(const AlgorithmSettings& settings, nlohmann::json& search)
{
  const auto rest_of = [&](const std::string& algorithm) {
    nlohmann::json rest = settings.options_of(algorithm);
    if (const AlgorithmEntry* entry = find_algorithm(algorithm))
      for (const auto& [field, unset] : entry->search_fields.items())
        rest.erase(field);
    return rest;
  };
  for (const auto& entry : algorithm_registry()) {
    const nlohmann::json& own = settings.options_of(entry.name);
    for (const auto& [field, unset] : entry.search_fields.items())
      search[field] = own.value(field, unset);
  }
  // One "options" object: the chosen algorithm's; when it has none, the options another algorithm
  // was read with, so that a file read and written again keeps them (see owner_of_options).
  nlohmann::json rest = rest_of(settings.name);
  for (const auto& entry : algorithm_registry())
    if (rest.empty() && entry.name != settings.name)
      rest = rest_of(entry.name);
  if (!rest.empty())
    search["options"] = rest;
}

}   // namespace cdse
