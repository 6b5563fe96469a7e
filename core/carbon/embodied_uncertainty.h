#pragma once
// P5–P95 band of embodied carbon by a fixed-seed Monte Carlo (not analytic: CPA is a sum of
// lognormal terms divided by a bounded yield, which has no closed-form quantiles).
// Per sample i:  CPA_i = (CI·e^{σ_ci z1} · EPA·e^{σ_epa z2} + GPA·e^{σ_gpa z3} + MPA·e^{σ_mpa z5}) / Y_i
//                CPS_i = CPS·e^{σ_cps z4} / Y_i
// with z ~ N(0,1) and Y_i triangular(max(Y_min, Y−w), Y, min(1, Y+w)). The draws are generated
// once per process from the seed in act_nodes.json with a portable generator (mt19937_64 +
// Box–Muller), so the band is identical on every platform and run. Results are multipliers of the
// nominal values, so a design's band is its nominal carbon times these.
#include "core/carbon/carbon_table_rows.h"

namespace cdse {

struct EmbodiedBand {
  double chip_p5 = 1, chip_p95 = 1;   // multipliers of the nominal chip carbon (area × CPA)
  double dram_p5 = 1, dram_p95 = 1;   // multipliers of the nominal DRAM carbon (CPS / Y × GB)
};

// Thread-safe; a few hundred microseconds per call (samples × a handful of flops + two selections).
EmbodiedBand embodied_band(const ActNodeRow& node, double fab_intensity_g_per_kwh, int gas_abatement_pct, double yield);

}   // namespace cdse
