#pragma once
// A point of the discrete search space: one value index per knob (see SearchSpace), and what an
// evaluation made of it. Algorithms, the archive and the runner all speak in genomes.
#include <vector>

namespace cdse {

using Genome = std::vector<int>;

struct EvaluatedGenome {
  Genome genome;
  std::vector<double> objectives;   // minimised
  bool feasible = true;
  double constraint_violation = 0;   // ≥ 0; 0 when feasible (sum of normalised excesses)
};

}   // namespace cdse
