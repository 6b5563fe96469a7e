// id_table: the lookups every enum-with-text-ids table in core shares (objectives, search modes).
#include <gtest/gtest.h>

#include <string_view>

#include "core/io/id_table.h"

using namespace cdse;

namespace {

enum class Fruit { Apple, Pear, Plum, Quince };

struct FruitRow {
  Fruit value;
  std::string_view id;
  int seeds;   // a table may carry more columns
};

constexpr FruitRow k_fruits[] = {{Fruit::Pear, "pear", 8}, {Fruit::Apple, "apple", 5}, {Fruit::Plum, "plum", 1}};

}   // namespace

TEST(IdTable, RowOfFindsTheValuesRowAndNothingForAValueNotListed)
{
  const FruitRow* plum = id_table::row_of(k_fruits, Fruit::Plum);
  ASSERT_NE(plum, nullptr);
  EXPECT_EQ(plum->id, "plum");
  EXPECT_EQ(plum->seeds, 1);
  EXPECT_EQ(id_table::row_of(k_fruits, Fruit::Quince), nullptr);
}

TEST(IdTable, ValueOfMatchesWholeIdsExactly)
{
  EXPECT_EQ(id_table::value_of(k_fruits, "apple"), Fruit::Apple);
  EXPECT_EQ(id_table::value_of(k_fruits, "pear"), Fruit::Pear);
  EXPECT_FALSE(id_table::value_of(k_fruits, "Apple").has_value());
  EXPECT_FALSE(id_table::value_of(k_fruits, "appl").has_value());
  EXPECT_FALSE(id_table::value_of(k_fruits, "").has_value());
}

TEST(IdTable, AllValuesKeepsTableOrder)
{
  EXPECT_EQ(id_table::all_values(k_fruits), (std::vector<Fruit>{Fruit::Pear, Fruit::Apple, Fruit::Plum}));
}

TEST(IdTable, LookupsWorkAtCompileTime)
{
  static_assert(id_table::row_of(k_fruits, Fruit::Apple)->seeds == 5);
  static_assert(*id_table::value_of(k_fruits, "plum") == Fruit::Plum);
  SUCCEED();
}
