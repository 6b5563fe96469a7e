#pragma once
// One accelerator's part of the exact solve (exact_solver.h): each stack's configurations
// simulated alone and reduced to those no other configuration of the stack dominates, then the
// pairs of survivors scanned in order of error against a staircase of the other coordinates, with
// the scenario's limits applied exactly. The result is the accelerator's front of candidates.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/search/archive/search_constraints.h"
#include "core/search/exact/exact_tables.h"
#include "core/search/exact/nondominated_scan.h"
#include "core/sim/simulator.h"

namespace cdse {

// One design on an accelerator's front.
struct ExactCandidate {
  std::uint32_t accelerator;
  std::uint32_t model;   // index into ExactTables::models
  double latency_s, dynamic_j, weight_bytes;
};

// Per stack configuration on the current accelerator; `kept` marks the non-dominated ones.
struct StackValues {
  std::vector<double> cycles, dynamic_j;
  std::vector<char> kept;
};

// Reusable buffers of one thread.
struct ScanScratch {
  std::vector<std::size_t> order;
  NondominatedScan scan;
  std::vector<ExactCandidate> tie;
  std::vector<std::uint32_t> selected;
};

class AcceleratorScan {
public:
  AcceleratorScan(const ExactTables& tables, const SearchConstraints& limits) : tables_(tables), limits_(limits) {}

  // Simulates each configuration of stack `s` alone on `accel` and keeps those not dominated in
  // (−capacity, cycles, dynamic energy[, weights]) by another configuration of the same stack.
  void stack_values(Simulator& simulator, const AcceleratorConfig& accel, std::size_t s, StackValues& out,
                    ScanScratch& scratch) const;

  // The front of accelerator `a` (clock `frequency_hz`, leakage `leakage_w`): pairs of kept
  // configurations in order of error, limits applied; appended to `out`.
  void solve(std::uint32_t a, double frequency_hz, double leakage_w, const StackValues (&values)[2], ScanScratch& scratch,
             std::vector<ExactCandidate>& out) const;

private:
  bool limits_latency() const;

  const ExactTables& tables_;
  const SearchConstraints& limits_;
};

}   // namespace cdse
