#pragma once
// The oracle for an archive's Pareto front, by brute force and independent of the archive's and
// pareto.h's front code: the feasible designs that no feasible design beats (no worse in every
// minimised objective, better in one), in archive order. O(n²): for tests only.
#include <cstddef>
#include <vector>

#include "core/search/archive/archive.h"

inline std::vector<std::size_t> brute_force_front(const cdse::Archive& archive)
{
  const auto beats = [&](std::size_t a, std::size_t b) {
    const auto pa = archive.objectives(a);
    const auto pb = archive.objectives(b);
    bool strictly = false;
    for (std::size_t k = 0; k < pa.size(); ++k) {
      if (pa[k] > pb[k])
        return false;
      strictly = strictly || pa[k] < pb[k];
    }
    return strictly;
  };
  std::vector<std::size_t> front;
  for (std::size_t i = 0; i < archive.size(); ++i) {
    if (!archive.feasibility(i).feasible)
      continue;
    bool beaten = false;
    for (std::size_t j = 0; j < archive.size() && !beaten; ++j)
      beaten = j != i && archive.feasibility(j).feasible && beats(j, i);
    if (!beaten)
      front.push_back(i);
  }
  return front;
}
