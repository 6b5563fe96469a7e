#pragma once
// The list of operators one inference runs, plus what the carbon engine needs to know about it.
#include <cstdint>
#include <string>
#include <vector>

#include "core/workload/operator.h"

namespace cdse {

struct Workload {
  std::string name;
  std::vector<Operator> ops;
  std::int64_t parameter_count = 0;   // weights (for DRAM sizing); 0 when unknown

  double total_macs() const
  {
    double sum = 0;
    for (const auto& op : ops)
      sum += op.total_macs();
    return sum;
  }
};

}   // namespace cdse
