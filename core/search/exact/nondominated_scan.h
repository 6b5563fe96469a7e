#pragma once
// Incremental non-dominance in up to three coordinates, for points offered in an order where no
// later point can dominate an earlier one (ascending in a primary key, ties pre-sorted): offer()
// says whether the point is dominated by one already kept (or equal to one: the first copy
// represents it) and keeps it when not. Two coordinates use a staircase in a flat sorted vector
// (binary search; most offers are rejected without touching memory beyond a few cache lines),
// one is a running minimum, three fall back to a list. Used by the exact solver, per stack and per
// accelerator; no allocation once warm.
#include <algorithm>
#include <array>
#include <cstddef>
#include <vector>

namespace cdse {

class NondominatedScan {
public:
  explicit NondominatedScan(int dims = 2) : dims_(dims) {}

  void reset(int dims)
  {
    dims_ = dims;
    clear();
  }
  void clear()
  {
    staircase_.clear();
    list_.clear();
    has_min_ = false;
  }

  // True when kept (not weakly dominated by a kept point).
  bool offer(const std::array<double, 3>& p)
  {
    switch (dims_) {
      case 0:
        if (has_min_)
          return false;
        has_min_ = true;
        return true;
      case 1:
        if (has_min_ && min_ <= p[0])
          return false;
        has_min_ = true;
        min_ = p[0];
        return true;
      case 2: return offer_staircase(p[0], p[1]);
      default: return offer_list(p);
    }
  }

private:
  struct Step {
    double a, b;
  };
  // Staircase: a ascending, b strictly descending. p is dominated when the last step with
  // a ≤ p.a has b ≤ p.b.
  bool offer_staircase(double a, double b)
  {
    auto it = std::upper_bound(staircase_.begin(), staircase_.end(), a,
                               [](double value, const Step& s) { return value < s.a; });
    if (it != staircase_.begin() && std::prev(it)->b <= b)
      return false;
    // Steps with a ≥ p.a and b ≥ p.b are now dominated by p: they form a run starting at `first`.
    auto first = std::lower_bound(staircase_.begin(), staircase_.end(), a,
                                  [](const Step& s, double value) { return s.a < value; });
    auto last = first;
    while (last != staircase_.end() && last->b >= b)
      ++last;
    if (first == last) {
      staircase_.insert(first, Step{a, b});
    } else {
      *first = Step{a, b};
      staircase_.erase(first + 1, last);
    }
    return true;
  }

  bool offer_list(const std::array<double, 3>& p)
  {
    for (const auto& q : list_)
      if (q[0] <= p[0] && q[1] <= p[1] && q[2] <= p[2])
        return false;
    list_.erase(std::remove_if(list_.begin(), list_.end(),
                               [&](const std::array<double, 3>& q) {
                                 return p[0] <= q[0] && p[1] <= q[1] && p[2] <= q[2];
                               }),
                list_.end());
    list_.push_back(p);
    return true;
  }

  int dims_ = 2;
  std::vector<Step> staircase_;
  std::vector<std::array<double, 3>> list_;
  bool has_min_ = false;
  double min_ = 0;
};

}   // namespace cdse
