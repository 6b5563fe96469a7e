// The mapper's enumeration of cluster splits against brute force from their definitions: the
// useful split factors (p = 1, then the fewest clusters for each smaller per-cluster count) and
// the useful instance group sizes (those that save a round). Both take shortcuts (no division
// for the first step), so every small case is checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

#include "core/sim/fold_schedule.h"

using namespace cdse;

namespace {

std::int64_t ceil_of(std::int64_t a, std::int64_t b) { return (a + b - 1) / b; }

}   // namespace

TEST(SimSplitFactors, UsefulFactorsAreTheFewestClustersForEachSmallerCount)
{
  for (std::int64_t x = 1; x <= 300; ++x)
    for (std::int64_t limit = 1; limit <= 24; ++limit) {
      std::vector<std::pair<double, double>> expected;   // (p, ⌈x/p⌉)
      for (std::int64_t p = 1; p <= std::min(limit, x); ++p)
        if (p == 1 || ceil_of(x, p) < ceil_of(x, p - 1))
          expected.emplace_back(static_cast<double>(p), static_cast<double>(ceil_of(x, p)));
      std::vector<std::pair<double, double>> got;
      for (UsefulFactors f{static_cast<double>(x), static_cast<double>(std::min(limit, x))}; f.valid(); f.next())
        got.emplace_back(f.p, f.per_cluster);
      ASSERT_EQ(got, expected) << "x " << x << ", limit " << limit;
    }
}

TEST(SimSplitFactors, InstanceGroupsAreTheSizesThatSaveARound)
{
  for (std::int64_t instances = 1; instances <= 40; ++instances)
    for (std::int64_t clusters = 1; clusters <= 16; ++clusters) {
      std::vector<std::tuple<double, double, double>> expected;   // (g, clusters per instance, scale)
      for (std::int64_t g = 1; g <= std::min(clusters, instances); ++g)
        if (g == 1 || ceil_of(instances, g) < ceil_of(instances, g - 1))
          expected.emplace_back(static_cast<double>(g), static_cast<double>(clusters / g),
                                static_cast<double>(ceil_of(instances, g)) / static_cast<double>(instances));
      std::vector<std::tuple<double, double, double>> got;
      for_each_instance_group(static_cast<double>(instances), static_cast<double>(clusters),
                              [&got](double g, double per_instance, double scale) {
                                got.emplace_back(g, per_instance, scale);
                              });
      ASSERT_EQ(got, expected) << instances << " instances on " << clusters << " clusters";
    }
}
