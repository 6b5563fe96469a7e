#pragma once
// The ask/tell side of the exact algorithm: it proposes exactly the genomes it was given (the
// exact solver's universal front, handed over by the runner as AlgorithmContext::initial_genomes),
// in order, once each. The solving itself needs the scenario and the simulator, which this room
// does not see: the registry entry says `exact_solver`, and the runner (core/search/run) calls
// core/search/exact before building the algorithm.
#include "core/search/algorithms/algorithm_entry.h"

namespace cdse {

class ListedSearch final : public SearchAlgorithm {
public:
  explicit ListedSearch(const AlgorithmContext& context) : genomes_(context.initial_genomes) {}
  std::vector<Genome> ask(std::size_t max_count) override;
  void tell(const std::vector<EvaluatedGenome>&) override {}
  bool exhausted() const override { return next_ >= genomes_.size(); }
  std::string name() const override { return "exact"; }

private:
  std::vector<Genome> genomes_;
  std::size_t next_ = 0;
};

// The registry entry of "exact" (algorithm_registry.cpp).
AlgorithmEntry exact_algorithm_entry();

}   // namespace cdse
