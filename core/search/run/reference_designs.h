#pragma once
// The designs a run measures before it searches: the corners of the space (anchors that place the
// hypervolume reference point) and the scenario's baseline designs. The GUI evaluates the same
// designs on start-up, so the baselines are on screen before any search runs.
#include <string>
#include <vector>

#include "core/carbon/design_invariants.h"
#include "core/search/run/evaluation_pool.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_result.h"
#include "core/search/space/search_space.h"

namespace cdse {

struct ReferenceDesigns {
  std::vector<DesignInvariants> anchors;
  std::vector<BaselineResult> baselines;   // one per scenario baseline, with its error if it failed
  std::vector<std::string> warnings;
};

ReferenceDesigns evaluate_reference_designs(const Scenario& scenario, const SearchSpace& space,
                                            const EvaluationPool::EvaluateFunction& evaluate);

}   // namespace cdse
