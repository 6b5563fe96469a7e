// The everyday equivalents (issue 16) load from the shipped table, each with its source, and their
// factors are the EPA figures they cite (converted where the unit differs).
#include <gtest/gtest.h>

#include <algorithm>

#include "core/carbon/carbon_equivalents.h"

namespace cdse {
namespace {

const CarbonEquivalent& find(const std::string& id)
{
  const auto& table = carbon_equivalents();
  const auto it = std::find_if(table.begin(), table.end(), [&](const auto& e) { return e.id == id; });
  if (it == table.end())
    throw std::runtime_error("no equivalent " + id);
  return *it;
}

TEST(CarbonEquivalents, EveryRowHasAPositiveFactorAndASource)
{
  ASSERT_GE(carbon_equivalents().size(), 3u);
  for (const auto& e : carbon_equivalents()) {
    EXPECT_GT(e.kg_per_unit, 0.0) << e.id;
    EXPECT_NE(e.source.find("R29"), std::string::npos) << e.id << " must cite its reference";
    EXPECT_FALSE(e.unit.empty()) << e.id;
  }
}

TEST(CarbonEquivalents, FactorsAreTheCitedEpaFigures)
{
  EXPECT_NEAR(find("car_km").kg_per_unit, 3.93e-4 * 1000 / 1.609344, 1e-4);   // t/mile -> kg/km
  EXPECT_DOUBLE_EQ(find("phone_charge").kg_per_unit, 1.24e-5 * 1000);
  EXPECT_DOUBLE_EQ(find("tree_year").kg_per_unit, 0.060 * 1000 / 10);
  EXPECT_NEAR(find("car_km").count(0.35), 0.35 / 0.2442, 1e-12);
}

}   // namespace
}   // namespace cdse
