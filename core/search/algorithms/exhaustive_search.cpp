#include "core/search/algorithms/exhaustive_search.h"

#include <cmath>
#include <sstream>

#include "core/io/input_error.h"

namespace cdse {

ExhaustiveSearch::ExhaustiveSearch(const AlgorithmContext& context, double limit)
    : sizes_(context.knob_sizes), next_(context.knob_sizes.size(), 0)
{
  double count = 1;
  for (int size : sizes_) {
    if (size < 1)
      throw InputError("algorithm", "exhaustive search needs every knob to have at least one value");
    count *= size;
  }
  if (count > limit) {
    std::ostringstream message;
    message << "exhaustive search refused: the space holds " << count << " designs, more than the limit of "
            << limit << "; use \"random\", \"sobol\" or \"nsga2\", or fix some knobs";
    throw InputError("algorithm", message.str());
  }
  cardinality_ = static_cast<std::int64_t>(std::llround(count));
}

std::vector<Genome> ExhaustiveSearch::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  while (!done_ && batch.size() < max_count) {
    batch.push_back(next_);
    // Increment the mixed-radix counter, last knob fastest.
    std::size_t k = sizes_.size();
    while (k > 0) {
      --k;
      if (++next_[k] < sizes_[k])
        break;
      next_[k] = 0;
      if (k == 0)
        done_ = true;
    }
    if (sizes_.empty())
      done_ = true;
  }
  return batch;
}

} // namespace cdse
