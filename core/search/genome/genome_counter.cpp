#include "core/search/genome/genome_counter.h"

namespace cdse {

bool next_genome(Genome& genome, const std::vector<int>& knob_sizes)
{
  for (std::size_t k = knob_sizes.size(); k > 0; --k) {
    if (++genome[k - 1] < knob_sizes[k - 1])
      return true;
    genome[k - 1] = 0;   // carry into the more significant knob
  }
  return false;
}

}   // namespace cdse
