#pragma once
// The posterior of an exact Gaussian process with fixed hyper-parameters (squared-exponential ARD
// kernel, constant mean, Gaussian noise), evaluated for many candidates at once. The optimiser
// needs what GaussianProcess::predict does not give: batch predictions (thousands of candidates
// per ask), posterior covariances between candidates and pending points (to "fantasise" results
// of designs still being evaluated), and a refit with known hyper-parameters in one Cholesky
// factorisation instead of a likelihood search.
#include <Eigen/Dense>

namespace cdse {

struct GpHyperparameters {
  Eigen::VectorXd length_scales;   // per input feature
  double signal_variance = 1.0;    // relative to standardised targets
  double noise_variance = 1e-6;    // relative to standardised targets
};

class BayesianGpPosterior {
public:
  // x: n × d inputs, y: n targets (any units; standardised internally).
  void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, const GpHyperparameters& hyper);
  bool fitted() const { return n_ > 0; }

  // Posterior mean and latent variance at each row of `points`, in the targets' units.
  void predict(const Eigen::MatrixXd& points, Eigen::VectorXd& mean, Eigen::VectorXd& variance) const;
  // Posterior covariance between the rows of `a` and the rows of `b` (rows(a) × rows(b)).
  Eigen::MatrixXd covariance(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) const;
  // Observation noise in the targets' units (added when conditioning on a fantasised result).
  double noise_variance() const { return hyper_.noise_variance * y_scale_ * y_scale_; }
  // Standard deviation of the training targets (the natural scale of this output).
  double target_scale() const { return y_scale_; }

private:
  // Prior kernel between rows of already length-scaled inputs (standardised units).
  Eigen::MatrixXd scaled_kernel(const Eigen::MatrixXd& a_scaled, const Eigen::MatrixXd& b_scaled) const;
  Eigen::MatrixXd scale(const Eigen::MatrixXd& x) const;

  GpHyperparameters hyper_;
  Eigen::RowVectorXd inv_length_;
  Eigen::MatrixXd x_scaled_;   // n × d, each column divided by its length scale
  Eigen::VectorXd alpha_;
  Eigen::LLT<Eigen::MatrixXd> chol_;
  double y_mean_ = 0, y_scale_ = 1;
  int n_ = 0;
};

}   // namespace cdse
