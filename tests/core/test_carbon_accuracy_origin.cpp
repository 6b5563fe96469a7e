// The stored words and bytes of AccuracyOrigin: every value round-trips, anything else is an
// InputError naming the field.
#include <gtest/gtest.h>

#include <string>

#include "core/carbon/accuracy_origin.h"
#include "core/io/input_error.h"

using namespace cdse;

TEST(CarbonAccuracyOrigin, WordsAndBytesRoundTrip)
{
  const AccuracyOrigin all[] = {AccuracyOrigin::None,         AccuracyOrigin::Estimate, AccuracyOrigin::Measured,
                                AccuracyOrigin::Interpolated, AccuracyOrigin::External, AccuracyOrigin::Published};
  const char* words[] = {"none", "estimate", "measured", "interpolated", "external", "published"};
  for (std::size_t i = 0; i < std::size(all); ++i) {
    EXPECT_EQ(to_string(all[i]), words[i]);
    EXPECT_EQ(accuracy_origin_from_string(words[i], "f"), all[i]);
    EXPECT_EQ(accuracy_origin_from_byte(static_cast<std::uint8_t>(i), "f"), all[i]);
  }
  EXPECT_TRUE(is_measurement(AccuracyOrigin::Measured));
  EXPECT_TRUE(is_measurement(AccuracyOrigin::Published));
  EXPECT_FALSE(is_measurement(AccuracyOrigin::Interpolated));
  EXPECT_FALSE(is_measurement(AccuracyOrigin::Estimate));
}

TEST(CarbonAccuracyOrigin, UnknownTextOrByteNamesTheField)
{
  try {
    accuracy_origin_from_string("Measured", "pareto[3].accuracy_source");   // case matters: words are ids
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "pareto[3].accuracy_source");
    EXPECT_EQ(e.problem(), "value \"Measured\" is not an accuracy source (one of none, estimate, measured, "
                           "interpolated, external, published)");
  }
  try {
    accuracy_origin_from_byte(6, "runs[0].designs[2].invariants.accuracy_source");
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "runs[0].designs[2].invariants.accuracy_source");
    EXPECT_NE(e.problem().find("value 6 is not an accuracy source"), std::string::npos) << e.what();
  }
}
