#include "core/search/algorithms/bayes/bayesian_gp_posterior.h"

#include <cmath>
#include <stdexcept>

namespace cdse {

Eigen::MatrixXd BayesianGpPosterior::scale(const Eigen::MatrixXd& x) const
{
  if (x.cols() != inv_length_.size())
    throw std::invalid_argument("BayesianGpPosterior: input has the wrong number of features");
  return x.array().rowwise() * inv_length_.array();
}

Eigen::MatrixXd BayesianGpPosterior::scaled_kernel(const Eigen::MatrixXd& a_scaled, const Eigen::MatrixXd& b_scaled) const
{
  // |a − b|² = |a|² + |b|² − 2 a·b turns the n × m kernel into one matrix product.
  const Eigen::VectorXd a2 = a_scaled.rowwise().squaredNorm();
  const Eigen::VectorXd b2 = b_scaled.rowwise().squaredNorm();
  Eigen::MatrixXd d2 = -2.0 * (a_scaled * b_scaled.transpose());
  d2.colwise() += a2;
  d2.rowwise() += b2.transpose();
  return hyper_.signal_variance * (-0.5 * d2.array().max(0.0)).exp().matrix();
}

void BayesianGpPosterior::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const GpHyperparameters& hyper)
{
  if (x.rows() != y.size() || x.rows() == 0 || hyper.length_scales.size() != x.cols())
    throw std::invalid_argument("BayesianGpPosterior::fit: inconsistent inputs, targets or length scales");
  hyper_ = hyper;
  inv_length_ = hyper.length_scales.array().inverse().matrix().transpose();
  x_scaled_ = scale(x);
  n_ = static_cast<int>(x.rows());
  y_mean_ = y.mean();
  const double var = n_ > 1 ? (y.array() - y_mean_).square().sum() / (n_ - 1) : 0.0;
  y_scale_ = var > 1e-30 ? std::sqrt(var) : 1.0;
  const Eigen::VectorXd y_std = (y.array() - y_mean_) / y_scale_;

  Eigen::MatrixXd k = scaled_kernel(x_scaled_, x_scaled_);
  // Growing jitter: duplicated inputs with a tiny noise level make K singular.
  for (double jitter = 0; jitter < 1.0; jitter = jitter == 0 ? 1e-8 : jitter * 10) {
    Eigen::MatrixXd kn = k;
    kn.diagonal().array() += hyper_.noise_variance + jitter;
    chol_.compute(kn);
    if (chol_.info() == Eigen::Success) {
      hyper_.noise_variance += jitter;
      alpha_ = chol_.solve(y_std);
      return;
    }
  }
  throw std::runtime_error("BayesianGpPosterior::fit: kernel matrix is not positive definite");
}

void BayesianGpPosterior::predict(const Eigen::MatrixXd& points, Eigen::VectorXd& mean, Eigen::VectorXd& variance) const
{
  if (n_ == 0)
    throw std::logic_error("BayesianGpPosterior::predict before fit");
  const Eigen::MatrixXd k_xp = scaled_kernel(x_scaled_, scale(points));   // n × m
  mean = (k_xp.transpose() * alpha_).array() * y_scale_ + y_mean_;
  const Eigen::MatrixXd v = chol_.matrixL().solve(k_xp);
  variance =
      ((hyper_.signal_variance - v.colwise().squaredNorm().array()).max(0.0) * y_scale_ * y_scale_).matrix().transpose();
}

Eigen::MatrixXd BayesianGpPosterior::covariance(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) const
{
  if (n_ == 0)
    throw std::logic_error("BayesianGpPosterior::covariance before fit");
  const Eigen::MatrixXd a_scaled = scale(a), b_scaled = scale(b);
  const Eigen::MatrixXd k_xa = scaled_kernel(x_scaled_, a_scaled);
  const Eigen::MatrixXd k_xb = scaled_kernel(x_scaled_, b_scaled);
  const Eigen::MatrixXd prior = scaled_kernel(a_scaled, b_scaled);
  return (prior - k_xa.transpose() * chol_.solve(k_xb)) * (y_scale_ * y_scale_);
}

}   // namespace cdse
