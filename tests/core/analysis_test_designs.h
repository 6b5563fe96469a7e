#pragma once
// Designs for the analysis tests (sweeps, A/B, regime maps): the default model on a grid of
// accelerators from tiny to large, so that embodied and operational carbon both vary and
// different designs win under different assumptions. Evaluated with the real simulator and the
// built-in accuracy estimate. And the oracle the tests check optima against: every candidate
// scored on its own.
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/analysis/carbon_optimum.h"
#include "core/carbon/carbon_scorer.h"
#include "core/carbon/design_invariants.h"
#include "core/evaluation/design_document.h"
#include "core/evaluation/design_evaluator.h"

namespace cdse::test {

// Each accelerator at 22 nm and 7 nm: the older node is cheaper to make, the newer one cheaper to
// run, so a clean grid and a dirty one pick different designs.
inline std::vector<DesignInvariants> accelerator_grid_designs(std::initializer_list<int> clusters,
                                                              std::initializer_list<int> pe_widths,
                                                              std::initializer_list<double> glb_mbs)
{
  const DesignDocument doc = default_design_document();
  DesignEvaluator evaluator(std::make_shared<BuiltinAccuracyEstimator>());
  std::vector<DesignInvariants> out;
  for (int c : clusters)
    for (int width : pe_widths)
      for (double glb_mb : glb_mbs)
        for (int node_nm : {22, 7}) {
          Design d{*doc.model, doc.accelerator};
          d.accel.clusters = c;
          d.accel.pe_width = width;
          d.accel.glb_mb = glb_mb;
          d.accel.node_nm = node_nm;
          out.push_back(evaluator.evaluate(d));
        }
  return out;
}

// The feasible candidate with the lowest total carbon under `s` (the first of equals), found by
// scoring each one with its own scorer; empty when none is feasible.
inline std::optional<std::size_t> brute_force_optimum(const SweepCandidates& c, const CarbonSettings& s)
{
  const CarbonScorer scorer(s);
  std::optional<std::size_t> best;
  double best_kg = 0;
  for (std::size_t i = 0; i < c.designs.size(); ++i) {
    const CarbonBreakdown carbon = scorer.score(c.designs[i]);
    if (!c.constraints.check(c.designs[i], carbon, c.accuracy_required).feasible)
      continue;
    if (!best || carbon.total_kg < best_kg) {
      best = i;
      best_kg = carbon.total_kg;
    }
  }
  return best;
}

}   // namespace cdse::test
