#include "numeric/gaussian_process.h"

#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace cdse {

double GaussianProcess::kernel(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const
{
  const double d2 = (a - b).squaredNorm();
  return signal_variance_ * std::exp(-0.5 * d2 / (length_scale_ * length_scale_));
}

bool GaussianProcess::try_fit(double length_scale, double signal_variance, double noise_variance)
{
  length_scale_ = length_scale;
  signal_variance_ = signal_variance;
  noise_variance_ = noise_variance;
  const int n = static_cast<int>(x_.rows());
  Eigen::MatrixXd k(n, n);
  for (int i = 0; i < n; ++i) {
    for (int j = i; j < n; ++j) {
      const double v = kernel(x_.row(i).transpose(), x_.row(j).transpose());
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
  x_ = x;
  y_mean_ = y.mean();
  const double var = y.size() > 1 ? (y.array() - y_mean_).square().sum() / static_cast<double>(y.size() - 1) : 0.0;
  y_scale_ = var > 1e-30 ? std::sqrt(var) : 1.0;
  y_std_ = (y.array() - y_mean_) / y_scale_;
  n_ = static_cast<int>(x.rows());

  // Coarse grid search on the log marginal likelihood; the best finite candidate wins.
  const double dims = std::max<double>(1.0, static_cast<double>(x.cols()));
  double best = -std::numeric_limits<double>::infinity();
  double best_ls = 0.3, best_sv = 1.0, best_noise = noise_variance;
  for (double ls : {0.05, 0.1, 0.2, 0.35, 0.6, 1.0, 2.0}) {
    for (double sv : {0.3, 1.0, 3.0}) {
      for (double noise : {noise_variance, std::max(noise_variance, 1e-3), std::max(noise_variance, 1e-2)}) {
        if (try_fit(ls * std::sqrt(dims), sv, noise) && lml_ > best) {
          best = lml_;
          best_ls = ls * std::sqrt(dims);
          best_sv = sv;
          best_noise = noise;
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
  Eigen::VectorXd k_star(n_);
  for (int i = 0; i < n_; ++i)
    k_star(i) = kernel(x_.row(i).transpose(), x);
  const double mean_std = k_star.dot(alpha_);
  const Eigen::VectorXd v = chol_.matrixL().solve(k_star);
  const double var_std = std::max(0.0, signal_variance_ - v.squaredNorm());
  return {y_mean_ + y_scale_ * mean_std, var_std * y_scale_ * y_scale_};
}

} // namespace cdse
