// The algorithm registry: every entry is complete and usable, options are checked by the
// algorithm that owns them (errors name the field), and the scenario's "search" section is read
// and written through the entries without changing its format.
#include <gtest/gtest.h>

#include <set>

#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/algorithm_registry.h"

using namespace cdse;

namespace {

AlgorithmContext small_context()
{
  AlgorithmContext c;
  c.knob_sizes = {3, 2, 4};
  c.budget = 20;
  c.seed = 5;
  return c;
}

std::string error_where(const std::function<void()>& action)
{
  try {
    action();
  } catch (const InputError& e) {
    return e.where();
  }
  return "(no error)";
}

}   // namespace

TEST(AlgorithmRegistry, EveryEntryIsNamedTitledAndBuildsAWorkingAlgorithm)
{
  std::set<std::string> names;
  ASSERT_FALSE(algorithm_registry().empty());
  for (const auto& entry : algorithm_registry()) {
    EXPECT_TRUE(names.insert(entry.name).second) << "duplicate name " << entry.name;
    EXPECT_FALSE(entry.title.empty()) << entry.name;
    EXPECT_FALSE(entry.description.empty()) << entry.name;
    ASSERT_TRUE(entry.parse_options && entry.make) << entry.name;
    EXPECT_EQ(entry.parse_options(nlohmann::json::object(), "search.options"), nlohmann::json::object()) << entry.name;
    // The exact solver's entry proposes what the runner solved: the context's initial genomes.
    AlgorithmContext context = small_context();
    if (entry.exact_solver)
      context.initial_genomes = {{0, 1, 2}, {2, 0, 3}};
    auto algorithm = entry.make(context, nlohmann::json::object());
    ASSERT_TRUE(algorithm) << entry.name;
    EXPECT_EQ(algorithm->name(), entry.name);
    const auto batch = algorithm->ask(4);
    ASSERT_FALSE(batch.empty()) << entry.name;
    for (const auto& genome : batch) {
      ASSERT_EQ(genome.size(), 3u) << entry.name;
      for (std::size_t k = 0; k < genome.size(); ++k) {
        EXPECT_GE(genome[k], 0) << entry.name;
        EXPECT_LT(genome[k], small_context().knob_sizes[k]) << entry.name;
      }
    }
    EXPECT_EQ(find_algorithm(entry.name), &entry);
  }
  EXPECT_EQ(find_algorithm("simulated-annealing"), nullptr);
  EXPECT_EQ(search_algorithm_names().size(), algorithm_registry().size());
}

TEST(AlgorithmRegistry, ExactProposesTheSolvedGenomesOnceInOrder)
{
  const AlgorithmEntry* exact = find_algorithm("exact");
  ASSERT_NE(exact, nullptr);
  EXPECT_TRUE(exact->exact_solver);
  AlgorithmContext context = small_context();
  context.initial_genomes = {{0, 1, 2}, {2, 0, 3}, {1, 1, 1}};
  auto algorithm = exact->make(context, nlohmann::json::object());
  EXPECT_EQ(algorithm->ask(2), (std::vector<Genome>{{0, 1, 2}, {2, 0, 3}}));
  EXPECT_FALSE(algorithm->exhausted());
  EXPECT_EQ(algorithm->ask(5), (std::vector<Genome>{{1, 1, 1}}));
  EXPECT_TRUE(algorithm->exhausted());
  EXPECT_TRUE(algorithm->ask(5).empty());
}

TEST(AlgorithmRegistry, OptionsParsersRejectUnknownAndBadFieldsNamingThem)
{
  for (const auto& entry : algorithm_registry())
    EXPECT_EQ(error_where([&] {
                entry.parse_options({{"no_such_option", 1}}, "search.options");
              }),
              "search.options.no_such_option")
        << entry.name;
  const auto& nsga2 = require_algorithm("nsga2", "test");
  EXPECT_EQ(error_where([&] { nsga2.parse_options({{"population_size", 33}}, "search"); }), "search.population_size");
  EXPECT_EQ(nsga2.parse_options({{"population_size", 40}}, "search"), (nlohmann::json{{"population_size", 40}}));
  const auto& bo = require_algorithm("bo", "test");
  EXPECT_EQ(error_where([&] { bo.parse_options({{"batch_size", 0}}, "search.options"); }), "search.options.batch_size");
  EXPECT_EQ(error_where([] { require_algorithm("simulated-annealing", "search.algorithm"); }), "search.algorithm");
}

TEST(AlgorithmRegistry, PreferredBatchComesFromTheEntry)
{
  AlgorithmSettings settings;
  settings.name = "nsga2";
  AlgorithmContext c = small_context();
  c.budget = 4000;
  EXPECT_EQ(preferred_batch_size(settings, c), 100u);   // clamp(4000 / 40, 16, 100)
  settings.options["nsga2"] = {{"population_size", 24}};
  EXPECT_EQ(preferred_batch_size(settings, c), 24u);
  settings.name = "random";
  EXPECT_EQ(preferred_batch_size(settings, c), 0u);   // no preference: the runner decides
}

TEST(AlgorithmRegistry, SearchSectionOptionsRoundTripPerAlgorithm)
{
  AlgorithmSettings settings;
  settings.name = "bo";
  const nlohmann::json search = {{"algorithm", "bo"}, {"population_size", 12}, {"options", {{"batch_size", 4}}}};
  parse_algorithm_options(search, "search", settings);
  EXPECT_EQ(settings.options_of("bo"), (nlohmann::json{{"batch_size", 4}}));
  EXPECT_EQ(settings.options_of("nsga2"), (nlohmann::json{{"population_size", 12}}));
  EXPECT_EQ(settings.options_of("random"), nlohmann::json::object());

  nlohmann::json written = nlohmann::json::object();
  write_algorithm_options(settings, written);
  EXPECT_EQ(written,
            (nlohmann::json{{"population_size", 12}, {"exhaustive_limit", 2.0e6}, {"options", {{"batch_size", 4}}}}));

  // Switching algorithm hands the new one its own options only; bo's are still written (nsga2 has
  // no nested options of its own) and read back as bo's.
  settings.name = "nsga2";
  written = nlohmann::json::object();
  write_algorithm_options(settings, written);
  EXPECT_EQ(written,
            (nlohmann::json{{"population_size", 12}, {"exhaustive_limit", 2.0e6}, {"options", {{"batch_size", 4}}}}));
  EXPECT_NO_THROW(make_search_algorithm(settings, small_context()));
  AlgorithmSettings reread;
  reread.name = "nsga2";
  parse_algorithm_options(written, "search", reread);
  EXPECT_EQ(reread.options_of("bo"), (nlohmann::json{{"batch_size", 4}}));
  EXPECT_EQ(reread.options_of("nsga2"), (nlohmann::json{{"population_size", 12}}));

  // The same option in both spellings is refused.
  AlgorithmSettings twice;
  twice.name = "nsga2";
  EXPECT_EQ(error_where([&] {
              parse_algorithm_options({{"population_size", 12}, {"options", {{"population_size", 14}}}}, "search", twice);
            }),
            "search.options.population_size");
}
