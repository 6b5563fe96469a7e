#include "core/evaluation/design_evaluator.h"

#include <cstdint>
#include <functional>

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

std::size_t DesignEvaluator::ModelHash::operator()(const ModelConfig& model) const noexcept
{
  std::uint64_t h = std::hash<std::string>{}(model.preset);
  const auto mix = [&h](std::uint64_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  for (const auto& e : model.encoders) {
    mix(std::hash<std::string>{}(e.name));
    for (int v : {e.layers, e.heads, e.kv_heads, e.head_dim, e.ffn, e.embed, e.tokens})
      mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(v)));
  }
  return static_cast<std::size_t>(h);
}

const DesignEvaluator::ModelEntry& DesignEvaluator::model_entry(const ModelConfig& model)
{
  auto it = workloads_.find(model);
  if (it != workloads_.end())
    return it->second;
  if (workloads_.size() >= k_max_cached_models)
    workloads_.clear();
  ModelEntry entry;
  entry.workload = expand_model(model);
  if (accuracy_)
    entry.accuracy = accuracy_->estimate(model);
  return workloads_.emplace(model, std::move(entry)).first->second;
}

DesignInvariants DesignEvaluator::evaluate(const Design& design)
{
  const ModelEntry& entry = model_entry(design.model);
  const PerformanceReport report = simulator_.simulate(entry.workload, design.accel, options_);
  return make_design_invariants(report, entry.accuracy, entry.workload, design.accel);
}

}   // namespace cdse
