#pragma once
// A set of objective vectors stored row-major in one flat buffer (no per-point allocation), so an
// archive of 10^5 designs can be re-scored and sorted in a few milliseconds. All objectives are
// minimised.
#include <cstddef>
#include <span>
#include <stdexcept>
#include <vector>

namespace cdse {

class PointSet {
public:
  explicit PointSet(int dimensions = 2) : dimensions_(dimensions)
  {
    if (dimensions < 1)
      throw std::invalid_argument("PointSet: dimensions must be >= 1");
  }
  PointSet(int dimensions, std::vector<double> flat_values) : PointSet(dimensions)
  {
    if (flat_values.size() % static_cast<std::size_t>(dimensions) != 0)
      throw std::invalid_argument("PointSet: flat buffer size is not a multiple of dimensions");
    values_ = std::move(flat_values);
  }
  static PointSet from_rows(const std::vector<std::vector<double>>& rows)
  {
    PointSet set(rows.empty() ? 2 : static_cast<int>(rows.front().size()));
    set.reserve(rows.size());
    for (const auto& row : rows)
      set.add(row);
    return set;
  }

  int dimensions() const { return dimensions_; }
  std::size_t size() const { return values_.size() / static_cast<std::size_t>(dimensions_); }
  bool empty() const { return values_.empty(); }
  void reserve(std::size_t points) { values_.reserve(points * static_cast<std::size_t>(dimensions_)); }
  void clear() { values_.clear(); }

  void add(std::span<const double> point)
  {
    if (point.size() != static_cast<std::size_t>(dimensions_))
      throw std::invalid_argument("PointSet::add: point has the wrong number of objectives");
    values_.insert(values_.end(), point.begin(), point.end());
  }
  std::span<const double> operator[](std::size_t index) const
  {
    return {values_.data() + index * static_cast<std::size_t>(dimensions_), static_cast<std::size_t>(dimensions_)};
  }
  std::span<double> mutable_point(std::size_t index)
  {
    return {values_.data() + index * static_cast<std::size_t>(dimensions_), static_cast<std::size_t>(dimensions_)};
  }
  // The subset at `indices`, in that order.
  PointSet subset(std::span<const std::size_t> indices) const
  {
    PointSet out(dimensions_);
    out.reserve(indices.size());
    for (std::size_t i : indices)
      out.add((*this)[i]);
    return out;
  }
  const std::vector<double>& flat() const { return values_; }

private:
  int dimensions_;
  std::vector<double> values_;
};

}   // namespace cdse
