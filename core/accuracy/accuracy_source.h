#pragma once
// Where a model configuration's accuracy comes from: the built-in estimate, a measured table
// (with Gaussian-process interpolation) or an external evaluator command. Implementations must be
// safe to call from several search threads at once.
#include <string>
#include <vector>

#include "core/accuracy/accuracy_estimate.h"
#include "core/accuracy/evaluator_jobs_snapshot.h"
#include "core/workload/model_config.h"

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
  // Several configurations at once, results in input order. Sources whose calls are expensive
  // run up to `parallel_jobs` of them concurrently; the default simply loops.
  virtual std::vector<AccuracyEstimate> estimate_batch(const std::vector<ModelConfig>& models, int parallel_jobs) const
  {
    (void)parallel_jobs;
    std::vector<AccuracyEstimate> out;
    out.reserve(models.size());
    for (const auto& m : models)
      out.push_back(estimate(m));
    return out;
  }
  // True when estimate_batch() is cheaper than the same calls one by one (one SLURM job array
  // instead of q jobs): the search then hands each batch's new models to it first.
  virtual bool prefers_batches() const { return false; }
  // Stops evaluations in flight (the search was stopped, the application is closing): sources
  // with remote jobs cancel them, and the calls waiting for them throw EvaluationCancelled
  // (core/accuracy/evaluation_cancelled.h). The default does nothing; may be called from any thread.
  virtual void cancel_pending() const {}
  // The jobs this source has run or is running (external evaluators: one per model configuration,
  // locally or on SLURM), as a copy taken under a short lock; callable from any thread while a
  // search runs. Sources that run no jobs return a snapshot with source_runs_jobs == false.
  virtual EvaluatorJobsSnapshot jobs_snapshot() const { return {}; }
};

}   // namespace cdse
