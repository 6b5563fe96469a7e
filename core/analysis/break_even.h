#pragma once
// Where a design's operational carbon equals its embodied carbon as one operational assumption
// varies and every other setting stays as in `base` (issue 16: "when does operational overtake
// embodied?"). Closed form, not a grid search: with the other settings fixed, the scorer's
// operational carbon is, in the swept value x,
//   grid intensity:   x · a                              a: operational at 1 g/kWh
//   lifetime:         x · a                              a: operational over 1 year
//   inference rate:   x · dyn₁ + max(x · busy₁, idle + (1 − f) · x · busy₁)
//                                                        leakage while busy grows with the rate;
//                                                        idle leakage (f of it) is replaced by busy
//   duty cycle:       dyn + max(busy, x · powered₁ + (1 − f) · busy)
//   (f = idle_power_fraction; idle = f · leakage over the powered time, powered₁ likewise)
// while embodied carbon does not depend on x (with ACT amortisation it grows with the lifetime
// like operational carbon, so their ratio is fixed: no crossing). Each coefficient is read off the
// real scorer at a unit value of the parameter (it is linear in each), so the node override,
// static energy on/off and every other assumption are exactly the scorer's.
#include <optional>

#include "core/analysis/sweep_parameter.h"
#include "core/carbon/carbon_scorer.h"
#include "core/carbon/design_invariants.h"

namespace cdse {

struct BreakEven {
  enum class Kind {
    Crosses,            // operational < embodied below `value`, > above (or = on a flat stretch)
    OperationalAbove,   // operational exceeds embodied over the parameter's whole valid range
    EmbodiedAbove,      // embodied exceeds operational over the whole range
    NeverDiffer,        // equal everywhere (amortised lifetime with equal parts, or both zero)
  };
  Kind kind = Kind::EmbodiedAbove;
  std::optional<double> value;   // set when kind == Crosses
};

const char* break_even_kind_id(BreakEven::Kind kind);   // "crosses", "operational-above", ...

class BreakEvenSolver {
public:
  // Validates `base` (InputError naming the field) and builds the few scorers the closed forms
  // need; solve() is then arithmetic.
  BreakEvenSolver(const CarbonSettings& base, SweepParameter parameter);

  BreakEven solve(const DesignInvariants& design) const;

  // The parameter's valid range (the settings' own limits: grid 0-5000 g/kWh, lifetime 0-100
  // years, rate 0-1e9 /s, duty 0-1).
  static double range_min(SweepParameter parameter);
  static double range_max(SweepParameter parameter);

private:
  BreakEven within_range(double value, bool operational_grows) const;

  SweepParameter parameter_;
  double idle_fraction_ = 1;   // base.idle_power_fraction
  bool amortized_lifetime_ = false;
  CarbonScorer base_;
  std::optional<CarbonScorer> unit_;       // the parameter at 1 (grid, lifetime), or rate 1 and duty 0
  std::optional<CarbonScorer> idle_;       // rate 0 (rate sweep), or duty 1 with rate 0 (duty sweep)
  std::optional<CarbonScorer> no_power_;   // duty 0 (duty sweep)
};

}   // namespace cdse
