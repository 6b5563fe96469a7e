#pragma once
// The ask/tell interface every search algorithm implements (values in, values out; no threads, no
// simulator inside). An algorithm sees only the discrete search space as a list of knob sizes: a
// genome holds one value index per knob. All objectives are minimised (accuracy enters as
// 1 − accuracy or −accuracy, decided by the caller). Algorithms are built by name through the
// registry (algorithm_registry.h): each one also declares an AlgorithmEntry (algorithm_entry.h)
// with its title, options parser, factory and preferences, so no caller names a concrete class.
#include <cstdint>
#include <string>
#include <vector>

#include "core/search/genome/genome.h"

namespace cdse {

struct AlgorithmContext {
  std::vector<int> knob_sizes;   // number of values of each knob (≥ 1)
  int objective_count = 2;       // 2 or 3
  std::uint64_t seed = 1;
  std::int64_t budget = 1000;   // total evaluations the run intends to make
  // Per knob: true when its values have no order (e.g. a DRAM type), so variation operators must
  // resample rather than step. Empty means every knob is ordinal.
  std::vector<bool> categorical;

  // Genomes worth evaluating early (e.g. the scenario's baseline designs); algorithms that build
  // an initial population may start from them. Each has one valid index per knob.
  std::vector<Genome> initial_genomes;

  bool is_categorical(std::size_t knob) const { return knob < categorical.size() && categorical[knob]; }
};

class SearchAlgorithm {
public:
  virtual ~SearchAlgorithm() = default;
  // Up to max_count new genomes to evaluate (fewer, or none, when the algorithm is waiting for
  // results or is exhausted). Deterministic for a given seed and sequence of tell() calls.
  virtual std::vector<Genome> ask(std::size_t max_count) = 0;
  // Results for genomes previously returned by ask(), in any grouping, in ask order.
  virtual void tell(const std::vector<EvaluatedGenome>& results) = 0;
  // True when the algorithm can propose nothing more (e.g. exhaustive enumeration is complete).
  virtual bool exhausted() const { return false; }
  virtual std::string name() const = 0;
};

}   // namespace cdse
