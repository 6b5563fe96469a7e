#pragma once
// When the exact algorithm can solve a scenario, and why not when it cannot. The exact solver
// (exact_solver.h) needs every objective and limit to follow from per-stack sums (latency, dynamic
// energy, weights) and per-accelerator values (area, leakage power, peak TOPS), and the accuracy
// to be a known monotone function of each stack's compute: the built-in CLIP estimate. Where a
// scenario breaks one of these conditions the algorithm refuses, with one line saying which, rather
// than approximate. The conditions and the proof are in docs/search.md ("Exact fronts").
#include <optional>
#include <string>

#include "core/search/scenario/scenario.h"

namespace cdse {

// nullopt when exact can solve the scenario; else one sentence for the user, e.g. "exact needs the
// built-in accuracy estimate; this scenario measures accuracy with an external evaluator".
std::optional<std::string> exact_refusal(const Scenario& scenario);

}   // namespace cdse
