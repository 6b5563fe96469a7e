#include "core/search/exact/exact_refusal.h"

#include <algorithm>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/io/json_fields.h"

namespace cdse {

namespace {

// The solver pairs at most two stacks (a CLIP text and vision encoder); one-stack models pair with
// an empty second stack.
constexpr std::size_t k_max_stacks = 2;

bool accuracy_matters(const Scenario& scenario)
{
  const auto objectives = scenario.objectives();
  return scenario.constraints.min_accuracy.has_value() ||
         std::find(objectives.begin(), objectives.end(), Objective::Accuracy) != objectives.end();
}

}   // namespace

std::optional<ExactRefusal> exact_refusal_of(const Scenario& scenario)
{
  using R = ExactRefusalReason;
  SearchSpace space;
  try {
    space = scenario.space();
  } catch (const std::exception& e) {
    return ExactRefusal{R::InvalidSpace, std::string("the scenario's space cannot be built: ") + e.what()};
  }
  const auto& encoders = space.base().model.encoders;
  if (encoders.size() > k_max_stacks)
    return ExactRefusal{R::TooManyStacks, "it pairs at most two stacks (a text and a vision encoder); this model has " +
                                              std::to_string(encoders.size())};
  if (scenario.carbon.node_nm != 0 && space.has_hardware_knobs())
    return ExactRefusal{
        R::NodeOverride,
        "a node override (carbon.node_nm) on a searched accelerator is not supported yet: the override "
        "rescales on-chip and DRAM energy differently, which breaks the per-stack dominance it relies on"};

  const auto* kind = json::find(scenario.accuracy, "kind");
  const std::string accuracy_kind = kind && kind->is_string() ? kind->get<std::string>() : "builtin";
  if (!accuracy_matters(scenario) || !space.has_model_knobs())
    return std::nullopt;   // the accuracy is not compared, or there is one model: any source is fine
  if (accuracy_kind != "builtin")
    return ExactRefusal{R::AccuracyNotSeparable,
                        "it needs the built-in accuracy estimate, whose error is a product of one factor per stack; this "
                        "scenario's accuracy comes from a " +
                            std::string(accuracy_kind == "measured"
                                            ? "measured table (interpolated by a Gaussian process)"
                                            : "separate evaluator") +
                            ", which is not separable"};
  const BuiltinAccuracyEstimator estimator;
  if (!estimator.has_scaling_law(space.base().model.preset))
    return ExactRefusal{R::NoScalingLaw, "the built-in estimate has no accuracy for pruned '" +
                                             space.base().model.preset +
                                             "' models (only its published, unpruned shape), so it cannot compare them"};
  return std::nullopt;
}

std::optional<std::string> exact_refusal(const Scenario& scenario)
{
  if (auto refusal = exact_refusal_of(scenario))
    return std::move(refusal->message);
  return std::nullopt;
}

}   // namespace cdse
