#pragma once
// Expands a (pruned) model configuration into the operators of one inference (batch 1).
#include "core/workload/model_config.h"
#include "core/workload/workload.h"

namespace cdse {

// Throws InputError when the configuration does not match its preset's stacks.
Workload expand_model(const ModelConfig& config);

}   // namespace cdse
