#pragma once
// A bounded cache from a key to a value made on the first request: the simulator's hardware views
// (by accelerator) and the evaluator's expanded models (by model) use it. Entries live on the heap
// and an open-addressing index of (hash, entry) pairs, 16 bytes each, finds them, so a lookup
// among thousands of keys probes one small table and compares one key (a node-based
// std::unordered_map cost a modulo and two dependent cache misses before the comparison). When
// full, everything is dropped: the callers' working sets fit, and rebuilding a value is cheap next
// to what a cache of this size would spend on a replacement policy. Not thread-safe.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace cdse {

template <typename Key, typename Value, typename Hash>
class BoundedHashCache {
public:
  explicit BoundedHashCache(std::size_t max_entries) : max_entries_(max_entries) {}

  // The value for `key`, made by `make(key)` when absent. If `make` throws, nothing is cached. The
  // reference stays valid until the cache is next filled up or cleared.
  template <typename Make>
  Value& get(const Key& key, Make&& make)
  {
    const std::uint64_t hash = Hash{}(key);
    const std::size_t mask = index_.size() - 1;
    for (std::size_t i = hash & mask; index_[i].entry; i = (i + 1) & mask)
      if (index_[i].hash == hash && index_[i].entry->key == key)
        return index_[i].entry->value;
    Value value = make(key);   // before touching the cache, so a throw leaves it as it was
    if (entries_.size() >= max_entries_)
      clear();
    entries_.push_back(std::make_unique<Entry>(Entry{key, std::move(value)}));
    if (2 * entries_.size() > index_.size())
      grow_index();
    insert(hash, entries_.back().get());
    return entries_.back()->value;
  }

  std::size_t size() const { return entries_.size(); }

  void clear()
  {
    entries_.clear();
    index_.assign(index_.size(), Slot{});
  }

private:
  struct Entry {
    Key key;
    Value value;
  };
  struct Slot {
    std::uint64_t hash = 0;
    Entry* entry = nullptr;
  };

  void insert(std::uint64_t hash, Entry* entry)
  {
    const std::size_t mask = index_.size() - 1;
    std::size_t i = hash & mask;
    while (index_[i].entry)
      i = (i + 1) & mask;
    index_[i] = {hash, entry};
  }

  void grow_index()
  {
    std::vector<Slot> old(2 * index_.size());
    old.swap(index_);
    for (const Slot& slot : old)
      if (slot.entry)
        insert(slot.hash, slot.entry);
  }

  std::size_t max_entries_;
  std::vector<std::unique_ptr<Entry>> entries_;
  std::vector<Slot> index_ = std::vector<Slot>(64);   // a power of two, at most half full
};

}   // namespace cdse
