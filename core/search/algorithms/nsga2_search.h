#pragma once
// NSGA-II (Deb et al., IEEE TEC 2002) on integer genomes: generational, (µ + λ) survival by
// non-domination rank and crowding distance, binary tournaments, and Deb's constrained domination
// (a feasible design beats an infeasible one; two infeasible designs compare by total violation).
// Variation works on knob indices: ordinal knobs use SBX (children exchanging each knob with
// probability 1/2, as in Deb's code) and polynomial mutation on the index
// (rounded and clamped), categorical knobs use uniform crossover and uniform resampling. Offspring
// already proposed are replaced, so no design is evaluated twice. The first generation starts
// from AlgorithmContext::initial_genomes (the scenario's baselines), filled up at random.
#include <string>
#include <unordered_set>

#include "core/search/algorithms/random_source.h"
#include "core/search/algorithms/algorithm_entry.h"

namespace cdse {

struct Nsga2Options {
  int population_size = 0;              // 0: from the budget, clamp(budget / 40, 16, 100), even
  double crossover_probability = 0.9;   // per pair
  double mutation_probability = -1;     // per knob; < 0: 1 / number of knobs
  double crossover_eta = 15;            // SBX distribution index
  double mutation_eta = 20;             // polynomial-mutation distribution index
};

// The options a scenario can set: {"population_size": even, 0 = from the budget}. Throws
// InputError("<path>.population_size", ...).
Nsga2Options parse_nsga2_options(const nlohmann::json& options, const std::string& path);

class Nsga2Search final : public SearchAlgorithm {
public:
  Nsga2Search(const AlgorithmContext& context, const Nsga2Options& options = {});

  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>& results) override;
  bool exhausted() const override { return exhausted_; }
  std::string name() const override { return "nsga2"; }

  // The population (= designs per generation) a run with this context and these options uses.
  static int population_size_for(const AlgorithmContext& context, const Nsga2Options& options);
  int population_size() const { return population_size_; }
  int generation() const { return generation_; }
  // The current parent population (after the last completed generation).
  const std::vector<EvaluatedGenome>& population() const { return population_; }

private:
  struct Standing {
    int rank = 0;
    double crowding = 0;
  };
  void select_survivors(std::vector<EvaluatedGenome> pool);
  void breed();
  std::size_t tournament();
  Genome mutate(Genome genome);
  std::pair<Genome, Genome> crossover(const Genome& a, const Genome& b);
  Genome fresh_random_genome();
  bool remember(const Genome& genome);

  AlgorithmContext context_;
  Nsga2Options options_;
  int population_size_ = 0;
  double cardinality_ = 1;
  RandomSource rng_;
  std::unordered_set<std::string> seen_;
  std::vector<EvaluatedGenome> population_;
  std::vector<Standing> standing_;
  std::vector<Genome> offspring_;   // this generation's proposals
  std::size_t next_to_ask_ = 0;
  std::vector<EvaluatedGenome> results_;   // told results of this generation
  int generation_ = 0;
  bool exhausted_ = false;
};

// The registry entry (algorithm_registry.cpp).
AlgorithmEntry nsga2_algorithm_entry();

}   // namespace cdse
