// Building blocks of the Bayesian optimiser: encoding, GP posterior, Monte Carlo EHVI, candidate
// pool and option parsing.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/io/input_error.h"
#include "core/numeric/gaussian_process.h"
#include "core/search/algorithms/bayes/bayesian_candidate_pool.h"
#include "core/search/algorithms/bayes/bayesian_ehvi.h"
#include "core/search/algorithms/bayes/bayesian_genome_encoding.h"
#include "core/search/algorithms/bayes/bayesian_gp_posterior.h"
#include "core/search/algorithms/bayes/bayesian_options.h"
#include "core/search/genome/genome_key.h"
#include "core/search/front/hypervolume.h"

using namespace cdse;

TEST(BayesianGenomeEncoding, OrdinalScaledOneHotAtUnitDistanceSingleValuedDropped)
{
  BayesianGenomeEncoding enc({5, 1, 3}, {false, false, true});
  EXPECT_EQ(enc.feature_count(), 1 + 3);
  const auto a = enc.encode(Genome{0, 0, 0});
  const auto b = enc.encode(Genome{4, 0, 0});
  const auto c = enc.encode(Genome{0, 0, 2});
  const auto d = enc.encode(Genome{0, 0, 1});
  EXPECT_DOUBLE_EQ(b(0), 1.0);
  EXPECT_NEAR((a - b).norm(), 1.0, 1e-12);
  EXPECT_NEAR((a - c).norm(), 1.0, 1e-12);
  EXPECT_NEAR((c - d).norm(), 1.0, 1e-12);   // no category lies between two others
  BayesianGenomeEncoding constant({1, 1}, {});
  EXPECT_EQ(constant.feature_count(), 1);
  EXPECT_EQ(constant.encode(std::vector<Genome>{{0, 0}, {0, 0}}).rows(), 2);
}

TEST(BayesianGpPosterior, MatchesGaussianProcessWithTheSameHyperparameters)
{
  const int n = 25;
  Eigen::MatrixXd x(n, 2);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = (i % 5) / 4.0;
    x(i, 1) = (i / 5) / 4.0;
    y(i) = std::sin(3 * x(i, 0)) + 0.5 * x(i, 1) * x(i, 1) + 2.0;
  }
  GaussianProcess gp;
  gp.fit(x, y, 1e-6);
  BayesianGpPosterior post;
  post.fit(x, y, {gp.length_scales(), gp.signal_variance(), gp.noise_variance()});
  Eigen::MatrixXd q(3, 2);
  q << 0.13, 0.77, 0.5, 0.5, 1.4, -0.2;
  Eigen::VectorXd mean, var;
  post.predict(q, mean, var);
  const Eigen::MatrixXd cov = post.covariance(q, q);
  for (int i = 0; i < 3; ++i) {
    const auto p = gp.predict(q.row(i).transpose());
    EXPECT_NEAR(mean(i), p.mean, 1e-6 * (1 + std::abs(p.mean)));
    EXPECT_NEAR(var(i), p.variance, 1e-6 * (1 + p.variance));
    EXPECT_NEAR(cov(i, i), var(i), 1e-8);
  }
  EXPECT_GT(var(2), var(1));   // far from the data
}

TEST(BayesianEhvi, ImprovementEqualsHypervolumeDifference2DAnd3D)
{
  for (int m : {2, 3}) {
    std::vector<std::vector<double>> front;
    for (int i = 0; i < 6; ++i) {
      const double t = i / 5.0;
      if (m == 2)
        front.push_back({t, 1 - t * t});
      else
        front.push_back({t, 1 - t, 0.3 + 0.1 * ((i * 7) % 5)});
    }
    const std::vector<double> ref(static_cast<std::size_t>(m), 1.2);
    BayesianEhvi ehvi(m, 32, 7);
    ehvi.set_front(front, ref);
    const double base = hypervolume(front, ref);
    const std::vector<std::vector<double>> probes =
        m == 2 ? std::vector<std::vector<double>>{{0.3, 0.5}, {0.05, 0.2}, {0.9, 0.95}, {1.3, 0.1}, {0.4, 0.84}}
               : std::vector<std::vector<double>>{{0.3, 0.5, 0.2}, {0.9, 0.9, 0.9}, {0.1, 0.1, 1.1}, {0.5, 0.5, 1.3}};
    for (const auto& c : probes) {
      auto with = front;
      with.push_back(c);
      EXPECT_NEAR(ehvi.improvement(c), hypervolume(with, ref) - base, 1e-12) << "m=" << m;
      // Zero spread: the expectation is the exact improvement.
      const std::vector<double> zero(static_cast<std::size_t>(m), 0.0);
      EXPECT_NEAR(ehvi.expected_improvement(c, zero), ehvi.improvement(c), 1e-12);
    }
  }
}

TEST(BayesianEhvi, UncertaintyAddsExpectedImprovementToADominatedMean)
{
  BayesianEhvi ehvi(2, 256, 3);
  ehvi.set_front({{0.2, 0.8}, {0.5, 0.5}, {0.8, 0.2}}, {1.0, 1.0});
  const std::vector<double> mean{0.6, 0.6};
  EXPECT_EQ(ehvi.expected_improvement(mean, std::vector<double>{0.0, 0.0}), 0.0);
  const double sure = ehvi.expected_improvement(mean, std::vector<double>{0.01, 0.01});
  const double unsure = ehvi.expected_improvement(mean, std::vector<double>{0.2, 0.2});
  EXPECT_GT(unsure, sure);
  EXPECT_GT(unsure, 0.0);
  // A fantasised point at the probe's mean makes the same mean worth nothing.
  ehvi.add_to_front(std::vector<double>{0.4, 0.4});
  EXPECT_EQ(ehvi.improvement(std::vector<double>{0.45, 0.45}), 0.0);
}

TEST(BayesianCandidatePool, EnumeratesSmallSpacesAndNeverReturnsTakenOrRepeated)
{
  BayesianCandidatePool small({3, 4}, {});
  std::unordered_set<std::string> taken{genome_key({0, 0}), genome_key({2, 3})};
  RandomSource rng(1);
  const auto all = small.build(taken, {}, 100, rng);
  EXPECT_EQ(all.size(), 10u);

  BayesianCandidatePool big({8, 8, 8, 8, 8, 8}, {false, false, true, false, false, false});
  taken.clear();
  const Genome parent{3, 3, 3, 3, 3, 3};
  taken.insert(genome_key(parent));
  const auto pool = big.build(taken, {parent}, 2000, rng);
  EXPECT_EQ(pool.size(), 2000u);
  std::set<Genome> distinct(pool.begin(), pool.end());
  EXPECT_EQ(distinct.size(), pool.size());
  EXPECT_FALSE(distinct.contains(parent));
  int near_parent = 0;
  for (const auto& g : pool) {
    int changed = 0;
    for (std::size_t k = 0; k < g.size(); ++k) {
      ASSERT_GE(g[k], 0);
      ASSERT_LT(g[k], 8);
      changed += g[k] != parent[k];
    }
    near_parent += changed <= 3;
  }
  EXPECT_GE(near_parent, 500);   // the local half of the pool
}

TEST(BayesianOptions, DefaultsAndErrorsNameTheField)
{
  const auto d = parse_bayesian_options(nlohmann::json::object());
  EXPECT_EQ(d.batch_size, 8);
  const auto o = parse_bayesian_options({{"batch_size", 4}, {"mc_samples", 64}});
  EXPECT_EQ(o.batch_size, 4);
  EXPECT_EQ(o.mc_samples, 64);
  try {
    parse_bayesian_options({{"batchsize", 4}});
    FAIL() << "typo accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("batchsize"), std::string::npos);
  }
  try {
    parse_bayesian_options({{"batch_size", 0}});
    FAIL() << "zero batch accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "search.options.batch_size");
  }
  EXPECT_THROW(parse_bayesian_options({{"candidate_pool", 1e12}}), InputError);
  EXPECT_THROW(parse_bayesian_options({{"mc_samples", "many"}}), InputError);
  EXPECT_THROW(parse_bayesian_options(nlohmann::json::array()), InputError);
}
