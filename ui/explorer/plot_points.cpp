#include "ui/explorer/plot_points.h"

#include <atomic>
#include <mutex>

namespace {

// Freed chunks wait here for reuse (already faulted in). Never shrinks below what the busiest
// moment needed: a few snapshots' worth, tens of MB at 200,000 designs.
class ChunkRecycler {
public:
  using Chunk = PlotPoints::Chunk;

  std::shared_ptr<Chunk> take()
  {
    Chunk* chunk = nullptr;
    {
      std::lock_guard lock(mutex_);
      if (!free_.empty()) {
        chunk = free_.back().release();
        free_.pop_back();
      }
    }
    if (!chunk)
      chunk = new Chunk;
    // The deleter runs on whichever thread drops the last copy.
    return std::shared_ptr<Chunk>(chunk, [this](Chunk* c) { give(c); });
  }

private:
  void give(Chunk* chunk)
  {
    std::lock_guard lock(mutex_);
    free_.emplace_back(chunk);
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<Chunk>> free_;
};

ChunkRecycler& recycler()
{
  static ChunkRecycler* instance = new ChunkRecycler;   // never destroyed: chunks may outlive main()
  return *instance;
}

}   // namespace

PlotPoints::Chunk& PlotPoints::ownChunk(std::size_t chunk)
{
  std::shared_ptr<Chunk>& slot = chunks_[chunk];
  if (slot.use_count() > 1) {   // shared with another copy: write into a copy of our own
    std::shared_ptr<Chunk> own = recycler().take();
    own->points = slot->points;
    slot = std::move(own);
  } else {
    // Sole owner, but another thread may just have dropped its copy after reading: use_count()
    // is a relaxed load, so order our writes after that thread's reads explicitly.
    std::atomic_thread_fence(std::memory_order_acquire);
  }
  return *slot;
}

PlotPoint& PlotPoints::mutableAt(std::size_t i) { return ownChunk(i >> k_chunk_bits).points[i & (k_chunk_size - 1)]; }

void PlotPoints::push_back(const PlotPoint& point)
{
  const std::size_t i = size_;
  if ((i >> k_chunk_bits) == chunks_.size())
    chunks_.push_back(recycler().take());
  ++size_;
  mutableAt(i) = point;
}

void PlotPoints::resize(std::size_t n)
{
  const std::size_t needed = (n + k_chunk_size - 1) >> k_chunk_bits;
  chunks_.resize(std::min(chunks_.size(), needed));
  while (chunks_.size() < needed)
    chunks_.push_back(recycler().take());
  for (std::size_t i = size_; i < n; ++i)
    mutableAt(i) = PlotPoint{};
  size_ = n;
}

void PlotPoints::clear()
{
  chunks_.clear();
  size_ = 0;
}
