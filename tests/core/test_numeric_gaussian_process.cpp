#include <gtest/gtest.h>

#include <cmath>

#include "core/numeric/gaussian_process.h"

using namespace cdse;

TEST(GaussianProcess, InterpolatesSmoothFunctionAndIsConfidentAtData)
{
  const int n = 12;
  Eigen::MatrixXd x(n, 1);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = i / double(n - 1);
    y(i) = std::sin(3.0 * x(i, 0));
  }
  GaussianProcess gp;
  gp.fit(x, y, 1e-8);
  Eigen::VectorXd q(1);
  q << 0.5 / 11.0 + 5.0 / 11.0;   // between two points
  const auto p = gp.predict(q);
  EXPECT_NEAR(p.mean, std::sin(3.0 * q(0)), 0.01);
  Eigen::VectorXd at(1);
  at << x(3, 0);
  EXPECT_NEAR(gp.predict(at).mean, y(3), 1e-3);
  EXPECT_LT(gp.predict(at).variance, 1e-3);
}

TEST(GaussianProcess, UncertaintyGrowsAwayFromData)
{
  Eigen::MatrixXd x(3, 2);
  x << 0.0, 0.0, 0.1, 0.0, 0.0, 0.1;
  Eigen::VectorXd y(3);
  y << 1.0, 1.1, 0.9;
  GaussianProcess gp;
  gp.fit(x, y);
  Eigen::VectorXd near(2), far(2);
  near << 0.05, 0.05;
  far << 3.0, 3.0;
  EXPECT_LT(gp.predict(near).variance, gp.predict(far).variance);
}

TEST(GaussianProcess, LearnsThatAnIrrelevantDimensionHasALongLengthScale)
{
  // y depends on x0 only; with enough points, x1's length scale must come out longer.
  const int n = 40;
  Eigen::MatrixXd x(n, 2);
  Eigen::VectorXd y(n);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = (i % 8) / 7.0;
    x(i, 1) = (i / 8) / 4.0;
    y(i) = std::sin(4.0 * x(i, 0));
  }
  GaussianProcess gp;
  gp.fit(x, y, 1e-6);
  ASSERT_EQ(gp.length_scales().size(), 2);
  EXPECT_GT(gp.length_scales()(1), 2.0 * gp.length_scales()(0));
  Eigen::VectorXd q(2);
  q << 0.5, 0.9;
  EXPECT_NEAR(gp.predict(q).mean, std::sin(2.0), 0.02);
}

TEST(GaussianProcess, RejectsQueriesOfTheWrongDimension)
{
  Eigen::MatrixXd x(2, 2);
  x << 0.0, 0.0, 1.0, 1.0;
  Eigen::VectorXd y(2);
  y << 0.0, 1.0;
  GaussianProcess gp;
  gp.fit(x, y);
  EXPECT_THROW(gp.predict(Eigen::VectorXd::Zero(3)), std::invalid_argument);
}
