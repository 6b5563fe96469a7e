#pragma once
// Batch multi-objective Bayesian optimisation for expensive evaluations ("bo"). A Sobol design
// first; then one Gaussian process per objective (on log objectives when they are positive) and,
// once an infeasible result has been seen, one on feasibility. Each ask picks q candidates from a
// pool by probability of feasibility × expected hypervolume improvement over the observed feasible
// front, greedily: after each pick the model "believes" the pick's predicted mean (Kriging
// believer: the mean joins the front and the posterior variance shrinks around it), so the batch
// spreads out instead of piling onto one optimum. Candidates still being evaluated from earlier
// asks are treated the same way. Never proposes a genome twice. Details: docs/search-bo.md.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/search/algorithms/bayes/bayesian_candidate_pool.h"
#include "core/search/algorithms/bayes/bayesian_genome_encoding.h"
#include "core/search/algorithms/bayes/bayesian_options.h"
#include "core/search/algorithms/bayes/bayesian_surrogate.h"
#include "core/search/algorithms/random_source.h"
#include "core/search/algorithms/algorithm_entry.h"
#include "core/search/algorithms/sobol_sequence.h"

namespace cdse {

class BayesianOptimizer final : public SearchAlgorithm {
public:
  // Throws std::invalid_argument for objective counts other than 2 or 3 or an empty knob size.
  explicit BayesianOptimizer(const AlgorithmContext& context, BayesianOptions options = {});

  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>& results) override;
  bool exhausted() const override;
  std::string name() const override { return "bo"; }

  const BayesianOptions& options() const { return options_; }
  int initial_samples() const { return initial_samples_; }
  std::size_t observed_count() const { return observed_.size(); }
  std::size_t pending_count() const { return pending_.size(); }

private:
  struct Observation {
    Genome genome;
    std::vector<double> objectives;
    bool feasible = true;
    double violation = 0;
    bool finite = true;   // every objective is a number
  };

  std::vector<Genome> initial_batch(std::size_t count);
  std::vector<Genome> model_batch(std::size_t count);
  std::vector<Genome> random_batch(std::size_t count);
  std::vector<std::size_t> training_indices() const;
  std::vector<Genome> front_genomes() const;
  void propose(const Genome& genome, std::vector<Genome>& batch);

  AlgorithmContext context_;
  BayesianOptions options_;
  BayesianGenomeEncoding encoding_;
  BayesianCandidatePool pool_;
  RandomSource rng_;
  std::optional<SobolSequence> sobol_;
  int initial_samples_ = 0;
  int initial_issued_ = 0;

  std::vector<Observation> observed_;
  std::vector<Genome> pending_;   // asked, not yet told, in ask order
  std::unordered_set<std::string> pending_keys_;
  std::unordered_set<std::string> proposed_keys_;   // evaluated ∪ pending ∪ told from elsewhere
  std::vector<BayesianSurrogate> objective_models_;
  BayesianSurrogate feasibility_model_;
};

// The registry entry (algorithm_registry.cpp): options are the scenario's "search.options" object
// (see BayesianOptions).
AlgorithmEntry bayesian_algorithm_entry();

}   // namespace cdse
