// The Bayesian optimiser end to end on small synthetic problems whose exact front is known by
// enumeration: quality against random search at equal budget, batches, deduplication,
// determinism, infeasible results, single-valued knobs.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <set>

#include "core/io/input_error.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/bayes/bayesian_optimizer.h"
#include "core/search/genome/genome_counter.h"
#include "core/search/genome/genome_key.h"
#include "core/search/front/hypervolume.h"
#include "core/search/front/pareto.h"
#include "core/search/algorithms/random_search.h"

using namespace cdse;

namespace {

using Problem = std::function<EvaluatedGenome(const Genome&)>;

double unit(const Genome& g, std::size_t k, int size = 8) { return g[k] / double(size - 1); }

// ZDT1 on a 6 × 8 grid (shifted so both objectives are positive): front at x1..x5 = 0.
EvaluatedGenome zdt1(const Genome& g)
{
  double s = 0;
  for (std::size_t k = 1; k < g.size(); ++k)
    s += unit(g, k);
  const double f1 = 0.05 + unit(g, 0);
  const double gg = 1 + 9 * s / double(g.size() - 1);
  return {g, {f1, gg * (1 - std::sqrt(unit(g, 0) / gg)) + 0.05}, true, 0};
}

// DTLZ2 with three objectives on a 6 × 8 grid: front where x2..x5 = 0.5 (index 3 or 4 ≈ 0.43/0.57).
EvaluatedGenome dtlz2(const Genome& g)
{
  double s = 0;
  for (std::size_t k = 2; k < g.size(); ++k)
    s += std::pow(unit(g, k) - 0.5, 2);
  const double a = unit(g, 0) * M_PI / 2, b = unit(g, 1) * M_PI / 2;
  return {g,
          {(1 + s) * std::cos(a) * std::cos(b) + 0.05, (1 + s) * std::cos(a) * std::sin(b) + 0.05,
           (1 + s) * std::sin(a) + 0.05},
          true,
          0};
}

std::vector<Genome> all_genomes(const std::vector<int>& sizes)
{
  std::vector<Genome> out;
  Genome g(sizes.size(), 0);
  do
    out.push_back(g);
  while (next_genome(g, sizes));
  return out;
}

struct Run {
  std::vector<EvaluatedGenome> evaluated;
  std::vector<std::vector<Genome>> batches;
};

Run drive(SearchAlgorithm& algorithm, const Problem& problem, std::int64_t budget, std::size_t ask_size = 8)
{
  Run run;
  while (static_cast<std::int64_t>(run.evaluated.size()) < budget && !algorithm.exhausted()) {
    const auto want = std::min<std::size_t>(ask_size, static_cast<std::size_t>(budget - run.evaluated.size()));
    auto batch = algorithm.ask(want);
    if (batch.empty())
      break;
    std::vector<EvaluatedGenome> results;
    for (const auto& g : batch)
      results.push_back(problem(g));
    algorithm.tell(results);
    run.evaluated.insert(run.evaluated.end(), results.begin(), results.end());
    run.batches.push_back(std::move(batch));
  }
  return run;
}

double feasible_hypervolume(const std::vector<EvaluatedGenome>& evaluated, const std::vector<double>& reference)
{
  std::vector<std::vector<double>> points;
  for (const auto& e : evaluated)
    if (e.feasible)
      points.push_back(e.objectives);
  return points.empty() ? 0.0 : hypervolume(points, reference);
}

struct Exact {
  std::vector<double> reference;
  double hypervolume = 0;
};

Exact exact_front(const std::vector<int>& sizes, const Problem& problem)
{
  std::vector<EvaluatedGenome> all;
  for (const auto& g : all_genomes(sizes))
    all.push_back(problem(g));
  // Reference just beyond the exact front's nadir, so the ratio measures the front itself rather
  // than the bulk of the space that any sample dominates.
  PointSet points(static_cast<int>(all.front().objectives.size()));
  for (const auto& r : all)
    points.add(r.objectives);
  Exact e;
  const auto front = pareto_front_indices(points);
  for (int j = 0; j < points.dimensions(); ++j) {
    double lo = points[front[0]][j], hi = lo;
    for (std::size_t f : front) {
      lo = std::min(lo, points[f][j]);
      hi = std::max(hi, points[f][j]);
    }
    e.reference.push_back(hi + 0.1 * (hi - lo));
  }
  e.hypervolume = feasible_hypervolume(all, e.reference);
  return e;
}

AlgorithmContext context_for(std::vector<int> sizes, int objectives, std::uint64_t seed, std::int64_t budget)
{
  AlgorithmContext c;
  c.knob_sizes = std::move(sizes);
  c.objective_count = objectives;
  c.seed = seed;
  c.budget = budget;
  return c;
}

// `margin`: the share of random search's gap to the exact front that BO must close. Every run is
// deterministic (fixed seeds), so the check cannot flicker.
void expect_beats_random(const Problem& problem, int objectives, std::int64_t budget, double margin,
                         BayesianOptions options = {})
{
  const std::vector<int> sizes(6, 8);
  const Exact exact = exact_front(sizes, problem);
  double bo_sum = 0, random_sum = 0;
  const int seeds = 3;
  for (int seed = 1; seed <= seeds; ++seed) {
    BayesianOptimizer bo(context_for(sizes, objectives, seed, budget), options);
    RandomSearch random(context_for(sizes, objectives, seed, budget));
    const double bo_ratio = feasible_hypervolume(drive(bo, problem, budget).evaluated, exact.reference) /
                            exact.hypervolume;
    const double random_ratio = feasible_hypervolume(drive(random, problem, budget).evaluated, exact.reference) /
                                exact.hypervolume;
    std::printf("  seed %d: BO HV ratio %.4f, random %.4f\n", seed, bo_ratio, random_ratio);
    bo_sum += bo_ratio;
    random_sum += random_ratio;
  }
  std::printf("  mean over %d seeds at %lld evaluations: BO %.4f, random %.4f\n", seeds, static_cast<long long>(budget),
              bo_sum / seeds, random_sum / seeds);
  EXPECT_GT(bo_sum / seeds, random_sum / seeds + margin * (1 - random_sum / seeds));
}

}   // namespace

TEST(BayesianOptimizer, BeatsRandomSearchOnTwoObjectiveZdt1) { expect_beats_random(zdt1, 2, 60, 0.5); }

TEST(BayesianOptimizer, BeatsRandomSearchOnThreeObjectiveDtlz2)
{
  // DTLZ2's objectives approach their +0.05 shift on the front's edges; a log scale stretches that
  // corner and misleads the model (measured: BO 0.26 vs random 0.35 with it, 0.47 without).
  // A smaller pool and fewer draws keep the 3-D test fast (3-D improvements are the costly ones).
  BayesianOptions options;
  options.log_objectives = false;
  options.candidate_pool = 1024;
  options.mc_samples = 64;
  expect_beats_random(dtlz2, 3, 60, 0.1, options);
}

TEST(BayesianOptimizer, BatchesHoldQDistinctNewGenomesAndNothingIsProposedTwice)
{
  BayesianOptions options;
  options.batch_size = 5;
  BayesianOptimizer bo(context_for({4, 4, 4}, 2, 11, 1000), options);
  const auto run = drive(bo, zdt1, 1000, 16);
  std::set<Genome> seen;
  for (const auto& batch : run.batches) {
    EXPECT_LE(batch.size(), 5u);
    for (const auto& g : batch)
      EXPECT_TRUE(seen.insert(g).second) << "proposed twice";
  }
  EXPECT_EQ(seen.size(), 64u);   // the whole space, each genome once
  EXPECT_TRUE(bo.exhausted());
  EXPECT_TRUE(bo.ask(5).empty());
  // Full batches, except where the initial design ends and where the space runs out.
  int partial = 0;
  for (const auto& batch : run.batches)
    partial += batch.size() < 5u;
  EXPECT_LE(partial, 2);
}

TEST(BayesianOptimizer, PendingCandidatesAreNotProposedAgainBeforeTheirResultsArrive)
{
  const std::vector<int> sizes(6, 8);
  BayesianOptimizer bo(context_for(sizes, 2, 5, 200));
  drive(bo, zdt1, bo.initial_samples());
  ASSERT_EQ(bo.observed_count(), static_cast<std::size_t>(bo.initial_samples()));
  // An asynchronous caller asks twice before telling anything.
  const auto first = bo.ask(8);
  const auto second = bo.ask(8);
  ASSERT_EQ(first.size(), 8u);
  ASSERT_EQ(second.size(), 8u);
  std::set<Genome> distinct(first.begin(), first.end());
  distinct.insert(second.begin(), second.end());
  EXPECT_EQ(distinct.size(), 16u);
  EXPECT_EQ(bo.pending_count(), 16u);
  std::vector<EvaluatedGenome> results;
  for (const auto& g : second)   // results may come back in any grouping
    results.push_back(zdt1(g));
  bo.tell(results);
  EXPECT_EQ(bo.pending_count(), 8u);
}

TEST(BayesianOptimizer, SameSeedSameProposalsDifferentSeedDifferentProposals)
{
  const std::vector<int> sizes(6, 8);
  BayesianOptimizer a(context_for(sizes, 2, 3, 60)), b(context_for(sizes, 2, 3, 60)), c(context_for(sizes, 2, 4, 60));
  const auto ra = drive(a, zdt1, 60), rb = drive(b, zdt1, 60), rc = drive(c, zdt1, 60);
  EXPECT_EQ(ra.batches, rb.batches);
  EXPECT_NE(ra.batches, rc.batches);
}

TEST(BayesianOptimizer, InfeasibleResultsAreCountedAndSteerTheSearchAway)
{
  // Half the space (x0 above the middle) is infeasible; the front lies on its edge.
  auto problem = [](const Genome& g) {
    EvaluatedGenome e = zdt1(g);
    if (g[0] >= 4) {
      e.feasible = false;
      e.constraint_violation = (g[0] - 3) / 4.0;
    }
    return e;
  };
  const std::vector<int> sizes(6, 8);
  int model_feasible = 0, model_total = 0;
  for (int seed = 1; seed <= 3; ++seed) {
    BayesianOptimizer bo(context_for(sizes, 2, seed, 60));
    const auto run = drive(bo, problem, 60);
    EXPECT_EQ(run.evaluated.size(), 60u);
    EXPECT_EQ(bo.observed_count(), 60u);   // infeasible ones are kept too
    for (std::size_t i = static_cast<std::size_t>(bo.initial_samples()); i < run.evaluated.size(); ++i) {
      model_feasible += run.evaluated[i].feasible;
      ++model_total;
    }
  }
  // Uniform sampling would be feasible half the time.
  EXPECT_GT(model_feasible, 0.7 * model_total) << model_feasible << " of " << model_total;
}

TEST(BayesianOptimizer, ResultsWithoutNumbersAreTreatedAsInfeasible)
{
  auto problem = [](const Genome& g) {
    EvaluatedGenome e = zdt1(g);
    if (g[1] == 7)
      e.objectives[1] = std::nan("");
    return e;
  };
  BayesianOptimizer bo(context_for(std::vector<int>(6, 8), 2, 9, 40));
  const auto run = drive(bo, problem, 40);
  EXPECT_EQ(run.evaluated.size(), 40u);
}

TEST(BayesianOptimizer, SingleValuedKnobsAndCategoricalKnobs)
{
  AlgorithmContext c = context_for({1, 8, 1, 5, 1}, 2, 2, 40);
  c.categorical = {false, false, false, true, false};
  BayesianOptimizer bo(c);
  auto problem = [](const Genome& g) {
    const double x = g[1] / 7.0;
    const double cat = g[3] == 2 ? 0.0 : 0.5;   // one category is clearly better
    return EvaluatedGenome{g, {0.1 + x + cat, 1.2 - x + cat}, true, 0};
  };
  const auto run = drive(bo, problem, 40);
  EXPECT_EQ(run.evaluated.size(), 40u);   // the space has exactly 40 designs
  for (const auto& e : run.evaluated) {
    EXPECT_EQ(e.genome[0], 0);
    EXPECT_EQ(e.genome[2], 0);
    EXPECT_EQ(e.genome[4], 0);
  }
  EXPECT_TRUE(bo.exhausted());

  BayesianOptimizer single(context_for({1, 1}, 2, 1, 10));
  const auto one = single.ask(8);
  ASSERT_EQ(one.size(), 1u);
  single.tell({EvaluatedGenome{one[0], {1.0, 1.0}, true, 0}});
  EXPECT_TRUE(single.exhausted());
  EXPECT_TRUE(single.ask(8).empty());
}

TEST(BayesianOptimizer, AvailableFromTheFactoryWithOptions)
{
  AlgorithmSettings settings;
  settings.name = "bo";
  settings.options["bo"] = {{"batch_size", 3}};
  auto algorithm = make_search_algorithm(settings, context_for({8, 8}, 2, 1, 30));
  EXPECT_EQ(algorithm->name(), "bo");
  EXPECT_EQ(algorithm->ask(10).size(), 3u);
  settings.options["bo"] = {{"batch_size", -1}};
  EXPECT_THROW(make_search_algorithm(settings, context_for({8, 8}, 2, 1, 30)), InputError);
}
