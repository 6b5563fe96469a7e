#pragma once
// One output of the optimiser's model (an objective, or feasibility): hyper-parameters chosen by
// GaussianProcess's likelihood search, and a BayesianGpPosterior on the whole training set.
// Cost control: the likelihood search (≈100 Cholesky factorisations) runs on an evenly spread
// subsample of at most k_max_hyper_points, and only when the data have grown by a quarter since
// the last search; in between the posterior is refitted with the kept hyper-parameters (one
// factorisation). Both choices are deterministic.
#include <cstdint>

#include <Eigen/Dense>

#include "core/search/algorithms/bayes/bayesian_gp_posterior.h"

namespace cdse {

class BayesianSurrogate {
public:
  static constexpr int k_max_hyper_points = 120;

  // `observations`: how many results the optimiser has seen so far (drives the refit schedule).
  void fit(const Eigen::MatrixXd& x, const Eigen::VectorXd& y, std::int64_t observations);
  const BayesianGpPosterior& posterior() const { return posterior_; }
  bool fitted() const { return posterior_.fitted(); }
  int hyperparameter_searches() const { return searches_; }

private:
  void search_hyperparameters(const Eigen::MatrixXd& x, const Eigen::VectorXd& y);

  BayesianGpPosterior posterior_;
  GpHyperparameters hyper_;
  bool has_hyper_ = false;
  std::int64_t observations_at_search_ = 0;
  int searches_ = 0;
};

}   // namespace cdse
