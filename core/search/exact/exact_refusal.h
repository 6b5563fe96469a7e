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

// Why a scenario cannot be solved exactly (the GUI translates these; the CLI prints the message).
enum class ExactRefusalReason {
  InvalidSpace,           // the scenario's space cannot be built
  TooManyStacks,          // more than two stacks to pair
  NodeOverride,           // carbon.node_nm on a searched accelerator
  AccuracyNotSeparable,   // measured table or external evaluator compared across models
  NoScalingLaw,           // the preset's built-in estimate has no value for pruned shapes
};

struct ExactRefusal {
  ExactRefusalReason reason;
  std::string message;   // one English sentence, e.g. "it needs the built-in accuracy estimate, ..."
};

// nullopt when exact can solve the scenario.
std::optional<ExactRefusal> exact_refusal_of(const Scenario& scenario);
// The message alone.
std::optional<std::string> exact_refusal(const Scenario& scenario);

}   // namespace cdse
