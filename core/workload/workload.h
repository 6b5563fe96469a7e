#pragma once
// The list of operators one inference runs, plus what the carbon engine needs to know about it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/workload/operator.h"

namespace cdse {

// A contiguous run of a workload's ops that belongs to one stack of a model (text encoder, vision
// encoder...). The simulator sums each part on its own, then the parts in order.
struct WorkloadPart {
  std::string name;                   // the stack, e.g. "vision"
  std::size_t op_end = 0;             // one past the part's last op
  std::int64_t parameter_count = 0;   // the part's weights
};

struct Workload {
  std::string name;
  std::vector<Operator> ops;
  std::int64_t parameter_count = 0;   // weights (for DRAM sizing); 0 when unknown
  // Stacks in op order (expand_model fills them); empty: the whole workload is one part.
  std::vector<WorkloadPart> parts;

  double total_macs() const
  {
    double sum = 0;
    for (const auto& op : ops)
      sum += op.total_macs();
    return sum;
  }
};

}   // namespace cdse
