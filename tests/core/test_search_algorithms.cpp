#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/exhaustive_search.h"
#include "core/search/front/hypervolume.h"
#include "core/search/algorithms/nsga2_search.h"
#include "core/search/front/pareto.h"
#include "core/search/algorithms/random_search.h"
#include "core/search/algorithms/sobol_search.h"
#include "core/search/algorithms/sobol_sequence.h"

using namespace cdse;

namespace {

// A ZDT1-like problem on a 3-knob integer grid; knob 2 is categorical and only value 3 is good.
// Designs with x0 + x1 > 150 violate a constraint.
EvaluatedGenome evaluate_toy(const Genome& g)
{
  const double x = g[0] / 100.0;
  const double y = g[1] / 100.0;
  const double penalty = g[2] == 3 ? 0.0 : 1.0;
  const double h = 1.0 + 4.0 * y + penalty;
  EvaluatedGenome e;
  e.genome = g;
  e.objectives = {x, h * (1.0 - std::sqrt(x / h))};
  e.constraint_violation = std::max(0, g[0] + g[1] - 150) / 150.0;
  e.feasible = e.constraint_violation == 0;
  return e;
}

AlgorithmContext toy_context(std::uint64_t seed, std::int64_t budget)
{
  AlgorithmContext c;
  c.knob_sizes = {101, 101, 8};
  c.categorical = {false, false, true};
  c.objective_count = 2;
  c.seed = seed;
  c.budget = budget;
  return c;
}

struct RunResult {
  std::vector<EvaluatedGenome> evaluated;
};

RunResult drive(SearchAlgorithm& algorithm, std::int64_t budget, std::size_t batch)
{
  RunResult run;
  while (static_cast<std::int64_t>(run.evaluated.size()) < budget && !algorithm.exhausted()) {
    const auto remaining = static_cast<std::size_t>(budget - static_cast<std::int64_t>(run.evaluated.size()));
    const auto genomes = algorithm.ask(std::min(batch, remaining));
    if (genomes.empty())
      break;
    std::vector<EvaluatedGenome> results;
    for (const auto& g : genomes)
      results.push_back(evaluate_toy(g));
    algorithm.tell(results);
    run.evaluated.insert(run.evaluated.end(), results.begin(), results.end());
  }
  return run;
}

double feasible_hypervolume(const std::vector<EvaluatedGenome>& evaluated)
{
  PointSet points(2);
  for (const auto& e : evaluated)
    if (e.feasible)
      points.add(e.objectives);
  const std::vector<double> reference{1.0, 1.0};   // true front 1 − √x: maximum 2/3
  return hypervolume(points, reference);
}

}   // namespace

TEST(SearchAlgorithms, SobolSequenceFirstPointsArePublishedValues)
{
  SobolSequence sobol(3);
  const std::vector<std::vector<double>> expected{{0, 0, 0},
                                                  {0.5, 0.5, 0.5},
                                                  {0.75, 0.25, 0.25},
                                                  {0.25, 0.75, 0.75},
                                                  {0.375, 0.375, 0.625},
                                                  {0.875, 0.875, 0.125},
                                                  {0.625, 0.125, 0.875},
                                                  {0.125, 0.625, 0.375}};
  for (const auto& e : expected)
    EXPECT_EQ(sobol.next(), e);
}

TEST(SearchAlgorithms, SobolPointsAreBalancedInEveryDimension)
{
  // A (t, m, s)-net property: the first 2^k points put exactly 2^(k-1) in each half of every axis.
  SobolSequence sobol(SobolSequence::k_max_dimensions, 42);
  std::vector<int> low(SobolSequence::k_max_dimensions, 0);
  for (int i = 0; i < 1024; ++i) {
    const auto p = sobol.next();
    for (std::size_t d = 0; d < p.size(); ++d) {
      ASSERT_GE(p[d], 0.0);
      ASSERT_LT(p[d], 1.0);
      low[d] += p[d] < 0.5;
    }
  }
  // The digital shift flips halves but keeps the balance.
  for (int count : low)
    EXPECT_EQ(count, 512);
  EXPECT_THROW(SobolSequence(38), std::invalid_argument);
}

TEST(SearchAlgorithms, ExhaustiveEnumeratesEveryGenomeOnceInMixedRadixOrder)
{
  AlgorithmContext c;
  c.knob_sizes = {2, 3, 2};
  ExhaustiveSearch search(c);
  EXPECT_EQ(search.cardinality(), 12);
  std::vector<Genome> all;
  while (!search.exhausted()) {
    auto batch = search.ask(5);
    all.insert(all.end(), batch.begin(), batch.end());
  }
  ASSERT_EQ(all.size(), 12u);
  EXPECT_EQ(all[0], (Genome{0, 0, 0}));
  EXPECT_EQ(all[1], (Genome{0, 0, 1}));
  EXPECT_EQ(all[2], (Genome{0, 1, 0}));
  EXPECT_EQ(all[11], (Genome{1, 2, 1}));
  EXPECT_EQ(std::set<Genome>(all.begin(), all.end()).size(), 12u);
  EXPECT_TRUE(search.ask(5).empty());
}

TEST(SearchAlgorithms, ExhaustiveRefusesHugeSpaces)
{
  AlgorithmContext c;
  c.knob_sizes = {1000, 1000, 1000};
  try {
    ExhaustiveSearch search(c);
    FAIL() << "expected refusal";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "algorithm");
    EXPECT_NE(e.problem().find("1e+09"), std::string::npos) << e.what();
  }
}

TEST(SearchAlgorithms, RandomAndSobolProposeDistinctGenomesAndExhaustSmallSpaces)
{
  AlgorithmContext c;
  c.knob_sizes = {3, 4, 2};
  c.seed = 5;
  RandomSearch random(c);
  SobolSearch sobol(c);
  for (SearchAlgorithm* algorithm : std::initializer_list<SearchAlgorithm*>{&random, &sobol}) {
    std::set<Genome> seen;
    while (!algorithm->exhausted()) {
      for (const auto& g : algorithm->ask(7)) {
        ASSERT_EQ(g.size(), 3u);
        for (std::size_t k = 0; k < 3; ++k) {
          ASSERT_GE(g[k], 0);
          ASSERT_LT(g[k], c.knob_sizes[k]);
        }
        ASSERT_TRUE(seen.insert(g).second) << algorithm->name() << " repeated a genome";
      }
    }
    EXPECT_EQ(seen.size(), 24u) << algorithm->name();
  }
}

TEST(SearchAlgorithms, SameSeedSameProposalsDifferentSeedDifferentProposals)
{
  for (const std::string name : {"random", "sobol", "nsga2"}) {
    AlgorithmSettings settings;
    settings.name = name;
    auto a = make_search_algorithm(settings, toy_context(9, 200));
    auto b = make_search_algorithm(settings, toy_context(9, 200));
    auto other = make_search_algorithm(settings, toy_context(10, 200));
    const auto ra = drive(*a, 200, 16), rb = drive(*b, 200, 16), rc = drive(*other, 200, 16);
    ASSERT_EQ(ra.evaluated.size(), rb.evaluated.size());
    bool all_same = true, same_as_other = true;
    for (std::size_t i = 0; i < ra.evaluated.size(); ++i) {
      all_same = all_same && ra.evaluated[i].genome == rb.evaluated[i].genome;
      same_as_other = same_as_other && i < rc.evaluated.size() && ra.evaluated[i].genome == rc.evaluated[i].genome;
    }
    EXPECT_TRUE(all_same) << name;
    EXPECT_FALSE(same_as_other) << name;
  }
}

TEST(SearchAlgorithms, Nsga2NeverRepeatsAndBeatsRandomOnAConstrainedProblem)
{
  const std::int64_t budget = 400;
  double nsga2_total = 0, random_total = 0;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    Nsga2Search nsga2(toy_context(seed, budget));
    const auto run = drive(nsga2, budget, 8);
    EXPECT_EQ(static_cast<std::int64_t>(run.evaluated.size()), budget);
    std::set<Genome> distinct;
    for (const auto& e : run.evaluated)
      distinct.insert(e.genome);
    EXPECT_EQ(distinct.size(), run.evaluated.size());
    // The survivors are feasible once feasible designs are known.
    for (const auto& member : nsga2.population())
      EXPECT_TRUE(member.feasible);
    nsga2_total += feasible_hypervolume(run.evaluated);
    RandomSearch random(toy_context(seed, budget));
    random_total += feasible_hypervolume(drive(random, budget, 8).evaluated);
  }
  EXPECT_GT(nsga2_total, random_total * 1.2) << "nsga2 " << nsga2_total << " random " << random_total;
}

TEST(SearchAlgorithms, FactoryKnowsItsAlgorithmsAndRejectsUnknownNames)
{
  const auto names = search_algorithm_names();
  for (const std::string expected : {"exhaustive", "random", "sobol", "nsga2"})
    EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end());
  AlgorithmSettings settings;
  settings.name = "simulated-annealing";
  try {
    make_search_algorithm(settings, toy_context(1, 10));
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "search.algorithm");
  }
}

TEST(SearchAlgorithms, Nsga2StartsFromTheSuggestedGenomes)
{
  AlgorithmContext c = toy_context(3, 100);
  c.initial_genomes = {Genome{50, 0, 3}, Genome{7, 7, 7}, Genome{50, 0, 3}, Genome{200, 0, 0}};
  Nsga2Search nsga2(c);
  const auto first = nsga2.ask(100);
  ASSERT_GE(first.size(), 2u);
  EXPECT_EQ(first[0], (Genome{50, 0, 3}));
  EXPECT_EQ(first[1], (Genome{7, 7, 7}));
  // The duplicate and the out-of-range suggestion are dropped; the rest is random and distinct.
  std::set<Genome> distinct(first.begin(), first.end());
  EXPECT_EQ(distinct.size(), first.size());
  EXPECT_EQ(first.size(), static_cast<std::size_t>(nsga2.population_size()));
}
