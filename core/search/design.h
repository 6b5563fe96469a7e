#pragma once
// One point of the co-design space: a (pruned) model and the accelerator that runs it.
#include "hardware/accelerator_config.h"
#include "workload/model_config.h"

namespace cdse {

struct Design {
  ModelConfig model;
  AcceleratorConfig accel;
  friend bool operator==(const Design&, const Design&) = default;
};

} // namespace cdse
