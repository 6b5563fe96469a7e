// carbondse-cli regime --x-param P --x-from A --x-to B --y-param Q --y-from C --y-to D
//   [--x-steps N] [--y-steps M] [--x-log] [--y-log] (--scenario S | --journal J) [carbon flags]
// A regime map (issue 16): two carbon assumptions varied together; at each point the
// carbon-optimal design among the candidates (a search's designs, or the scenario's exact
// universal front) and its embodied share, and the break-even contour where that design's
// operational carbon equals its embodied carbon (closed form per column, not read off the grid).
#include <cmath>
#include <iostream>

#include "analysis_candidates.h"
#include "carbon_flags.h"
#include "cli_commands.h"
#include "core/analysis/regime_map.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/io/input_error.h"

namespace cdse::cli {
namespace {

SweepRange read_axis(const CliArgs& args, const std::string& axis, int default_steps)
{
  const std::string p = axis + "-param";
  const auto param = args.text(p);
  if (!param)
    throw InputError("--" + p, "required: the assumption along " + axis +
                                   " (grid-intensity, lifetime-years, inferences-per-second or duty-cycle)");
  SweepRange range;
  range.parameter = parse_sweep_parameter(*param, "--" + p);
  const auto from = args.number(axis + "-from", -1e300, 1e300), to = args.number(axis + "-to", -1e300, 1e300);
  if (!from)
    throw InputError("--" + axis + "-from", "required: the first value along " + axis);
  if (!to)
    throw InputError("--" + axis + "-to", "required: the last value along " + axis);
  range.from = *from;
  range.to = *to;
  range.steps = static_cast<int>(args.integer(axis + "-steps", 1, 1000).value_or(default_steps));
  range.log_scale = args.has(axis + "-log");
  return range;
}

nlohmann::json axis_json(const SweepRange& range, const std::vector<double>& values)
{
  const auto& info = sweep_parameter_info(range.parameter);
  return {{"parameter", info.id}, {"unit", info.unit}, {"scale", range.log_scale ? "log" : "linear"}, {"values", values}};
}

// A number, or null for NaN (JSON has no NaN).
nlohmann::json number_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

int run_regime(const Args& raw, std::ostream& out, std::ostream& err)
{
  const CliArgs args(raw, regime_command().flags);
  if (!args.positionals().empty())
    throw InputError(args.positionals().front(), "regime takes no design files (the candidates are the designs)");
  const SweepRange x = read_axis(args, "x", 41), y = read_axis(args, "y", 41);
  check_regime_axes(x, y);   // the ranges' errors before any long work
  const AnalysisCandidates candidates = load_analysis_candidates(args, "regime", false, err);
  const CarbonSettings base = apply_carbon_flags(args, candidates.scenario.carbon);
  const RegimeMap map = run_regime_map(base, x, y, candidates.pool);

  nlohmann::json result = {{"x", axis_json(x, map.x_values)},
                           {"y", axis_json(y, map.y_values)},
                           {"scenario", candidates.scenario.name},
                           {"carbon", to_json(base)},
                           {"candidates", {{"source", candidates.source}, {"designs", candidates.archive->size()}}}};
  // Rows are y values (bottom to top), columns x values.
  nlohmann::json optimal = nlohmann::json::array(), share = nlohmann::json::array(), total = nlohmann::json::array();
  for (std::size_t iy = 0; iy < map.y_values.size(); ++iy) {
    nlohmann::json o = nlohmann::json::array(), s = nlohmann::json::array(), t = nlohmann::json::array();
    for (std::size_t ix = 0; ix < map.x_values.size(); ++ix) {
      const std::size_t c = map.cell(ix, iy);
      o.push_back(map.optimal[c] < 0 ? nlohmann::json(nullptr)
                                     : nlohmann::json(candidates.index_of(static_cast<std::size_t>(map.optimal[c]))));
      s.push_back(number_or_null(map.embodied_share[c]));
      t.push_back(number_or_null(map.total_kg[c]));
    }
    optimal.push_back(std::move(o));
    share.push_back(std::move(s));
    total.push_back(std::move(t));
  }
  result["optimal"] = std::move(optimal);
  result["embodied_share"] = std::move(share);
  result["total_kg"] = std::move(total);
  nlohmann::json regimes = nlohmann::json::array();
  for (std::size_t k = 0; k < map.regimes.size(); ++k) {
    nlohmann::json r = candidates.describe(map.regimes[k]);
    r["index"] = candidates.index_of(map.regimes[k]);
    r["cells"] = map.regime_cells[k];
    regimes.push_back(std::move(r));
  }
  result["regimes"] = std::move(regimes);
  nlohmann::json contour = nlohmann::json::array();
  for (const auto& p : map.contour)
    contour.push_back({{"x", p.x}, {"y", p.y}, {"index", candidates.index_of(p.design)}});
  result["break_even_contour"] = std::move(contour);
  out << result.dump(args.has("compact") ? -1 : 2) << "\n";
  return 0;
}

}   // namespace

const CommandSpec& regime_command()
{
  static const CommandSpec spec{
      "regime",
      "--x-param P --x-from A --x-to B --y-param Q --y-from C --y-to D (--scenario S | --journal FILE) [OPTIONS]",
      "map two carbon assumptions: the optimal design and its embodied share at each point, the break-even (JSON)",
      "Varies two operational assumptions together (any two of grid-intensity, lifetime-years,\n"
      "inferences-per-second and duty-cycle) and prints, at each point of the grid, the carbon-optimal\n"
      "design among the candidates within the scenario's limits, its total carbon and its embodied\n"
      "share; each design that is optimal somewhere, with the cells it covers; and the break-even\n"
      "contour, where the optimal design's operational carbon equals its embodied carbon (for each x,\n"
      "the closed-form break-even in y of each design optimal in that column, kept where it is the\n"
      "optimum). Rows of the grids are y values, columns x values. Candidates: the designs of a\n"
      "search's --journal, or, with --scenario, its exact universal front. Nothing is re-simulated.",
      FlagTable{
          {"x-param", "P", "", "required", "the assumption across: grid-intensity, lifetime-years, ..."},
          {"x-from", "A", "", "required", "first x value, in the parameter's unit"},
          {"x-to", "B", "", "required", "last x value"},
          {"x-steps", "N", "", "41", "number of x values, both ends included"},
          {"x-log", "", "", "linear", "space the x values geometrically (needs --x-from above 0)"},
          {"y-param", "Q", "", "required", "the assumption up (different from --x-param)"},
          {"y-from", "C", "", "required", "first y value"},
          {"y-to", "D", "", "required", "last y value"},
          {"y-steps", "M", "", "41", "number of y values"},
          {"y-log", "", "", "linear", "space the y values geometrically"},
      } + analysis_candidate_flags() +
          carbon_flags(),
      &run_regime};
  return spec;
}

}   // namespace cdse::cli
