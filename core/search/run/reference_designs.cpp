#include "core/search/run/reference_designs.h"

#include <exception>

#include "core/accuracy/evaluation_cancelled.h"

namespace cdse {

ReferenceDesigns evaluate_reference_designs(const Scenario& scenario, const SearchSpace& space,
                                            const EvaluationPool::EvaluateFunction& evaluate)
{
  ReferenceDesigns out;
  // The corners of the space (every knob at its first value, every knob at its last) bound the
  // objectives well enough to place the hypervolume reference point before the search starts.
  Genome low(space.knob_count(), 0), high = low;
  const auto sizes = space.knob_sizes();
  for (std::size_t k = 0; k < sizes.size(); ++k)
    high[k] = sizes[k] - 1;
  for (const Genome* g : {&low, &high}) {
    try {
      out.anchors.push_back(evaluate(space.decode(*g)));
    } catch (const EvaluationCancelled&) {
      throw;   // the search was stopped: an anchor-less reference point must not be journaled
    } catch (const std::exception& e) {
      out.warnings.push_back(std::string("reference-point anchor design could not be evaluated: ") + e.what());
    }
    if (sizes.empty())
      break;
  }
  for (const auto& b : scenario.baselines) {
    BaselineResult result{b.label, b.design, std::nullopt, ""};
    try {
      result.invariants = evaluate(b.design);
    } catch (const EvaluationCancelled&) {
      throw;
    } catch (const std::exception& e) {
      result.error = e.what();
    }
    out.baselines.push_back(std::move(result));
  }
  return out;
}

}   // namespace cdse
