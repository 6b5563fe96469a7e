#include "core/analysis/assumption_comparison.h"

#include <cmath>

#include "core/carbon/carbon_scorer.h"

namespace cdse {

namespace {

bool finite(const CarbonBreakdown& c)
{
  return std::isfinite(c.total_kg) && std::isfinite(c.embodied_kg) && std::isfinite(c.operational_kg);
}

OptimumUnderSet optimum(const SweepCandidates& candidates, const CarbonScorer& own, const CarbonScorer& other,
                        bool own_is_a)
{
  OptimumUnderSet out;
  const CarbonOptimum best = carbon_optimal(candidates, own);
  if (!best.index)
    return out;
  out.index = best.index;
  const DesignInvariants& d = candidates.designs[*best.index];
  const CarbonBreakdown elsewhere = other.score(d);
  out.under_a = own_is_a ? best.carbon : elsewhere;
  out.under_b = own_is_a ? elsewhere : best.carbon;
  out.feasible_under_other = finite(elsewhere) &&
                             candidates.constraints.check(d, elsewhere, candidates.accuracy_required).feasible;
  return out;
}

}   // namespace

std::optional<double> DesignUnderAB::delta_total_fraction() const
{
  if (!scorable || !(a.total_kg > 0))
    return std::nullopt;
  return delta_total_kg() / a.total_kg;
}

std::optional<double> AssumptionComparison::switch_saving_kg() const
{
  if (!optimal_a.index || !optimal_b.index || !std::isfinite(optimal_a.under_b.total_kg))
    return std::nullopt;
  if (*optimal_a.index == *optimal_b.index)
    return 0.0;
  return optimal_a.under_b.total_kg - optimal_b.under_b.total_kg;
}

std::optional<double> AssumptionComparison::switch_saving_fraction() const
{
  const auto saving = switch_saving_kg();
  if (!saving || !(optimal_a.under_b.total_kg > 0))
    return std::nullopt;
  return *saving / optimal_a.under_b.total_kg;
}

AssumptionComparison compare_assumptions(const CarbonSettings& a, const CarbonSettings& b,
                                         const std::vector<DesignInvariants>& designs, const SweepCandidates* candidates)
{
  const CarbonScorer scorer_a(a), scorer_b(b);
  AssumptionComparison out;
  out.designs.reserve(designs.size());
  for (const auto& d : designs) {
    DesignUnderAB row{scorer_a.score(d), scorer_b.score(d)};
    row.scorable = finite(row.a) && finite(row.b);
    out.designs.push_back(row);
  }
  if (candidates) {
    out.optimal_a = optimum(*candidates, scorer_a, scorer_b, true);
    out.optimal_b = optimum(*candidates, scorer_b, scorer_a, false);
  }
  return out;
}

}   // namespace cdse
