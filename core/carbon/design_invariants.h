#pragma once
// What the simulator and the accuracy source say about a design, independent of the carbon
// settings. The archive stores these; re-scoring under new settings is arithmetic on them.
#include "core/carbon/accuracy_origin.h"
#include "core/hardware/area_breakdown.h"
#include "core/sim/energy_breakdown.h"

namespace cdse {

struct DesignInvariants {
  // Accuracy: NaN-free; `accuracy_available == false` means no estimate.
  bool accuracy_available = false;
  // None exactly when !accuracy_available. One byte beside the flag: the record does not grow.
  AccuracyOrigin accuracy_source = AccuracyOrigin::None;
  double accuracy = 0, accuracy_low = 0, accuracy_high = 0;

  double latency_s = 0;
  double energy_per_inference_j = 0;   // dynamic + static during the inference
  double dynamic_energy_j = 0;         // dynamic part only
  double static_power_w = 0;
  double area_mm2 = 0;
  double peak_tops = 0;
  double weight_bytes = 0;   // for DRAM sizing
  double dram_gb = 0;        // the accelerator's DRAM capacity; 0 = sized from weight_bytes
  int node_nm = 22;          // node the area/energy were computed at
  // DRAM packages the accelerator's channels need (dram_channels); 0 for an idealised link (the
  // DRAM is then sized from the weights alone). In the padding after node_nm: the record does not grow.
  int dram_packages = 0;

  AreaBreakdown area;
  EnergyBreakdown energy;   // per inference
};

}   // namespace cdse
