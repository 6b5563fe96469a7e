#pragma once
// A sweep of one carbon assumption (issue 16): at each value (or category: fab location, node), every listed design's embodied,
// operational and total carbon, and the carbon-optimal design among the candidates (a search's
// designs, or the exact universal front, which holds the optimum for every value) within their
// constraints (limits and accuracy floor, judged at each value: a carbon limit moves with it); the
// values between which the optimum changes; each listed design's break-even (break_even.h; a
// numeric, operational parameter only).
// Nothing is simulated: designs are re-scored from their invariants, as a slider does. Values in,
// values out; no threads (the GUI calls it on a worker thread, with `cancel`).
#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/break_even.h"
#include "core/analysis/carbon_optimum.h"
#include "core/analysis/sweep_parameter.h"
#include "core/carbon/carbon_breakdown.h"
#include "core/carbon/carbon_settings.h"
#include "core/carbon/design_invariants.h"

namespace cdse {

struct SweepRange {
  SweepParameter parameter = SweepParameter::GridIntensity;
  double from = 0, to = 1000;
  int steps = 101;          // values, both ends included (1: just `from`)
  bool log_scale = false;   // geometric spacing (needs from > 0)
  // A categorical parameter: the category ids to compare, in this order; empty = every category,
  // in sweep_categories' order. from, to, steps and log_scale do not apply.
  std::vector<std::string> categories;
};

// The swept values; InputError naming "--from", "--to" or "--steps" when the range is not valid
// for the parameter (each value must be a valid setting). For a categorical parameter, the
// categories' values.
std::vector<double> sweep_values(const SweepRange& range);
// The categories a categorical sweep compares; InputError naming "--categories" for an unknown or
// repeated id. Empty for a numeric parameter.
std::vector<SweepCategory> sweep_range_categories(const SweepRange& range);

struct SweepStep {
  double value = 0;                       // a categorical step: its category's value (fab g/kWh, node nm)
  std::string category;                   // a categorical step: its category's id ("taiwan", "7"); else empty
  std::vector<CarbonBreakdown> designs;   // of the listed designs, in their order
  std::optional<std::size_t> optimal;     // candidate with the lowest feasible total carbon
  CarbonBreakdown optimal_carbon;
};

struct OptimalChange {
  double after_value = 0;   // the last value with the old optimum
  double at_value = 0;      // the first value with the new one
  std::optional<std::size_t> from, to;
};

struct CarbonSweep {
  std::vector<SweepStep> steps;
  std::vector<OptimalChange> changes;   // between neighbouring steps (categories: in their order)
  std::vector<BreakEven> break_evens;   // of the listed designs; empty for a categorical parameter
  bool cancelled = false;
};

// `candidates` may be null (no optimum is reported). Returns what is done so far, with
// `cancelled` set, when `cancel` becomes true.
CarbonSweep run_carbon_sweep(const CarbonSettings& base, const SweepRange& range,
                             const std::vector<DesignInvariants>& designs, const SweepCandidates* candidates,
                             const std::atomic<bool>* cancel = nullptr);

}   // namespace cdse
