#pragma once
// Pieces every stationary dataflow's GEMM cost shares: the fold schedule of one PE array and the
// enumeration of useful cluster split factors. See docs/models/simulator.md.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "core/sim/count_division.h"
#include "core/sim/hardware_view.h"

namespace cdse {

// Compute cycles of `folds` folds (one stationary tile each) that stream `streamed` rows in tiles
// of `tile` (`tiles` of them, the last possibly partial) through one R × C array. Unbuffered
// (SCALE-Sim's array), every fold of every tile pays 2R + C − 2 cycles of stationary load (or, output
// stationary, drain) and skew fill/drain. With a second stationary register per PE
// ("weight_double_buffer") the next fold's load overlaps the current fold's stream: 2R + C − 2 once
// per GEMM instance, and R − rows more behind a fold that streams fewer than R rows.
inline double fold_schedule_cycles(const HardwareView& hw, double folds, double streamed, double tile, double tiles)
{
  const double R = hw.rows, overhead = 2.0 * R + hw.cols - 2.0;
  if (!hw.weight_double_buffer)
    return folds * (tiles * overhead + streamed);
  if (tiles == 1.0)   // the common case: every fold streams all rows
    return overhead + folds * streamed + (folds - 1.0) * std::max(0.0, R - streamed);
  const double last_rows = streamed - (tiles - 1.0) * tile;   // the last tile may be partial
  const double stall_full = std::max(0.0, R - tile), stall_last = std::max(0.0, R - last_rows);
  // Every fold but the very last (whose rows are the last tile's) has a successor to wait for.
  const double stalls = folds * ((tiles - 1.0) * stall_full + stall_last) - stall_last;
  return overhead + folds * streamed + stalls;
}

// Split factors p of x items over at most `limit` clusters, only those that change the busiest
// cluster's count ⌈x/p⌉ (splits in between leave it the same work and only add clusters):
// p = 1, then the fewest clusters that give the next smaller count.
struct UsefulFactors {
  double x, limit;
  double p = 1, per_cluster = x;
  bool valid() const { return p <= limit; }
  void next()
  {
    if (per_cluster <= 1.0 || p >= limit) {
      p = INFINITY;
      return;
    }
    if (p == 1) {   // from all items on one cluster, the next smaller count takes two (no division)
      p = 2;
      per_cluster = static_cast<double>(static_cast<std::int64_t>((x + 1.0) * 0.5));   // ⌈x/2⌉, exact
      return;
    }
    // One more cluster usually gives a smaller count (always when x ≥ p(p + 1)): one division
    // instead of two dependent ones.
    const double next_per_cluster = ceil_div(x, p + 1.0);
    if (next_per_cluster < per_cluster) {
      p += 1.0;
      per_cluster = next_per_cluster;
      return;
    }
    p = ceil_div(x, per_cluster - 1.0);
    per_cluster = ceil_div(x, p);
  }
};

// The group sizes g worth trying for `instances` independent instances on P clusters: only those
// that change the number of rounds ⌈I/g⌉ (a larger group with as many rounds only has fewer
// clusters per instance). `visit(g, clusters_per_instance, scale)` gets, for each, the clusters
// each instance may use and the factor that turns one group's cycles into cycles per instance.
template <typename Visit>
void for_each_instance_group(double instances, double P, Visit&& visit)
{
  const double max_group = std::min(P, instances);
  visit(1.0, P, 1.0);   // one instance at a time on all clusters
  double rounds_before = instances;
  for (double g = 2; g <= max_group; ++g) {
    const double rounds = ceil_div(instances, g);
    if (rounds == rounds_before)
      continue;
    rounds_before = rounds;
    visit(g, floor_div(P, g), rounds / instances);
  }
}

}   // namespace cdse
