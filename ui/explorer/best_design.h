#pragma once
// "Select the lowest-carbon / fastest / most accurate design": the answer is a design of the
// feasible Pareto front, never a dominated one that merely ties on the asked objective (many
// designs share one model's accuracy estimate; the first of them found used to win, e.g. a
// 0.77 kg design over the front's 0.3 kg one of the same accuracy). Ties on the asked objective
// are broken by the run's other objectives in order, then by the remaining ones.
#include <cstddef>
#include <optional>

#include "core/carbon/carbon_settings.h"
#include "core/search/archive/archive.h"
#include "core/search/archive/objective.h"

// Values this close (relative) count as a tie: the same accuracy estimate reached by different
// arithmetic paths may differ in the last bits.
inline constexpr double k_best_design_tie_tolerance = 1e-9;

// The archive position of the best front design, or nullopt when the front is empty.
std::optional<std::size_t> bestFrontDesign(const cdse::Archive& archive, cdse::Objective objective,
                                           const cdse::CarbonSettings& settings);
