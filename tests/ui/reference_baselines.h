#pragma once
// Real designs for panel tests: up to three evaluated baselines of the reference CLIP scenario,
// as the explorer hands them to the panels (scored under the scenario's assumptions).
#include <vector>

#include "core/search/scenario/scenario.h"
#include "ui/explorer/explorer_model.h"

inline std::vector<SelectedDesign> referenceBaselineDesigns(ExplorerModel& model)
{
  model.loadScenario(cdse::builtin_scenario("reference-clip-b16"));
  std::vector<SelectedDesign> designs;
  for (std::size_t i = 0; i < model.baselines().size() && designs.size() < 3; ++i)
    if (auto info = model.designInfo(DesignRef::baseline(i)); info && info->evaluated)
      designs.push_back(*info);
  return designs;
}
