#pragma once
// Design → DesignInvariants: expands the model into operators (cached per model), simulates it on
// the accelerator and asks the accuracy source. Not thread-safe: each search worker owns one
// evaluator (with its own Simulator and caches); the accuracy source is shared and thread-safe.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/accuracy/accuracy_estimate.h"
#include "core/accuracy/accuracy_source.h"
#include "core/evaluation/make_design_invariants.h"
#include "core/evaluation/design.h"
#include "core/sim/bounded_hash_cache.h"
#include "core/sim/performance_report.h"
#include "core/sim/simulator.h"
#include "core/workload/workload.h"

namespace cdse {

class DesignEvaluator {
public:
  // `accuracy` may be null: accuracy is then reported as unavailable.
  explicit DesignEvaluator(std::shared_ptr<const AccuracySource> accuracy, SimulationOptions options = fast_options());

  // Throws InputError when the design cannot be simulated (invalid accelerator, unknown preset...).
  DesignInvariants evaluate(const Design& design);

  std::size_t cached_models() const { return models_.size(); }
  static SimulationOptions fast_options()
  {
    SimulationOptions o;
    o.per_op_detail = false;
    return o;
  }

private:
  struct ModelEntry {
    Workload workload;
    AccuracyEstimate accuracy;
  };
  // Hashes the model's fields in place: a string key built per evaluation (std::to_string per
  // field) cost a sixth of an evaluation in allocations.
  struct ModelHash {
    std::uint64_t operator()(const ModelConfig& model) const noexcept;
  };
  ModelEntry make_entry(const ModelConfig& model) const;

  // Bounds the per-thread cache; a joint search touches far more models than fit, and expansion is
  // cheap next to simulation, so dropping everything when full is good enough.
  static constexpr std::size_t k_max_cached_models = 4096;

  std::shared_ptr<const AccuracySource> accuracy_;
  SimulationOptions options_;
  Simulator simulator_;
  BoundedHashCache<ModelConfig, ModelEntry, ModelHash> models_{k_max_cached_models};
};

}   // namespace cdse
