#pragma once
// Where a model configuration's accuracy comes from: the built-in estimate, a measured table
// (with Gaussian-process interpolation) or an external evaluator command. Implementations must be
// safe to call from several search threads at once.
#include <string>

#include "accuracy/accuracy_estimate.h"
#include "workload/model_config.h"

namespace cdse {

class AccuracySource {
public:
  virtual ~AccuracySource() = default;
  virtual AccuracyEstimate estimate(const ModelConfig& model) const = 0;
  // Short label for UIs and JSON, e.g. "built-in estimate".
  virtual std::string name() const = 0;
  // True when one call can take seconds or more (external evaluators): searches then prefer
  // sample-efficient algorithms and batch their proposals.
  virtual bool is_expensive() const { return false; }
};

} // namespace cdse
