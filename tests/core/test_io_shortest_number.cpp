// shortest_number: the shortest decimal text that reads back to the same double.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>

#include "core/io/shortest_number.h"

using cdse::shortest_number;

TEST(ShortestNumber, WritesWhatAPersonWouldType)
{
  EXPECT_EQ(shortest_number(0.488), "0.488");
  EXPECT_EQ(shortest_number(0.1 + 0.2), "0.30000000000000004");   // a different double from 0.3
  EXPECT_EQ(shortest_number(68.0), "68");
  EXPECT_EQ(shortest_number(-0.0), "-0");
  EXPECT_EQ(shortest_number(31.990346931968002), "31.990346931968002");
  EXPECT_EQ(shortest_number(1e-300), "1e-300");
  EXPECT_EQ(shortest_number(std::numeric_limits<double>::infinity()), "inf");
}

TEST(ShortestNumber, ReadsBackBitIdentical)
{
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> mantissa(0.0, 1.0);
  std::uniform_int_distribution<int> exponent(-30, 30);
  for (int i = 0; i < 20000; ++i) {
    const double v = std::ldexp(mantissa(rng), exponent(rng));
    const std::string text = shortest_number(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    EXPECT_LE(text.size(), 24u) << text;
  }
  EXPECT_EQ(shortest_number(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
}
