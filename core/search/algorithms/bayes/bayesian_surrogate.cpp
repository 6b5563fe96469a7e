#include "core/search/algorithms/bayes/bayesian_surrogate.h"

#include "core/numeric/gaussian_process.h"

namespace cdse {

void BayesianSurrogate::search_hyperparameters(const Eigen::MatrixXd& x, const Eigen::VectorXd& y)
{
  const Eigen::Index n = x.rows();
  const Eigen::Index m = std::min<Eigen::Index>(n, k_max_hyper_points);
  Eigen::MatrixXd xs(m, x.cols());
  Eigen::VectorXd ys(m);
  for (Eigen::Index i = 0; i < m; ++i) {
    const Eigen::Index row = m == n ? i : (i * n) / m;
    xs.row(i) = x.row(row);
    ys(i) = y(row);
  }
  GaussianProcess gp;
  // A small noise floor: simulator outputs are deterministic but the surrogate must not
  // interpolate discontinuities (tiling steps) exactly.
  gp.fit(xs, ys, 1e-6);
  hyper_.length_scales = gp.length_scales();
  hyper_.signal_variance = gp.signal_variance();
  hyper_.noise_variance = gp.noise_variance();
  has_hyper_ = true;
  ++searches_;
}

void BayesianSurrogate::fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, std::int64_t observations)
{
  if (!has_hyper_ || hyper_.length_scales.size() != x.cols() || 4 * observations >= 5 * observations_at_search_ + 4) {
    search_hyperparameters(x, y);
    observations_at_search_ = observations;
  }
  posterior_.fit(x, y, hyper_);
}

}   // namespace cdse
