#include "core/search/algorithms/bayes/bayesian_ehvi.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "core/search/front/hypervolume.h"
#include "core/search/front/pareto.h"
#include "core/search/algorithms/random_source.h"

namespace cdse {

BayesianEhvi::BayesianEhvi(int objectives, int samples, std::uint64_t seed) : objectives_(objectives), samples_(samples)
{
  if (objectives < 2 || objectives > 3)
    throw std::invalid_argument("BayesianEhvi: 2 or 3 objectives");
  if (samples < 1)
    throw std::invalid_argument("BayesianEhvi: at least one sample");
  // Box–Muller on the project's portable generator (std::normal_distribution is not portable).
  RandomSource rng(seed ^ 0x5eedba4e5ull);
  const std::size_t count = static_cast<std::size_t>(samples) * static_cast<std::size_t>(objectives);
  normals_.reserve(count + 1);
  while (normals_.size() < count) {
    const double u1 = 1.0 - rng.uniform();   // (0, 1]
    const double u2 = rng.uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    normals_.push_back(r * std::cos(2.0 * std::numbers::pi * u2));
    normals_.push_back(r * std::sin(2.0 * std::numbers::pi * u2));
  }
  normals_.resize(count);
  min_normal_.assign(static_cast<std::size_t>(objectives), 0.0);
  for (int s = 0; s < samples; ++s)
    for (int j = 0; j < objectives; ++j)
      min_normal_[j] = std::min(min_normal_[j], normals_[static_cast<std::size_t>(s * objectives + j)]);
}

void BayesianEhvi::normalise_front()
{
  std::vector<std::vector<double>> kept;
  for (auto& p : front_) {
    bool below = true;
    for (int j = 0; j < objectives_; ++j)
      below = below && p[j] < reference_[j];
    if (below)
      kept.push_back(std::move(p));
  }
  PointSet set(objectives_);
  for (const auto& p : kept)
    set.add(p);
  front_.clear();
  for (std::size_t i : pareto_front_indices(set))
    front_.push_back(kept[i]);
  std::sort(front_.begin(), front_.end());
  front_.erase(std::unique(front_.begin(), front_.end()), front_.end());
}

void BayesianEhvi::set_front(const std::vector<std::vector<double>>& points, std::vector<double> reference)
{
  if (reference.size() != static_cast<std::size_t>(objectives_))
    throw std::invalid_argument("BayesianEhvi: reference point of the wrong size");
  reference_ = std::move(reference);
  front_ = points;
  normalise_front();
}

void BayesianEhvi::add_to_front(std::span<const double> point)
{
  front_.emplace_back(point.begin(), point.end());
  normalise_front();
}

double BayesianEhvi::improvement(std::span<const double> c) const
{
  double box = 1;
  for (int j = 0; j < objectives_; ++j) {
    if (!(c[j] < reference_[j]))
      return 0;
    box *= reference_[j] - c[j];
  }
  if (objectives_ == 2) {
    // Front sorted by f0 ascending, so f1 descends; clipping to c keeps that order.
    double covered = 0, previous_y = reference_[1];
    for (const auto& p : front_) {
      if (p[0] <= c[0] && p[1] <= c[1])
        return 0;   // exactly, not a rounding residue of box − covered
      const double x = std::max(p[0], c[0]);
      const double y = std::max(p[1], c[1]);
      if (x >= reference_[0])
        break;
      if (y < previous_y) {
        covered += (reference_[0] - x) * (previous_y - y);
        previous_y = y;
      }
    }
    return std::max(0.0, box - covered);
  }
  PointSet clipped(objectives_);
  clipped.reserve(front_.size());
  std::vector<double> q(static_cast<std::size_t>(objectives_));
  for (const auto& p : front_) {
    bool dominates_c = true;
    for (int j = 0; j < objectives_; ++j) {
      q[j] = std::max(p[j], c[j]);
      dominates_c = dominates_c && p[j] <= c[j];
    }
    if (dominates_c)
      return 0;
    clipped.add(q);
  }
  return std::max(0.0, box - hypervolume(clipped, reference_));
}

double BayesianEhvi::improvement_bound(std::span<const double> mean, std::span<const double> sd) const
{
  std::vector<double> y(static_cast<std::size_t>(objectives_));
  for (int j = 0; j < objectives_; ++j) {
    y[j] = mean[j] + sd[j] * min_normal_[j];
    if (static_cast<std::size_t>(j) < log_scale_.size() && log_scale_[j])
      y[j] = std::exp(y[j]);
  }
  return improvement(y);
}

double BayesianEhvi::expected_improvement(std::span<const double> mean, std::span<const double> sd) const
{
  if (improvement_bound(mean, sd) <= 0)
    return 0;
  std::vector<double> y(static_cast<std::size_t>(objectives_));
  double sum = 0;
  for (int s = 0; s < samples_; ++s) {
    for (int j = 0; j < objectives_; ++j) {
      y[j] = mean[j] + sd[j] * normals_[static_cast<std::size_t>(s * objectives_ + j)];
      if (static_cast<std::size_t>(j) < log_scale_.size() && log_scale_[j])
        y[j] = std::exp(y[j]);
    }
    sum += improvement(y);
  }
  return sum / samples_;
}

}   // namespace cdse
