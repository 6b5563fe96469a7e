// BoundedHashCache: values made once per key, a throwing maker caches nothing, colliding hashes
// still find their own keys, and a full cache starts over instead of growing.
#include <gtest/gtest.h>

#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/sim/bounded_hash_cache.h"

using namespace cdse;

namespace {

struct IdentityHash {
  std::uint64_t operator()(int key) const noexcept { return static_cast<std::uint64_t>(key); }
};
// Every key in one probe chain: lookups must compare keys, not trust the hash.
struct CollidingHash {
  std::uint64_t operator()(int) const noexcept { return 7; }
};

}   // namespace

TEST(SimBoundedHashCache, MakesEachValueOnceAndFindsItAgain)
{
  BoundedHashCache<int, std::string, IdentityHash> cache(1000);
  int made = 0;
  const auto make = [&made](int key) {
    ++made;
    return "value " + std::to_string(key);
  };
  for (int round = 0; round < 3; ++round)
    for (int key = 0; key < 500; ++key)   // past the first index size: the index grows
      ASSERT_EQ(cache.get(key, make), "value " + std::to_string(key));
  EXPECT_EQ(made, 500);
  EXPECT_EQ(cache.size(), 500u);
}

TEST(SimBoundedHashCache, CollidingHashesKeepTheirOwnValues)
{
  BoundedHashCache<int, int, CollidingHash> cache(100);
  for (int key = 0; key < 40; ++key)
    cache.get(key, [](int k) { return k * 10; });
  for (int key = 39; key >= 0; --key)
    EXPECT_EQ(cache.get(key, [](int) { return -1; }), key * 10);
}

TEST(SimBoundedHashCache, AThrowingMakerCachesNothing)
{
  BoundedHashCache<int, int, IdentityHash> cache(10);
  cache.get(1, [](int) { return 1; });
  EXPECT_THROW(cache.get(2, [](int) -> int { throw std::invalid_argument("bad key"); }), std::invalid_argument);
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_EQ(cache.get(2, [](int) { return 2; }), 2);
  EXPECT_EQ(cache.get(1, [](int) { return -1; }), 1);
}

TEST(SimBoundedHashCache, AFullCacheStartsOver)
{
  BoundedHashCache<int, int, IdentityHash> cache(4);
  for (int key = 0; key < 4; ++key)
    cache.get(key, [](int k) { return k; });
  EXPECT_EQ(cache.size(), 4u);
  EXPECT_EQ(cache.get(4, [](int k) { return k; }), 4);   // dropped the four, kept the new one
  EXPECT_EQ(cache.size(), 1u);
  int made = 0;
  EXPECT_EQ(cache.get(0,
                      [&made](int k) {
                        ++made;
                        return k + 100;
                      }),
            100);   // made again
  EXPECT_EQ(made, 1);
  cache.clear();
  EXPECT_EQ(cache.size(), 0u);
}
