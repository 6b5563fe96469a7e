#pragma once
// Designs for the analysis tests (sweeps, A/B, regime maps): the default model on a grid of
// accelerators from tiny to large, so that embodied and operational carbon both vary and
// different designs win under different assumptions. Evaluated with the real simulator and the
// built-in accuracy estimate.
#include <initializer_list>
#include <memory>
#include <vector>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/carbon/design_invariants.h"
#include "core/evaluation/design_document.h"
#include "core/evaluation/design_evaluator.h"

namespace cdse::test {

inline std::vector<DesignInvariants> accelerator_grid_designs(std::initializer_list<int> clusters,
                                                              std::initializer_list<int> pe_widths,
                                                              std::initializer_list<double> glb_mbs)
{
  const DesignDocument doc = default_design_document();
  DesignEvaluator evaluator(std::make_shared<BuiltinAccuracyEstimator>());
  std::vector<DesignInvariants> out;
  for (int c : clusters)
    for (int width : pe_widths)
      for (double glb_mb : glb_mbs) {
        Design d{*doc.model, doc.accelerator};
        d.accel.clusters = c;
        d.accel.pe_width = width;
        d.accel.glb_mb = glb_mb;
        out.push_back(evaluator.evaluate(d));
      }
  return out;
}

}   // namespace cdse::test
