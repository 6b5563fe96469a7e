#pragma once
// A small exact Gaussian-process regressor (Eigen): squared-exponential kernel with one length
// scale per input dimension (ARD), constant mean, Gaussian noise. Hyper-parameters are fitted by
// maximising the log marginal likelihood over a coarse grid of shared length-scale multipliers and
// signal variances (robust and deterministic; no gradient optimiser to tune).
// Used for accuracy interpolation and the Bayesian optimiser's surrogate models.
#include <Eigen/Dense>

namespace cdse {

struct GpPrediction {
  double mean = 0;
  double variance = 0;   // of the latent function (noise excluded)
};

class GaussianProcess {
public:
  // x: n × d inputs (caller should scale each column to roughly [0, 1]); y: n targets.
  // noise_variance is a floor on the observation noise (relative to the standardised targets).
  void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, double noise_variance = 1e-6);
  GpPrediction predict(const Eigen::VectorXd& x) const;
  bool fitted() const { return n_ > 0; }
  int size() const { return n_; }
  double log_marginal_likelihood() const { return lml_; }
  double length_scale() const { return length_scale_; }

private:
  double kernel(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const;
  bool try_fit(double length_scale, double signal_variance, double noise_variance);

  Eigen::MatrixXd x_;
  Eigen::VectorXd y_std_;
  Eigen::VectorXd alpha_;
  Eigen::LLT<Eigen::MatrixXd> chol_;
  double y_mean_ = 0, y_scale_ = 1;
  double length_scale_ = 0.3, signal_variance_ = 1.0, noise_variance_ = 1e-6;
  double lml_ = 0;
  int n_ = 0;
};

} // namespace cdse
