#include "core/analysis/carbon_sweep.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/carbon/carbon_scorer.h"
#include "core/io/input_error.h"

namespace cdse {

namespace {

std::string num(double v)
{
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.')
    s.pop_back();
  return s;
}

}   // namespace

std::vector<SweepCategory> sweep_range_categories(const SweepRange& range)
{
  if (!sweep_parameter_info(range.parameter).categorical)
    return {};
  const std::vector<SweepCategory> all = sweep_categories(range.parameter);
  if (range.categories.empty())
    return all;
  std::vector<SweepCategory> chosen;
  for (const auto& id : range.categories) {
    if (std::any_of(chosen.begin(), chosen.end(), [&](const auto& c) { return c.id == id; }))
      throw InputError("--categories", "'" + id + "' is listed twice");
    with_sweep_category(CarbonSettings{}, range.parameter, id);   // the error for an unknown id
    chosen.push_back(*std::find_if(all.begin(), all.end(), [&](const auto& c) { return c.id == id; }));
  }
  return chosen;
}

std::vector<double> sweep_values(const SweepRange& range)
{
  if (sweep_parameter_info(range.parameter).categorical) {
    std::vector<double> values;
    for (const auto& c : sweep_range_categories(range))
      values.push_back(c.value);
    return values;
  }
  const double lo = BreakEvenSolver::range_min(range.parameter), hi = BreakEvenSolver::range_max(range.parameter);
  const std::string unit = sweep_parameter_info(range.parameter).unit;
  const auto check_value = [&](double v, const char* field) {
    if (!std::isfinite(v) || v < lo || v > hi)
      throw InputError(field, "must be in [" + num(lo) + ", " + num(hi) + "] " + unit + " for " +
                                  sweep_parameter_info(range.parameter).id + ", got " + num(v));
  };
  check_value(range.from, "--from");
  check_value(range.to, "--to");
  if (range.steps < 1 || range.steps > 100000)
    throw InputError("--steps", "must be 1 to 100000, got " + std::to_string(range.steps));
  if (range.steps > 1 && !(range.to > range.from))
    throw InputError("--to", "must be greater than --from (" + num(range.from) + "), got " + num(range.to));
  if (range.log_scale && !(range.from > 0))
    throw InputError("--from", "a log-scale sweep must start above 0, got " + num(range.from));
  if (range.parameter == SweepParameter::LifetimeYears && !(range.from > 0))
    throw InputError("--from", "a lifetime must be above 0 years, got " + num(range.from));

  std::vector<double> values(static_cast<std::size_t>(range.steps));
  for (int i = 0; i < range.steps; ++i) {
    const double t = range.steps == 1 ? 0.0 : static_cast<double>(i) / (range.steps - 1);
    values[static_cast<std::size_t>(i)] = range.log_scale ? range.from * std::pow(range.to / range.from, t)
                                                          : range.from + (range.to - range.from) * t;
  }
  values.back() = range.steps == 1 ? range.from : range.to;   // exact ends despite rounding
  return values;
}

CarbonSweep run_carbon_sweep(const CarbonSettings& base, const SweepRange& range,
                             const std::vector<DesignInvariants>& designs, const SweepCandidates* candidates,
                             const std::atomic<bool>* cancel)
{
  const bool categorical = sweep_parameter_info(range.parameter).categorical;
  const std::vector<SweepCategory> categories = sweep_range_categories(range);
  const std::vector<double> values = sweep_values(range);
  CarbonSweep out;
  if (!categorical) {
    const BreakEvenSolver break_even(base, range.parameter);
    for (const auto& d : designs)
      out.break_evens.push_back(break_even.solve(d));
  }

  for (std::size_t i = 0; i < values.size(); ++i) {
    if (cancel && cancel->load()) {
      out.cancelled = true;
      break;
    }
    const double value = values[i];
    const CarbonScorer scorer(categorical ? with_sweep_category(base, range.parameter, categories[i].id)
                                          : with_sweep_value(base, range.parameter, value));
    SweepStep step;
    step.value = value;
    if (categorical)
      step.category = categories[i].id;
    for (const auto& d : designs)
      step.designs.push_back(scorer.score(d));
    if (candidates) {
      const CarbonOptimum optimum = carbon_optimal(*candidates, scorer);
      step.optimal = optimum.index;
      step.optimal_carbon = optimum.carbon;
      if (!out.steps.empty() && out.steps.back().optimal != step.optimal)
        out.changes.push_back({out.steps.back().value, value, out.steps.back().optimal, step.optimal});
    }
    out.steps.push_back(std::move(step));
  }
  return out;
}

}   // namespace cdse
