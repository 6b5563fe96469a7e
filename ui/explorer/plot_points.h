#pragma once
// The designs of a snapshot, stored in fixed chunks shared between copies: copying a
// PlotPoints copies a few dozen chunk pointers, not 200,000 points, and a change copies only the
// chunk it touches when another copy still shares it (copy-on-write). Chunks are recycled through a
// process-wide free list, so a search streaming in designs (a snapshot 25 times a second) and a
// slider re-scoring all of them reuse memory that is already mapped: fresh pages cost ~15 µs each
// to fault in on a virtual machine, ~40 ms for one 150,000-design snapshot on the GUI thread.
// Copies may be read on any thread; each copy is changed by one thread at a time.
#include <array>
#include <cstddef>
#include <iterator>
#include <memory>
#include <vector>

#include "ui/explorer/plot_point.h"

class PlotPoints {
public:
  static constexpr std::size_t k_chunk_bits = 10;
  static constexpr std::size_t k_chunk_size = std::size_t{1} << k_chunk_bits;   // 1,024 points, 72 kB

  struct Chunk {
    std::array<PlotPoint, k_chunk_size> points;
  };

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const PlotPoint& operator[](std::size_t i) const { return chunks_[i >> k_chunk_bits]->points[i & (k_chunk_size - 1)]; }
  const PlotPoint& back() const { return (*this)[size_ - 1]; }
  // Writable access; copies the chunk first when another PlotPoints shares it.
  PlotPoint& mutableAt(std::size_t i);
  void push_back(const PlotPoint& point);
  // Grows with default points or shrinks.
  void resize(std::size_t n);
  void clear();

  class const_iterator {
  public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = PlotPoint;
    using difference_type = std::ptrdiff_t;
    using pointer = const PlotPoint*;
    using reference = const PlotPoint&;
    const_iterator(const PlotPoints* owner, std::size_t i) : owner_(owner), i_(i) {}
    reference operator*() const { return (*owner_)[i_]; }
    pointer operator->() const { return &(*owner_)[i_]; }
    const_iterator& operator++()
    {
      ++i_;
      return *this;
    }
    const_iterator operator++(int)
    {
      const_iterator before = *this;
      ++i_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return i_ == other.i_; }

  private:
    const PlotPoints* owner_;
    std::size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

private:
  Chunk& ownChunk(std::size_t chunk);

  std::vector<std::shared_ptr<Chunk>> chunks_;
  std::size_t size_ = 0;
};
