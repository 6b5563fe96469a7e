#pragma once
// Lookups in a constant table that pairs enum values with their stable text ids (the ids written
// to JSON and typed in scenario files and on the command line). A row is any struct with a `value`
// member (the enum) and an `id` member (std::string_view), so a table can carry more columns (an
// objective's unit, say). The table order is the order all_values lists.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace cdse::id_table {

// The row of `value`, or nullptr when the table has none.
template <typename Row, std::size_t N>
constexpr const Row* row_of(const Row (&rows)[N], decltype(Row::value) value)
{
  for (const Row& row : rows)
    if (row.value == value)
      return &row;
  return nullptr;
}

// The value whose id is `id` (exact, case-sensitive), or nullopt.
template <typename Row, std::size_t N>
constexpr std::optional<decltype(Row::value)> value_of(const Row (&rows)[N], std::string_view id)
{
  for (const Row& row : rows)
    if (row.id == id)
      return row.value;
  return std::nullopt;
}

// Every value, in table order.
template <typename Row, std::size_t N>
std::vector<decltype(Row::value)> all_values(const Row (&rows)[N])
{
  std::vector<decltype(Row::value)> values;
  values.reserve(N);
  for (const Row& row : rows)
    values.push_back(row.value);
  return values;
}

}   // namespace cdse::id_table
