#include "core/search/exact/nondominated_filter.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

namespace cdse {

namespace {

bool no_greater(const FilterPoint& a, const FilterPoint& b)
{
  bool ok = true;
  for (std::size_t d = 0; d < k_filter_dims; ++d)
    ok &= a[d] <= b[d];
  return ok;
}

// A static k-d tree over distinct points, stored in tree order; each node knows its corners.
class DominanceTree {
public:
  explicit DominanceTree(std::vector<FilterPoint> points) : points_(std::move(points))
  {
    if (points_.empty())
      return;
    FilterPoint lo = points_.front(), hi = points_.front();
    for (const auto& p : points_)
      for (std::size_t d = 0; d < k_filter_dims; ++d) {
        lo[d] = std::min(lo[d], p[d]);
        hi[d] = std::max(hi[d], p[d]);
      }
    for (std::size_t d = 0; d < k_filter_dims; ++d)
      range_[d] = hi[d] > lo[d] ? hi[d] - lo[d] : 1.0;
    nodes_.reserve(2 * points_.size() / k_leaf_size + 2);
    build(0, static_cast<std::uint32_t>(points_.size()));
  }

  // True when a point of the tree other than `p` itself is no greater than `p` everywhere.
  bool dominates(const FilterPoint& p, std::vector<std::uint32_t>& stack) const
  {
    if (nodes_.empty())
      return false;
    stack.clear();
    stack.push_back(0);
    while (!stack.empty()) {
      const Node& n = nodes_[stack.back()];
      stack.pop_back();
      if (!no_greater(n.lo, p))
        continue;
      // Every point of the subtree is ≤ p; with two or more points one of them is not p.
      if (no_greater(n.hi, p) && (n.end - n.begin > 1 || points_[n.begin] != p))
        return true;
      if (n.left < 0) {
        for (std::uint32_t i = n.begin; i < n.end; ++i)
          if (no_greater(points_[i], p) && points_[i] != p)
            return true;
        continue;
      }
      stack.push_back(static_cast<std::uint32_t>(n.right));
      stack.push_back(static_cast<std::uint32_t>(n.left));   // the lower half first
    }
    return false;
  }

private:
  static constexpr std::uint32_t k_leaf_size = 16;

  struct Node {
    FilterPoint lo, hi;
    std::uint32_t begin, end;
    std::int32_t left = -1, right = -1;
  };

  std::int32_t build(std::uint32_t begin, std::uint32_t end)
  {
    Node n{};
    n.begin = begin;
    n.end = end;
    n.lo = n.hi = points_[begin];
    for (std::uint32_t i = begin + 1; i < end; ++i)
      for (std::size_t d = 0; d < k_filter_dims; ++d) {
        n.lo[d] = std::min(n.lo[d], points_[i][d]);
        n.hi[d] = std::max(n.hi[d], points_[i][d]);
      }
    const auto id = static_cast<std::int32_t>(nodes_.size());
    nodes_.push_back(n);
    if (end - begin <= k_leaf_size)
      return id;
    // Split the widest coordinate (relative to the whole set's range) at its median.
    std::size_t split = 0;
    double widest = -1;
    for (std::size_t d = 0; d < k_filter_dims; ++d) {
      const double w = (n.hi[d] - n.lo[d]) / range_[d];
      if (w > widest) {
        widest = w;
        split = d;
      }
    }
    if (widest <= 0)
      return id;   // all equal cannot happen (points are distinct), but stay a leaf if it does
    const std::uint32_t mid = begin + (end - begin) / 2;
    std::nth_element(points_.begin() + begin, points_.begin() + mid, points_.begin() + end,
                     [split](const FilterPoint& a, const FilterPoint& b) { return a[split] < b[split]; });
    const std::int32_t left = build(begin, mid);
    const std::int32_t right = build(mid, end);
    nodes_[static_cast<std::size_t>(id)].left = left;
    nodes_[static_cast<std::size_t>(id)].right = right;
    return id;
  }

  std::vector<FilterPoint> points_;
  std::vector<Node> nodes_;
  FilterPoint range_{};
};

}   // namespace

std::vector<std::size_t> nondominated_indices(const std::vector<FilterPoint>& points, int threads,
                                              const std::atomic<bool>* cancel)
{
  // Exact duplicates: the lowest index of each run of equal points stands for the run.
  std::vector<std::uint32_t> order(points.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return points[a] != points[b] ? points[a] < points[b] : a < b; });
  std::vector<std::uint32_t> distinct;
  distinct.reserve(order.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    if (i == 0 || points[order[i]] != points[order[i - 1]])
      distinct.push_back(order[i]);
  order = {};

  std::vector<FilterPoint> copies;
  copies.reserve(distinct.size());
  for (std::uint32_t i : distinct)
    copies.push_back(points[i]);
  const DominanceTree tree(std::move(copies));

  std::vector<char> kept(distinct.size(), 0);
  constexpr std::size_t k_chunk = 4096;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto work = [&] {
    try {
      std::vector<std::uint32_t> stack;
      for (std::size_t begin; (begin = next.fetch_add(k_chunk)) < distinct.size();) {
        if (cancel && cancel->load())
          return;
        const std::size_t end = std::min(begin + k_chunk, distinct.size());
        for (std::size_t i = begin; i < end; ++i)
          kept[i] = tree.dominates(points[distinct[i]], stack) ? 0 : 1;
      }
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      failure = std::current_exception();
      next = distinct.size();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, threads); ++t)
    pool.emplace_back(work);
  work();
  for (auto& t : pool)
    t.join();
  if (failure)
    std::rethrow_exception(failure);
  if (cancel && cancel->load())
    return {};

  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < distinct.size(); ++i)
    if (kept[i])
      out.push_back(distinct[i]);
  std::sort(out.begin(), out.end());
  return out;
}

}   // namespace cdse
