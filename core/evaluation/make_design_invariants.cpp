#include "core/evaluation/make_design_invariants.h"

#include <string_view>

#include "core/hardware/dram_types.h"
#include "core/io/input_error.h"

namespace cdse {

AccuracyOrigin accuracy_origin_of(const AccuracyEstimate& accuracy)
{
  if (!accuracy.available)
    return AccuracyOrigin::None;
  // The built-in estimator names its formula after the colon ("estimate:clip-retrieval"); designs
  // keep only the kind, which is what tells a reader how far to trust the number.
  const std::string_view source = accuracy.source;
  if (source == "estimate" || source.starts_with("estimate:"))
    return AccuracyOrigin::Estimate;
  const AccuracyOrigin origin = accuracy_origin_from_string(source, "accuracy_source");
  if (origin == AccuracyOrigin::None)
    throw InputError("accuracy_source", "an available accuracy says its source is \"none\"");
  return origin;
}

DesignInvariants make_design_invariants(const PerformanceReport& report, const AccuracyEstimate& accuracy,
                                        const Workload& workload, const AcceleratorConfig& accel)
{
  DesignInvariants inv;
  inv.accuracy_available = accuracy.available;
  inv.accuracy_source = accuracy_origin_of(accuracy);
  if (accuracy.available) {
    inv.accuracy = accuracy.value;
    inv.accuracy_low = accuracy.low;
    inv.accuracy_high = accuracy.high;
  }
  inv.latency_s = report.latency_s;
  inv.energy_per_inference_j = report.energy_per_inference_j;
  inv.dynamic_energy_j = report.dynamic_energy_j;
  inv.static_power_w = report.static_power_w;
  inv.area = report.area;
  inv.area_mm2 = report.area.total_mm2();
  inv.energy = report.energy;
  inv.peak_tops = report.peak_tops;
  inv.weight_bytes = static_cast<double>(workload.parameter_count) * accel.word_bytes();
  inv.dram_gb = accel.dram_gb;
  inv.node_nm = accel.node_nm;
  inv.dram_packages = dram_packages(accel.dram_type, accel.dram_channels);
  return inv;
}

}   // namespace cdse
