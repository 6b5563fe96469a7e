#pragma once
// A small exact Gaussian-process regressor (Eigen): squared-exponential kernel with one length
// scale per input dimension (ARD), constant mean, Gaussian noise. Hyper-parameters are fitted by
// maximising the log marginal likelihood: first over a coarse grid of shared length scales, signal
// variances and noise levels, then (when there are enough points) by refining each dimension's
// length scale in turn over a fixed set of multipliers (robust and deterministic; no gradient
// optimiser to tune).
// Used for accuracy interpolation and the Bayesian optimiser's surrogate models.
#include <cmath>

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
  // Geometric mean of the per-dimension length scales.
  double length_scale() const { return length_scale_; }
  // Fitted length scale of each input dimension (a long one: the dimension matters little).
  const Eigen::VectorXd& length_scales() const { return length_scales_; }
  // Fitted kernel amplitude and observation noise, both relative to the standardised targets
  // (the Bayesian optimiser reuses them to condition on new points without refitting).
  double signal_variance() const { return signal_variance_; }
  double noise_variance() const { return noise_variance_; }

private:
  // Squared-exponential kernel between points stored as columns of xt_ (contiguous) and a query.
  template <typename A, typename B>
  double kernel(const A& a, const B& b) const
  {
    return signal_variance_ * std::exp(-0.5 * ((a - b).array().square() * inv_ls2_.array()).sum());
  }
  bool try_fit(const Eigen::VectorXd& length_scales, double signal_variance, double noise_variance);

  Eigen::MatrixXd xt_;   // d × n: one column per training point
  Eigen::VectorXd y_std_;
  Eigen::VectorXd alpha_;
  Eigen::LLT<Eigen::MatrixXd> chol_;
  Eigen::VectorXd length_scales_;
  Eigen::VectorXd inv_ls2_;   // 1 / length_scale² per dimension
  double y_mean_ = 0, y_scale_ = 1;
  double length_scale_ = 0.3, signal_variance_ = 1.0, noise_variance_ = 1e-6;
  double lml_ = 0;
  int n_ = 0;
};

}   // namespace cdse
