#pragma once
// What an algorithm says about itself, so that the scenario parser, the runner, the CLI and the GUI
// need no list of algorithms of their own: its names, how to read its options, how to build it,
// the batch it prefers and whether it enumerates the space. Every algorithm defines one entry next
// to its class (e.g. nsga2_algorithm_entry() in nsga2_search.cpp); algorithm_registry.cpp lists
// them. Options are JSON objects: "search.options" of a scenario, plus the older spelling of some
// options directly in the "search" section (see search_fields).
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/search/algorithms/search_algorithm.h"

// Marks an entry's title and description for translation: core has no Qt, but the GUI shows
// them through QCoreApplication::translate(context, text), and Qt's lupdate reads this macro as
// QT_TRANSLATE_NOOP (ui/CMakeLists.txt passes -tr-function-alias QT_TRANSLATE_NOOP+=CDSE_TR_NOOP).
#define CDSE_TR_NOOP(context, text) text

namespace cdse {

struct AlgorithmEntry {
  std::string name;   // in files and on the command line, e.g. "nsga2"
  // Shown to people; marked with CDSE_TR_NOOP("SearchAlgorithm", ...) for the GUI's translations.
  std::string title;         // e.g. "NSGA-II"
  std::string description;   // one sentence: what it does and when to choose it
  // Enumerates the space, so a budget of 0 means "all of it" (the space must be small enough).
  bool needs_finite_space = false;
  // Not an ask/tell search: the runner first solves the space with the exact solver
  // (core/search/exact, which needs the scenario) and hands the solution's genomes to `make` as
  // AlgorithmContext::initial_genomes; the budget does not apply.
  bool exact_solver = false;
  // Options also accepted directly in the scenario's "search" section (how older files spell
  // them), each with the value written there when the option is unset.
  nlohmann::json search_fields = nlohmann::json::object();
  // Checks an options object and returns it in canonical form; throws InputError("<path>.<field>",
  // ...) for unknown fields, wrong types and values out of range.
  std::function<nlohmann::json(const nlohmann::json& options, const std::string& path)> parse_options;
  // Builds the algorithm from options that passed parse_options.
  std::function<std::unique_ptr<SearchAlgorithm>(const AlgorithmContext&, const nlohmann::json& options)> make;
  // Designs per ask when the user sets none; empty: no preference (the runner picks).
  std::function<std::size_t(const AlgorithmContext&, const nlohmann::json& options)> preferred_batch_size;
};

// parse_options of algorithms without options: accepts only an empty object.
nlohmann::json parse_no_options(const nlohmann::json& options, const std::string& path);

// The whole entry of an algorithm that has no options and is built from the context alone.
template <class Algorithm>
AlgorithmEntry entry_without_options(std::string name, std::string title, std::string description)
{
  AlgorithmEntry e;
  e.name = std::move(name);
  e.title = std::move(title);
  e.description = std::move(description);
  e.parse_options = parse_no_options;
  e.make = [](const AlgorithmContext& context, const nlohmann::json& options) -> std::unique_ptr<SearchAlgorithm> {
    parse_no_options(options, "search.options");
    return std::make_unique<Algorithm>(context);
  };
  return e;
}

}   // namespace cdse
