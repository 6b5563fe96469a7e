#pragma once
// One stored design as the plots see it: its metrics under the current carbon assumptions.
#include <cstddef>

#include "core/carbon/accuracy_origin.h"

struct PlotPoint {
  std::size_t archive_index = 0;
  double accuracy = 0;   // fraction; NaN when the design has no accuracy estimate
  double latency_s = 0;
  double total_kg = 0;
  double embodied_kg = 0;
  double operational_kg = 0;
  double area_mm2 = 0;
  double energy_per_inference_j = 0;
  bool failed = false;   // the simulator refused it (no metrics; never drawn)
  bool feasible = true;
  bool on_front = false;   // non-dominated under the run's objectives (archive front)
  cdse::AccuracyOrigin accuracy_source = cdse::AccuracyOrigin::None;   // fits the flags' padding
};
