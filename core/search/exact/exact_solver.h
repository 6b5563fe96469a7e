#pragma once
// The exact algorithm: every design of a scenario's joint space is accounted for, none sampled.
// With the built-in accuracy estimate the objectives decompose (docs/search.md, "Exact fronts"):
//   latency  = (cycles_text + cycles_vision) / f         dynamic energy = E_text + E_vision
//   weights  = W_text + W_vision                          error = e_p · exp(term_text + term_vision)
//   area, leakage power, peak TOPS, node: the accelerator's alone
// (each stack's term non-increasing in every knob of that stack: BuiltinAccuracyEstimator::
// stack_log_error), and every objective and limit is a non-decreasing function of (error, latency,
// dynamic energy, leakage power, area within a node, weights). So a design whose coordinates are
// dominated by another's is never better under any carbon setting, and the designs non-dominated
// in those coordinates (the "universal front") contain every design that is Pareto-optimal for
// some setting of the operational sliders (grid, lifetime, workload, duty cycle, static on/off) and
// of the manufacturing ones (fab, abatement, yield, packaging, amortisation).
//
// How: per accelerator, each stack's configurations are simulated alone (the simulator adds the
// stacks' sums bit for bit as a whole design does) and reduced to their non-dominated set; the
// pairs of those sets are scanned in order of error against a staircase of (latency, energy) with
// the scenario's limits applied exactly; the per-accelerator fronts are then merged across
// accelerators by one static non-dominance filter per (node, DRAM size) group (a k-d tree queried
// on every thread: nondominated_filter.h). The result is a list of genomes; the runner evaluates them like any other search,
// so the archive's front under the current settings is the exact front (same objective values as
// brute-force enumeration; designs with identical objectives are represented by the one whose
// coordinates are best, e.g. the faster clock when latency is not an objective).
//
// Values in, values out; threads only inside solve_exact (one simulator per thread). The tables it
// enumerates are in exact_tables.h, one accelerator's scan in accelerator_scan.h.
#include <atomic>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/search/genome/genome.h"
#include "core/search/scenario/scenario.h"

namespace cdse {

struct ExactSolveOptions {
  int threads = 1;
  const std::atomic<bool>* cancel = nullptr;   // checked between accelerators
  // Candidate designs held at once before the solver gives up with an InputError (30 M is about
  // 2 GB with the tables): a universal front that large could not be merged or shown either.
  // wide-hw-clip-b16 (322,560 accelerators, 4 nodes) stays below it: 17.9 M candidates at the merge.
  std::size_t max_candidates = 30'000'000;
  // Called on the calling thread, about every 100 ms: accelerators done, accelerators in all.
  std::function<void(std::size_t done, std::size_t total)> on_progress;
};

struct ExactSolution {
  std::vector<Genome> genomes;                     // the universal front, sorted by genome
  double designs_covered = 0;                      // every design of the space, each accounted for
  std::size_t accelerators = 0;                    // enumerated
  std::size_t accelerators_within = 0;             // simulable and within the area / peak-TOPS limits
  std::size_t accelerators_dominated = 0;          // of the solved, skipped: another beats every design
  std::size_t accelerators_solved = 0;             // of those, the ones solved (every clock when energy counts)
  std::size_t stack_configurations = 0;            // per accelerator, all stacks together
  std::size_t candidates = 0;                      // per-accelerator fronts, before the merge across accelerators
  std::vector<std::string> coordinates;            // what the front is non-dominated in, e.g. {"error", "latency", ...}
  double tables_s = 0, pairs_s = 0, merge_s = 0;   // wall time of each phase
  bool cancelled = false;
};

// Throws InputError("search.algorithm", reason) when exact_refusal(scenario) refuses.
ExactSolution solve_exact(const Scenario& scenario, const ExactSolveOptions& options = {});

}   // namespace cdse
