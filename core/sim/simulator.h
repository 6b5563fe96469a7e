#pragma once
// The analytic accelerator simulator: (workload, accelerator) → latency, energy, area, breakdowns.
// Not thread-safe (it keeps a per-instance cache keyed by (op shape, accelerator)); give each
// worker thread its own Simulator.
#include <memory>

#include "core/hardware/accelerator_config.h"
#include "core/sim/performance_report.h"
#include "core/workload/workload.h"

namespace cdse {

class Simulator {
public:
  Simulator();
  ~Simulator();
  Simulator(Simulator&&) noexcept;
  Simulator& operator=(Simulator&&) noexcept;

  // Throws InputError when the accelerator is invalid (non-positive sizes, unsupported node...).
  PerformanceReport simulate(const Workload& workload, const AcceleratorConfig& accel,
                             const SimulationOptions& options = {});
  void clear_cache();
  std::size_t cache_size() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}   // namespace cdse
