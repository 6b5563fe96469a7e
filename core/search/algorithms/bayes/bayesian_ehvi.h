#pragma once
// Expected hypervolume improvement (all objectives minimised) of a candidate whose objectives are
// independent Gaussians, estimated by Monte Carlo with a fixed set of standard-normal draws
// (common random numbers: every candidate sees the same draws, so comparisons between candidates
// are far less noisy than the estimates themselves, and results are deterministic).
// The improvement of one point c over a front F is box(c, r) − HV({max(p, c) : p ∈ F}, r):
// the part of c's box already dominated by F is F clipped to c. 2-D uses an O(|F|) sweep over
// the sorted front; 3-D uses the exact hypervolume of core/search/front/hypervolume.h.
#include <cstdint>
#include <span>
#include <vector>

namespace cdse {

class BayesianEhvi {
public:
  BayesianEhvi(int objectives, int samples, std::uint64_t seed);

  // Replaces the front (any points; dominated ones and those not below the reference are dropped).
  void set_front(const std::vector<std::vector<double>>& points, std::vector<double> reference);
  // Adds a point to the front (a fantasised result of a pending candidate).
  void add_to_front(std::span<const double> point);
  const std::vector<std::vector<double>>& front() const { return front_; }
  const std::vector<double>& reference() const { return reference_; }

  // Objectives modelled on a log scale: a model value v means exp(v), so the model's Gaussian is a
  // log-normal here. The front, the reference and the improvement stay in the objectives' own
  // units, the units the user's hypervolume is measured in.
  void set_log_scale(std::vector<bool> log_scale) { log_scale_ = std::move(log_scale); }

  // Exact improvement of one point (objective units).
  double improvement(std::span<const double> point) const;
  // Monte Carlo expectation for independent N(mean_j, sd_j²) model values. Exactly 0 when even the
  // most optimistic draw is dominated.
  double expected_improvement(std::span<const double> mean, std::span<const double> sd) const;
  // The improvement of the most optimistic draw: an upper bound of expected_improvement, one
  // exact evaluation instead of `samples` (for branch and bound over a candidate pool).
  double improvement_bound(std::span<const double> mean, std::span<const double> sd) const;

private:
  void normalise_front();

  int objectives_;
  int samples_;
  std::vector<double> normals_;              // samples × objectives
  std::vector<double> min_normal_;           // per objective, the most optimistic draw
  std::vector<std::vector<double>> front_;   // non-dominated, below the reference, sorted
  std::vector<double> reference_;
  std::vector<bool> log_scale_;
};

}   // namespace cdse
