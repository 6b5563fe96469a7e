#include "core/search/archive/search_constraints.h"

namespace cdse {

namespace {

// A design without a usable value is as bad as one 100 % over a limit: infeasible, but comparable.
constexpr double k_missing_value_violation = 1.0;

void check_max(double value, const std::optional<double>& limit, std::uint32_t bit, Feasibility& f)
{
  if (!limit || value <= *limit)
    return;
  f.feasible = false;
  f.violated |= bit;
  f.violation += *limit > 0 ? (value - *limit) / *limit : value - *limit;
}

}   // namespace

Feasibility SearchConstraints::check(const DesignInvariants& inv, const CarbonBreakdown& carbon,
                                     bool accuracy_required) const
{
  Feasibility f;
  check_max(inv.latency_s, max_latency_s, MaxLatency, f);
  check_max(inv.area_mm2, max_area_mm2, MaxArea, f);
  check_max(inv.peak_tops, max_peak_tops, MaxPeakTops, f);
  check_max(carbon.total_kg, max_total_carbon_kg, MaxTotalCarbon, f);
  check_max(inv.energy_per_inference_j, max_energy_per_inference_j, MaxEnergyPerInference, f);
  if ((accuracy_required || min_accuracy) && !inv.accuracy_available) {
    f.feasible = false;
    f.violated |= AccuracyUnavailable;
    f.violation += k_missing_value_violation;
  } else if (min_accuracy && inv.accuracy < *min_accuracy) {
    f.feasible = false;
    f.violated |= MinAccuracy;
    f.violation += *min_accuracy > 0 ? (*min_accuracy - inv.accuracy) / *min_accuracy : 0;
  }
  return f;
}

std::vector<std::string> violated_limit_names(std::uint32_t violated)
{
  static const std::pair<std::uint32_t, const char*> names[] = {
      {SearchConstraints::MaxLatency, "latency"},
      {SearchConstraints::MaxArea, "area"},
      {SearchConstraints::MaxPeakTops, "peak_tops"},
      {SearchConstraints::MinAccuracy, "accuracy"},
      {SearchConstraints::MaxTotalCarbon, "total_carbon"},
      {SearchConstraints::MaxEnergyPerInference, "energy_per_inference"},
      {SearchConstraints::AccuracyUnavailable, "accuracy_unavailable"},
      {SearchConstraints::EvaluationFailed, "evaluation_failed"},
  };
  std::vector<std::string> out;
  for (const auto& [bit, name] : names)
    if (violated & bit)
      out.emplace_back(name);
  return out;
}

}   // namespace cdse
