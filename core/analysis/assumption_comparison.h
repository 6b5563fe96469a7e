#pragma once
// A/B assumptions (issue 16): the same designs scored under two full sets of carbon assumptions
// (region, lifetime, workload, fab, node, ...), with the deltas, the carbon-optimal design under
// each set, and what B's optimum saves under B against keeping A's ("on Poland's grid for 6 years
// instead of Quebec's for 3, which design is best and how much does it save?"). Nothing is
// simulated: designs are re-scored from their invariants, as a slider does. Values in, values out.
#include <cstddef>
#include <optional>
#include <vector>

#include "core/analysis/carbon_optimum.h"
#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"

namespace cdse {

// One design's carbon under A and under B; B − A.
struct DesignUnderAB {
  CarbonBreakdown a, b;
  bool scorable = true;   // false when a set cannot score it (e.g. a node the tables lack): no deltas

  double delta_total_kg() const { return b.total_kg - a.total_kg; }
  // (B − A) / A; empty when A's total is not above zero.
  std::optional<double> delta_total_fraction() const;
};

// The carbon-optimal candidate under one set, and its carbon under both sets.
struct OptimumUnderSet {
  std::optional<std::size_t> index;   // into the candidates
  CarbonBreakdown under_a, under_b;
  bool feasible_under_other = false;   // it also meets the limits under the other set
};

struct AssumptionComparison {
  std::vector<DesignUnderAB> designs;     // the listed designs, in their order
  OptimumUnderSet optimal_a, optimal_b;   // empty indices without candidates or feasible ones

  // Under B, switching from A's optimum to B's saves this (≥ 0; 0 when they are the same design);
  // empty when either optimum is missing or A's optimum cannot be scored under B.
  std::optional<double> switch_saving_kg() const;
  std::optional<double> switch_saving_fraction() const;   // of A's optimum's total under B
};

// `candidates` may be null (no optimum is reported).
AssumptionComparison compare_assumptions(const CarbonSettings& a, const CarbonSettings& b,
                                         const std::vector<DesignInvariants>& designs, const SweepCandidates* candidates);

}   // namespace cdse
