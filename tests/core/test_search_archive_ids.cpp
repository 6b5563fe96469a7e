// The text ids of objectives and search modes: they are written to search JSON, journals and
// sessions and typed in scenarios, so each must parse back to its value and stay as published.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/search/archive/objective.h"
#include "core/search/archive/search_mode.h"

using namespace cdse;

TEST(SearchArchiveIds, EveryObjectiveIdParsesBackInTheDocumentedOrder)
{
  std::vector<std::string> ids;
  for (const Objective o : all_objectives()) {
    ids.emplace_back(objective_id(o));
    EXPECT_EQ(parse_objective(objective_id(o)), o) << objective_id(o);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"accuracy", "latency", "energy", "total_carbon", "embodied_carbon",
                                           "operational_carbon", "area", "cdp"}));
  EXPECT_EQ(objective_unit(Objective::Cdp), "kg*s");
  EXPECT_TRUE(objective_depends_on_carbon(Objective::Energy));
  EXPECT_FALSE(objective_depends_on_carbon(Objective::Area));
  EXPECT_FALSE(parse_objective("Latency").has_value());
  EXPECT_FALSE(parse_objective("carbon").has_value());
}

TEST(SearchArchiveIds, EveryModeIdParsesBackInTheDocumentedOrder)
{
  std::vector<std::string> ids;
  for (const SearchMode m : all_modes()) {
    ids.emplace_back(mode_id(m));
    EXPECT_EQ(parse_mode(mode_id(m)), m) << mode_id(m);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"carbon", "latency", "energy", "all", "all-hw", "model-only", "custom"}));
  EXPECT_FALSE(parse_mode("all_hw").has_value());
  EXPECT_FALSE(parse_mode("").has_value());
}
