#include "core/analysis/carbon_optimum.h"

#include <cmath>

namespace cdse {

CarbonOptimum carbon_optimal(const SweepCandidates& candidates, const CarbonScorer& scorer)
{
  CarbonOptimum best;
  for (std::size_t i = 0; i < candidates.designs.size(); ++i) {
    const DesignInvariants& d = candidates.designs[i];
    const CarbonBreakdown c = scorer.score(d);
    if (!std::isfinite(c.total_kg) || (best.index && !(c.total_kg < best.carbon.total_kg)))
      continue;
    if (!candidates.constraints.check(d, c, candidates.accuracy_required).feasible)
      continue;
    best = {i, c};
  }
  return best;
}

}   // namespace cdse
