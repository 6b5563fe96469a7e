#include "core/analysis/break_even.h"

#include <algorithm>
#include <limits>
#include <string>

#include "core/io/input_error.h"

namespace cdse {

namespace {

BreakEven crosses(double value) { return {BreakEven::Kind::Crosses, value}; }

// The sign of operational − embodied where it does not change over the range.
BreakEven constant_side(double operational_kg, double embodied_kg)
{
  if (operational_kg > embodied_kg)
    return {BreakEven::Kind::OperationalAbove, std::nullopt};
  if (operational_kg < embodied_kg)
    return {BreakEven::Kind::EmbodiedAbove, std::nullopt};
  return {BreakEven::Kind::NeverDiffer, std::nullopt};
}

}   // namespace

const char* break_even_kind_id(BreakEven::Kind kind)
{
  switch (kind) {
    case BreakEven::Kind::Crosses: return "crosses";
    case BreakEven::Kind::OperationalAbove: return "operational-above";
    case BreakEven::Kind::EmbodiedAbove: return "embodied-above";
    case BreakEven::Kind::NeverDiffer: return "never-differ";
  }
  return "";
}

double BreakEvenSolver::range_min(SweepParameter) { return 0.0; }

double BreakEvenSolver::range_max(SweepParameter parameter)
{
  switch (parameter) {
    case SweepParameter::GridIntensity: return 5000.0;
    case SweepParameter::LifetimeYears: return 100.0;
    case SweepParameter::InferencesPerSecond: return 1e9;
    case SweepParameter::DutyCycle: return 1.0;
    case SweepParameter::FabLocation: return 5000.0;   // as a fab intensity, g/kWh
    case SweepParameter::TechnologyNode: return 1000.0;
  }
  return 0.0;
}

BreakEvenSolver::BreakEvenSolver(const CarbonSettings& base, SweepParameter parameter)
    : parameter_(parameter), idle_fraction_(base.idle_power_fraction), base_(base)
{
  switch (parameter) {
    case SweepParameter::GridIntensity: unit_.emplace(with_sweep_value(base, parameter, 1.0)); break;
    case SweepParameter::LifetimeYears:
      amortized_lifetime_ = base.amortize;
      unit_.emplace(with_sweep_value(base, parameter, 1.0));
      break;
    case SweepParameter::InferencesPerSecond: {
      CarbonSettings per_rate = with_sweep_value(base, parameter, 1.0);
      per_rate.duty_cycle = 0.0;   // leakage counted only while busy
      unit_.emplace(per_rate);
      idle_.emplace(with_sweep_value(base, parameter, 0.0));
      break;
    }
    case SweepParameter::DutyCycle: {
      CarbonSettings powered = with_sweep_value(base, parameter, 1.0);
      powered.inferences_per_second = 0.0;   // leakage counted only while powered
      idle_.emplace(powered);
      no_power_.emplace(with_sweep_value(base, parameter, 0.0));
      break;
    }
    case SweepParameter::FabLocation:
    case SweepParameter::TechnologyNode:
      throw InputError("--param", std::string(sweep_parameter_info(parameter).id) +
                                      " is a category: embodied carbon changes with it, so there is no break-even");
  }
}

BreakEven BreakEvenSolver::within_range(double value, bool operational_grows) const
{
  // Below the crossing embodied carbon is above when operational carbon grows with the parameter.
  if (value > range_max(parameter_))
    return {operational_grows ? BreakEven::Kind::EmbodiedAbove : BreakEven::Kind::OperationalAbove, std::nullopt};
  if (value < range_min(parameter_))
    return {operational_grows ? BreakEven::Kind::OperationalAbove : BreakEven::Kind::EmbodiedAbove, std::nullopt};
  return crosses(value);
}

BreakEven BreakEvenSolver::solve(const DesignInvariants& design) const
{
  const CarbonBreakdown at_base = base_.score(design);
  const double embodied = at_base.embodied_kg;
  switch (parameter_) {
    case SweepParameter::GridIntensity:
    case SweepParameter::LifetimeYears: {
      if (amortized_lifetime_)   // both grow in proportion to the lifetime
        return constant_side(at_base.operational_kg, embodied);
      // Operational carbon is proportional to the value: x · (operational at 1).
      const double per_unit = unit_->score(design).operational_kg;
      if (!(per_unit > 0))
        return constant_side(0.0, embodied);
      return within_range(embodied / per_unit, true);
    }
    case SweepParameter::InferencesPerSecond: {
      const CarbonBreakdown per_rate = unit_->score(design);
      const double dynamic_per_rate = per_rate.dynamic_kg, busy_per_rate = per_rate.static_kg;
      const double idle = idle_->score(design).static_kg;   // x = 0: f · leakage while powered only
      if (idle > embodied)
        return {BreakEven::Kind::OperationalAbove, std::nullopt};
      // Up to the kink (busy time = powered time) the operational carbon is
      // idle + x · (dyn₁ + (1 − f) · busy₁): busy time replaces idle time, which leaked at f.
      const double f = idle_fraction_;
      const double kink = f * busy_per_rate > 0 ? idle / (f * busy_per_rate) : std::numeric_limits<double>::infinity();
      const double slope_before = dynamic_per_rate + (1.0 - f) * busy_per_rate;
      if (slope_before > 0 && (embodied - idle) / slope_before <= kink)
        return within_range((embodied - idle) / slope_before, true);
      const double slope = dynamic_per_rate + busy_per_rate;
      if (!(slope > 0))
        return constant_side(idle, embodied);
      return within_range(std::max(embodied / slope, kink == std::numeric_limits<double>::infinity() ? 0.0 : kink), true);
    }
    case SweepParameter::DutyCycle: {
      const CarbonBreakdown unpowered = no_power_->score(design);
      const double dynamic = unpowered.dynamic_kg, busy = unpowered.static_kg;
      const double powered_per_duty = idle_->score(design).static_kg;
      if (dynamic + busy > embodied)
        return {BreakEven::Kind::OperationalAbove, std::nullopt};
      if (!(powered_per_duty > 0))
        return constant_side(dynamic + busy, embodied);
      // dyn + max(busy, x · powered₁ + (1 − f) · busy): flat while the chip is busy longer than it is
      // powered (x ≤ f · busy / powered₁), then linear in the duty cycle.
      const double f = idle_fraction_;
      return within_range(
          std::max((embodied - dynamic - (1.0 - f) * busy) / powered_per_duty, f * busy / powered_per_duty), true);
    }
    case SweepParameter::FabLocation:
    case SweepParameter::TechnologyNode: break;   // refused by the constructor
  }
  return constant_side(at_base.operational_kg, embodied);
}

}   // namespace cdse
