#pragma once
// Which search algorithm a run uses and its options, as read from a scenario's "search" section.
// Nothing here knows a particular algorithm: each algorithm's registry entry (algorithm_entry.h)
// checks its own options.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cdse {

struct AlgorithmSettings {
  std::string name = "nsga2";
  // Per algorithm name, that algorithm's options as its entry's parse_options returned them.
  // Kept per algorithm so that switching algorithm (CLI --algorithm, the GUI) never hands one
  // algorithm the options of another.
  nlohmann::json options = nlohmann::json::object();

  // The options of `algorithm` (an empty object when none were given).
  const nlohmann::json& options_of(const std::string& algorithm) const;
};

// Keys of a scenario's "search" section that hold algorithm options ("options" and each
// algorithm's search_fields).
std::vector<std::string> algorithm_option_keys();
// Reads the options part of the "search" section at `path` into `settings` (whose name is already
// set and known). Throws InputError naming the field, e.g. "search.population_size".
void parse_algorithm_options(const nlohmann::json& search, const std::string& path, AlgorithmSettings& settings);
// Writes the options part of the "search" section: every algorithm's search_fields (its value or
// the default) and, as "options", the chosen algorithm's other options (or, when it has none,
// those another algorithm was read with). One "options" object is written, so the nested options
// of algorithms other than the chosen one are not saved when the chosen one has its own.
void write_algorithm_options(const AlgorithmSettings& settings, nlohmann::json& search);

}   // namespace cdse
