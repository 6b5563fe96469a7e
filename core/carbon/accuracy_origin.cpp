#include "core/carbon/accuracy_origin.h"

#include <iterator>
#include <string>

#include "core/io/id_table.h"
#include "core/io/input_error.h"

namespace cdse {

namespace {

struct OriginInfo {
  AccuracyOrigin value;
  std::string_view id;
};

// Table order is byte order: the byte stored in session files is the enum's value.
constexpr OriginInfo k_origins[] = {
    {AccuracyOrigin::None, "none"},         {AccuracyOrigin::Estimate, "estimate"},
    {AccuracyOrigin::Measured, "measured"}, {AccuracyOrigin::Interpolated, "interpolated"},
    {AccuracyOrigin::External, "external"}, {AccuracyOrigin::Published, "published"},
};

constexpr bool in_byte_order()
{
  for (std::size_t i = 0; i < std::size(k_origins); ++i)
    if (static_cast<std::size_t>(k_origins[i].value) != i)
      return false;
  return true;
}
static_assert(in_byte_order(), "session files store the enum's value: keep the table in enum order");

std::string known_words()
{
  std::string words;
  for (const OriginInfo& row : k_origins)
    words += (words.empty() ? "" : ", ") + std::string(row.id);
  return words;
}

}   // namespace

std::string_view to_string(AccuracyOrigin origin)
{
  const OriginInfo* row = id_table::row_of(k_origins, origin);
  return row ? row->id : "none";
}

AccuracyOrigin accuracy_origin_from_string(std::string_view text, std::string_view field)
{
  if (const auto origin = id_table::value_of(k_origins, text))
    return *origin;
  throw InputError(std::string(field),
                   "value \"" + std::string(text) + "\" is not an accuracy source (one of " + known_words() + ")");
}

AccuracyOrigin accuracy_origin_from_byte(std::uint8_t byte, std::string_view field)
{
  if (byte < std::size(k_origins))
    return k_origins[byte].value;
  throw InputError(std::string(field), "value " + std::to_string(byte) + " is not an accuracy source (0 to " +
                                           std::to_string(std::size(k_origins) - 1) + ": " + known_words() + ")");
}

bool is_measurement(AccuracyOrigin origin)
{
  return origin == AccuracyOrigin::Measured || origin == AccuracyOrigin::Published;
}

}   // namespace cdse
