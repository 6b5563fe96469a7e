#include "core/numeric/gaussian_process.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>
#include <string>

namespace cdse {

namespace {

// Per-dimension refinement costs one fit per candidate (O(n³) each): skip it for large data sets,
// and for few points per dimension, where separate length scales would only fit noise.
constexpr int k_max_points_for_ard = 400;

}   // namespace

bool GaussianProcess::try_fit(const Eigen::VectorXd& length_scales, double signal_variance, double noise_variance)
{
  length_scales_ = length_scales;
  inv_ls2_ = length_scales.array().square().inverse().matrix();
  length_scale_ = std::exp(length_scales.array().log().mean());
  signal_variance_ = signal_variance;
  noise_variance_ = noise_variance;
  const int n = static_cast<int>(xt_.cols());
  Eigen::MatrixXd k(n, n);
  for (int i = 0; i < n; ++i) {
    for (int j = i; j < n; ++j) {
      const double v = kernel(xt_.col(i), xt_.col(j));
      k(i, j) = v;
      k(j, i) = v;
    }
    k(i, i) += noise_variance;
  }
  chol_.compute(k);
  if (chol_.info() != Eigen::Success)
    return false;
  alpha_ = chol_.solve(y_std_);
  const Eigen::MatrixXd l = chol_.matrixL();
  double log_det = 0;
  for (int i = 0; i < n; ++i)
    log_det += std::log(l(i, i));
  lml_ = -0.5 * y_std_.dot(alpha_) - log_det - 0.5 * n * std::log(2.0 * std::numbers::pi);
  return std::isfinite(lml_);
}

void GaussianProcess::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double noise_variance)
{
  if (x.rows() != y.size() || x.rows() == 0)
    throw std::invalid_argument("GaussianProcess::fit: need as many targets as inputs, at least one");
  xt_ = x.transpose();
  y_mean_ = y.mean();
  const double var = y.size() > 1 ? (y.array() - y_mean_).square().sum() / static_cast<double>(y.size() - 1) : 0.0;
  y_scale_ = var > 1e-30 ? std::sqrt(var) : 1.0;
  y_std_ = (y.array() - y_mean_) / y_scale_;
  n_ = static_cast<int>(x.rows());
  const auto d = x.cols();

  // Coarse grid search on the log marginal likelihood with one shared length scale.
  const double dims = std::max<double>(1.0, static_cast<double>(d));
  double best = -std::numeric_limits<double>::infinity();
  Eigen::VectorXd best_ls = Eigen::VectorXd::Constant(d, 0.3 * std::sqrt(dims));
  double best_sv = 1.0, best_noise = noise_variance;
  for (double ls : {0.05, 0.1, 0.2, 0.35, 0.6, 1.0, 2.0}) {
    const Eigen::VectorXd shared = Eigen::VectorXd::Constant(d, ls * std::sqrt(dims));
    for (double sv : {0.3, 1.0, 3.0}) {
      for (double noise : {noise_variance, std::max(noise_variance, 1e-3), std::max(noise_variance, 1e-2)}) {
        if (try_fit(shared, sv, noise) && lml_ > best) {
          best = lml_;
          best_ls = shared;
          best_sv = sv;
          best_noise = noise;
        }
      }
    }
  }

  // Refine each dimension's length scale in turn (two sweeps); a change must improve the
  // likelihood clearly, so that ties keep the shared scale.
  if (d > 1 && std::isfinite(best) && n_ <= k_max_points_for_ard && n_ >= 2 * d + 2) {
    for (int sweep = 0; sweep < 2; ++sweep) {
      for (Eigen::Index j = 0; j < d; ++j) {
        const double base = best_ls(j);
        for (double factor : {0.25, 0.5, 2.0, 4.0, 16.0}) {
          Eigen::VectorXd candidate = best_ls;
          candidate(j) = base * factor;
          if (try_fit(candidate, best_sv, best_noise) && lml_ > best + 1e-3) {
            best = lml_;
            best_ls = candidate;
          }
        }
      }
    }
  }

  if (!try_fit(best_ls, best_sv, best_noise)) {
    // Last resort: more jitter until the factorisation succeeds.
    for (double jitter = 1e-4; jitter < 10.0; jitter *= 10.0)
      if (try_fit(best_ls, best_sv, best_noise + jitter))
        return;
    throw std::runtime_error("GaussianProcess::fit: kernel matrix is not positive definite");
  }
}

GpPrediction GaussianProcess::predict(const Eigen::VectorXd& x) const
{
  if (n_ == 0)
    throw std::logic_error("GaussianProcess::predict before fit");
  if (x.size() != xt_.rows())
    throw std::invalid_argument("GaussianProcess::predict: query has " + std::to_string(x.size()) +
                                " dimensions, the data " + std::to_string(xt_.rows()));
  Eigen::VectorXd k_star(n_);
  for (int i = 0; i < n_; ++i)
    k_star(i) = kernel(xt_.col(i), x);
  const double mean_std = k_star.dot(alpha_);
  const Eigen::VectorXd v = chol_.matrixL().solve(k_star);
  const double var_std = std::max(0.0, signal_variance_ - v.squaredNorm());
  return {y_mean_ + y_scale_ * mean_std, var_std * y_scale_ * y_scale_};
}

}   // namespace cdse
