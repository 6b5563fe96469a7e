#include "core/evaluation/design_evaluator.h"

#include "core/workload/model_config_json.h"
#include "core/workload/model_expander.h"

namespace cdse {

namespace {

// Bounds the per-thread cache; a joint search touches far more models than fit, and expansion is
// cheap next to simulation, so dropping everything when full is good enough.
constexpr std::size_t k_max_cached_models = 4096;

}   // namespace

DesignEvaluator::DesignEvaluator(std::shared_ptr<const AccuracySource> accuracy, SimulationOptions options)
    : accuracy_(std::move(accuracy)), options_(options)
{}

const DesignEvaluator::ModelEntry& DesignEvaluator::model_entry(const ModelConfig& model)
{
  std::string key = model_key(model);
  auto it = workloads_.find(key);
  if (it != workloads_.end())
    return it->second;
  if (workloads_.size() >= k_max_cached_models)
    workloads_.clear();
  ModelEntry entry;
  entry.workload = expand_model(model);
  if (accuracy_)
    entry.accuracy = accuracy_->estimate(model);
  return workloads_.emplace(std::move(key), std::move(entry)).first->second;
}

DesignInvariants DesignEvaluator::evaluate(const Design& design)
{
  const ModelEntry& entry = model_entry(design.model);
  const PerformanceReport report = simulator_.simulate(entry.workload, design.accel, options_);
  return make_design_invariants(report, entry.accuracy, entry.workload, design.accel);
}

}   // namespace cdse
