#include "core/analysis/regime_map.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>
#include <string>

#include "core/analysis/break_even.h"
#include "core/carbon/carbon_scorer.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

// The axis' values, with the range errors renamed for the axis ("--from" → "--x-from").
std::vector<double> axis_values(const SweepRange& range, const std::string& axis)
{
  try {
    return sweep_values(range);
  } catch (const InputError& e) {
    std::string where = e.where();
    if (where.rfind("--", 0) == 0)
      where = "--" + axis + "-" + where.substr(2);
    throw InputError(where, e.problem());
  }
}

CarbonSettings at(const CarbonSettings& base, const SweepRange& x, double xv, const SweepRange& y, double yv)
{
  return with_sweep_value(with_sweep_value(base, x.parameter, xv), y.parameter, yv);
}

}   // namespace

void check_regime_axes(const SweepRange& x, const SweepRange& y)
{
  for (const auto& [axis, r] : {std::pair{"--x-param", &x}, std::pair{"--y-param", &y}})
    if (sweep_parameter_info(r->parameter).categorical)
      throw InputError(axis,
                       std::string(sweep_parameter_info(r->parameter).id) +
                           " is a category: the map needs two numeric assumptions (use sweep to compare categories)");
  if (x.parameter == y.parameter)
    throw InputError("--y-param",
                     std::string("must differ from --x-param (both are ") + sweep_parameter_info(x.parameter).id + ")");
  axis_values(x, "x");
  axis_values(y, "y");
  const auto nx = static_cast<std::size_t>(x.steps), ny = static_cast<std::size_t>(y.steps);
  if (nx * ny > 1000000)
    throw InputError("--y-steps",
                     "the map may have at most 1,000,000 cells, got " + std::to_string(nx) + " × " + std::to_string(ny));
}

RegimeMap run_regime_map(const CarbonSettings& base, const SweepRange& x, const SweepRange& y,
                         const SweepCandidates& candidates, const std::atomic<bool>* cancel)
{
  check_regime_axes(x, y);
  RegimeMap map;
  map.x = x;
  map.y = y;
  map.x_values = axis_values(x, "x");
  map.y_values = axis_values(y, "y");
  const std::size_t nx = map.x_values.size(), ny = map.y_values.size();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  map.optimal.assign(nx * ny, -1);
  map.embodied_share.assign(nx * ny, nan);
  map.total_kg.assign(nx * ny, nan);
  const auto cancelled = [&] { return cancel && cancel->load(); };

  std::vector<std::size_t> cells_of(candidates.designs.size(), 0);
  for (std::size_t ix = 0; ix < nx; ++ix) {
    if (cancelled()) {
      map.cancelled = true;
      return map;
    }
    std::vector<std::size_t> in_column;   // the distinct optima of this column
    for (std::size_t iy = 0; iy < ny; ++iy) {
      const CarbonScorer scorer(at(base, x, map.x_values[ix], y, map.y_values[iy]));
      const CarbonOptimum best = carbon_optimal(candidates, scorer);
      if (!best.index)
        continue;
      const std::size_t c = map.cell(ix, iy);
      map.optimal[c] = static_cast<std::int32_t>(*best.index);
      map.total_kg[c] = best.carbon.total_kg;
      map.embodied_share[c] = best.carbon.total_kg > 0 ? best.carbon.embodied_kg / best.carbon.total_kg : nan;
      ++cells_of[*best.index];
      if (std::find(in_column.begin(), in_column.end(), *best.index) == in_column.end())
        in_column.push_back(*best.index);
    }

    // The contour in this column: each optimum's own break-even in y, where it is the optimum.
    const BreakEvenSolver solver(with_sweep_value(base, x.parameter, map.x_values[ix]), y.parameter);
    const double y_lo = std::min(y.from, y.to), y_hi = std::max(y.from, y.to);
    std::vector<RegimeContourPoint> points;
    for (std::size_t d : in_column) {
      const BreakEven b = solver.solve(candidates.designs[d]);
      if (b.kind != BreakEven::Kind::Crosses || !b.value || *b.value < y_lo || *b.value > y_hi)
        continue;
      const CarbonOptimum there = carbon_optimal(candidates, CarbonScorer(at(base, x, map.x_values[ix], y, *b.value)));
      if (there.index == d)
        points.push_back({map.x_values[ix], *b.value, d, ix});
    }
    std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.y < b.y; });
    map.contour.insert(map.contour.end(), points.begin(), points.end());
  }

  for (std::size_t d = 0; d < cells_of.size(); ++d)
    if (cells_of[d] > 0)
      map.regimes.push_back(d);
  std::stable_sort(map.regimes.begin(), map.regimes.end(),
                   [&](std::size_t a, std::size_t b) { return cells_of[a] > cells_of[b]; });
  for (std::size_t d : map.regimes)
    map.regime_cells.push_back(cells_of[d]);
  return map;
}

}   // namespace cdse
