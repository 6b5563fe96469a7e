#include "ui/explorer/best_design.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// The asked objective, then the run's others in order, then the rest of the three.
std::vector<cdse::Objective> tieBreakOrder(cdse::Objective first, const std::vector<cdse::Objective>& runObjectives)
{
  std::vector<cdse::Objective> order{first};
  auto add = [&order](cdse::Objective o) {
    if (std::find(order.begin(), order.end(), o) == order.end())
      order.push_back(o);
  };
  for (auto o : runObjectives)
    add(o);
  for (auto o : {cdse::Objective::TotalCarbon, cdse::Objective::Latency, cdse::Objective::Accuracy})
    add(o);
  return order;
}

bool ties(double a, double best) { return a <= best + k_best_design_tie_tolerance * std::max(1.0, std::abs(best)); }

}   // namespace

std::optional<std::size_t> bestFrontDesign(const cdse::Archive& archive, cdse::Objective objective,
                                           const cdse::CarbonSettings& settings)
{
  std::vector<std::size_t> candidates;
  for (std::size_t i : archive.front())
    if (archive.feasibility(i).feasible && !archive.record(i).failed)
      candidates.push_back(i);
  auto value = [&](cdse::Objective o, std::size_t i) {
    const double v = cdse::objective_value(o, archive.record(i).invariants, archive.carbon(i), settings);
    return std::isfinite(v) ? v : std::numeric_limits<double>::infinity();
  };
  // Keep the candidates tied for the best value of each key in turn (all values are minimised).
  for (cdse::Objective key : tieBreakOrder(objective, archive.objective_list())) {
    if (candidates.size() <= 1)
      break;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i : candidates)
      best = std::min(best, value(key, i));
    if (!std::isfinite(best))
      continue;   // nobody has this value: it cannot decide
    std::erase_if(candidates, [&](std::size_t i) { return !ties(value(key, i), best); });
  }
  if (candidates.empty() || !std::isfinite(value(objective, candidates.front())))
    return std::nullopt;
  return candidates.front();
}
