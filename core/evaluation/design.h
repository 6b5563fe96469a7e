#pragma once
// One point of the co-design space: a (pruned) model and the accelerator that runs it.
#include "core/hardware/accelerator_config.h"
#include "core/workload/model_config.h"

namespace cdse {

struct Design {
  ModelConfig model;
  AcceleratorConfig accel;
  friend bool operator==(const Design&, const Design&) = default;
};

}   // namespace cdse
