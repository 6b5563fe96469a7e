// next_genome against a brute-force oracle: nested loops over the knob sizes give the same order.
#include <gtest/gtest.h>

#include "core/search/genome/genome_counter.h"

using namespace cdse;

TEST(GenomeCounter, VisitsEveryGenomeOnceInNestedLoopOrder)
{
  const std::vector<int> sizes = {2, 1, 3};
  std::vector<Genome> expected;
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 1; ++b)
      for (int c = 0; c < 3; ++c)
        expected.push_back({a, b, c});
  std::vector<Genome> visited;
  Genome g(sizes.size(), 0);
  do
    visited.push_back(g);
  while (next_genome(g, sizes));
  EXPECT_EQ(visited, expected);
  EXPECT_EQ(g, (Genome{0, 0, 0}));   // wrapped back to the first genome
}

TEST(GenomeCounter, SingleGenomeSpacesEndAtOnce)
{
  Genome none;
  EXPECT_FALSE(next_genome(none, {}));
  Genome one{0, 0};
  EXPECT_FALSE(next_genome(one, {1, 1}));
  EXPECT_EQ(one, (Genome{0, 0}));
}
