#pragma once
// A regime map (issue 16): two operational assumptions varied together (e.g. grid intensity ×
// inference rate), every other assumption as in `base`. At each point of the grid: the
// carbon-optimal candidate within the constraints (judged at that point: a carbon limit moves
// with it) and its embodied share of total carbon; and the break-even contour, where the optimal
// design's operational carbon equals its embodied carbon.
//
// The contour is not read off the grid: for each x value it is the closed-form break-even in y
// (break_even.h) of each design that is optimal somewhere in that column, kept when that design
// is the optimum at exactly that point (checked by scoring every candidate there). Where the
// optimum changes, the embodied share jumps and the contour may end: it is drawn per design.
//
// Nothing is simulated: designs are re-scored from their invariants, as a slider does. Values in,
// values out; no threads (the GUI calls it on a worker thread, with `cancel`). Cost: one scan of
// the candidates per cell and per contour point.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/analysis/carbon_optimum.h"
#include "core/analysis/carbon_sweep.h"
#include "core/carbon/carbon_settings.h"

namespace cdse {

struct RegimeContourPoint {
  double x = 0, y = 0;
  std::size_t design = 0;   // the candidate optimal there
  std::size_t column = 0;   // index into x_values
};

struct RegimeMap {
  SweepRange x, y;
  std::vector<double> x_values, y_values;
  // Per cell, row-major in y: cell (ix, iy) is at iy * x_values.size() + ix.
  std::vector<std::int32_t> optimal;    // candidate index, or -1 when none is feasible there
  std::vector<double> embodied_share;   // the optimum's embodied / total (NaN without an optimum)
  std::vector<double> total_kg;         // the optimum's total carbon (NaN without an optimum)
  // The candidates that are optimal somewhere, most cells first (ties: lower index first).
  std::vector<std::size_t> regimes;
  std::vector<std::size_t> regime_cells;     // cells each of `regimes` covers
  std::vector<RegimeContourPoint> contour;   // sorted by column, then y
  bool cancelled = false;

  std::size_t cell(std::size_t ix, std::size_t iy) const { return iy * x_values.size() + ix; }
};

// InputError naming "--y-param" when the two parameters are the same, and the range fields
// ("--x-from", "--y-steps", ...) when a range is not valid; at most 1,000,000 cells.
void check_regime_axes(const SweepRange& x, const SweepRange& y);

// Checks the axes as above. Returns what is done so far, with `cancelled` set, when `cancel` becomes true.
RegimeMap run_regime_map(const CarbonSettings& base, const SweepRange& x, const SweepRange& y,
                         const SweepCandidates& candidates, const std::atomic<bool>* cancel = nullptr);

}   // namespace cdse
