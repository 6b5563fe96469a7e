#pragma once
// One evaluated design as the archive and the journal keep it: its genome, what the simulator and
// the accuracy source said (carbon-independent), or why it could not be evaluated.
#include <cstdint>
#include <string>

#include "core/carbon/design_invariants.h"
#include "core/search/genome/genome.h"

namespace cdse {

struct ArchiveRecord {
  std::int64_t index = 0;   // evaluation order within the run (0-based)
  Genome genome;
  bool failed = false;   // the simulator refused the design; `error` says why
  std::string error;
  DesignInvariants invariants;
};

struct HypervolumeSample {
  std::int64_t evaluations = 0;   // archive size after this evaluation
  double hypervolume = 0;
};

}   // namespace cdse
