#pragma once
// Collects the invariants of one simulated design: the one place that maps a simulator report and
// an accuracy estimate onto what the archive stores and the carbon scorer reads. It lives above
// carbon so that carbon's DesignInvariants record never needs to know where accuracy comes from.
#include "core/accuracy/accuracy_estimate.h"
#include "core/carbon/design_invariants.h"
#include "core/hardware/accelerator_config.h"
#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

// The stored origin of an estimate's `source` text ("estimate:clip-retrieval" → Estimate, "measured"
// → Measured...); None when the estimate is not available. Throws InputError naming
// "accuracy_source" for a source text no accuracy source writes.
AccuracyOrigin accuracy_origin_of(const AccuracyEstimate& accuracy);

DesignInvariants make_design_invariants(const PerformanceReport& report, const AccuracyEstimate& accuracy,
                                        const Workload& workload, const AcceleratorConfig& accel);

}   // namespace cdse
