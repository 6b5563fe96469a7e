#include "core/evaluation/design_evaluator.h"

#include <cstdint>
#include <functional>

#include "core/workload/model_expander.h"

namespace cdse {

DesignEvaluator::DesignEvaluator(std::shared_ptr<const AccuracySource> accuracy, SimulationOptions options)
    : accuracy_(std::move(accuracy)), options_(options)
{}

// The preset and the shapes; the encoders' names follow from the preset, so only the key
// comparison reads them.
std::uint64_t DesignEvaluator::ModelHash::operator()(const ModelConfig& model) const noexcept
{
  std::uint64_t h = std::hash<std::string>{}(model.preset);
  const auto mix = [&h](std::uint64_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); };
  for (const auto& e : model.encoders)
    for (int v : {e.layers, e.heads, e.kv_heads, e.head_dim, e.ffn, e.embed, e.tokens})
      mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(v)));
  return h;
}

DesignEvaluator::ModelEntry DesignEvaluator::make_entry(const ModelConfig& model) const
{
  ModelEntry entry;
  entry.workload = expand_model(model);
  if (accuracy_)
    entry.accuracy = accuracy_->estimate(model);
  return entry;
}

DesignInvariants DesignEvaluator::evaluate(const Design& design)
{
  const ModelEntry& entry = models_.get(design.model, [this](const ModelConfig& m) { return make_entry(m); });
  const PerformanceReport report = simulator_.simulate(entry.workload, design.accel, options_);
  return make_design_invariants(report, entry.accuracy, entry.workload, design.accel);
}

}   // namespace cdse
