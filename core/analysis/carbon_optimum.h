#pragma once
// The carbon-optimal design among candidates under one scorer (issue 16): the lowest total carbon
// among the candidates that meet their constraints (limits and accuracy floor, judged under these
// settings: a carbon limit moves with them). Shared by sweeps and A/B comparisons.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_scorer.h"
#include "core/carbon/design_invariants.h"
#include "core/search/archive/search_constraints.h"

namespace cdse {

struct SweepCandidates {
  std::vector<DesignInvariants> designs;
  SearchConstraints constraints;
  bool accuracy_required = false;   // accuracy is an objective: a design without an estimate is out
};

struct CarbonOptimum {
  std::optional<std::size_t> index;   // into the candidates; empty when none is feasible
  CarbonBreakdown carbon;             // its carbon under the scorer's settings
};

// Ties keep the first candidate, so the answer does not depend on floating-point noise in order.
CarbonOptimum carbon_optimal(const SweepCandidates& candidates, const CarbonScorer& scorer);

}   // namespace cdse
