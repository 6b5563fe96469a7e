#include "core/search/algorithms/bayes/bayesian_optimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

#include "core/search/algorithms/bayes/bayesian_ehvi.h"
#include "core/search/genome/genome_key.h"
#include "core/search/front/pareto.h"

namespace cdse {

namespace {

int automatic_initial_samples(const AlgorithmContext& context, double cardinality)
{
  int varying = 0;
  for (int size : context.knob_sizes)
    varying += size > 1 ? 1 : 0;
  // About 2(d + 1) space-filling points fit a first model; a quarter of a small budget at most.
  int n = std::clamp(2 * (varying + 1), 6, 24);
  n = static_cast<int>(std::min<std::int64_t>(n, std::max<std::int64_t>(2, context.budget / 4)));
  return static_cast<int>(std::min<double>(n, cardinality));
}

double normal_cdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// Variance left after conditioning on the pending points S (Kriging believer: the posterior mean
// is unchanged by a fantasised observation equal to it; only the variance shrinks).
Eigen::VectorXd conditioned_variance(const Eigen::VectorXd& variance, const Eigen::MatrixXd& cov_pool_s,
                                     const BayesianGpPosterior& gp, const Eigen::MatrixXd& s_x)
{
  if (s_x.rows() == 0)
    return variance;
  Eigen::MatrixXd cov_ss = gp.covariance(s_x, s_x);
  cov_ss.diagonal().array() += gp.noise_variance() + 1e-12;
  const Eigen::LLT<Eigen::MatrixXd> llt(cov_ss);
  const Eigen::MatrixXd w = llt.matrixL().solve(cov_pool_s.transpose());   // s × P
  return (variance - w.colwise().squaredNorm().transpose()).cwiseMax(0.0);
}

}   // namespace

BayesianOptimizer::BayesianOptimizer(const AlgorithmContext& context, BayesianOptions options)
    : context_(context), options_(options), encoding_(context.knob_sizes, context.categorical),
      pool_(context.knob_sizes, context.categorical), rng_(context.seed)
{
  if (context.objective_count < 2 || context.objective_count > 3)
    throw std::invalid_argument("BayesianOptimizer: 2 or 3 objectives, got " + std::to_string(context.objective_count));
  const int knobs = static_cast<int>(context.knob_sizes.size());
  if (knobs >= 1 && knobs <= SobolSequence::k_max_dimensions)
    sobol_.emplace(knobs, context.seed);
  initial_samples_ = options_.initial_samples > 0
                         ? static_cast<int>(std::min<double>(options_.initial_samples, pool_.cardinality()))
                         : automatic_initial_samples(context, pool_.cardinality());
  objective_models_.resize(static_cast<std::size_t>(context.objective_count));
}

bool BayesianOptimizer::exhausted() const { return static_cast<double>(proposed_keys_.size()) >= pool_.cardinality(); }

void BayesianOptimizer::propose(const Genome& genome, std::vector<Genome>& batch)
{
  std::string key = genome_key(genome);
  proposed_keys_.insert(key);
  pending_keys_.insert(std::move(key));
  pending_.push_back(genome);
  batch.push_back(genome);
}

std::vector<Genome> BayesianOptimizer::ask(std::size_t max_count)
{
  const std::size_t count = std::min<std::size_t>(max_count, static_cast<std::size_t>(options_.batch_size));
  if (count == 0 || exhausted())
    return {};
  const std::size_t seen = observed_.size() + pending_.size();
  if (initial_issued_ < initial_samples_ && seen < static_cast<std::size_t>(initial_samples_))
    return initial_batch(std::min<std::size_t>(count, static_cast<std::size_t>(initial_samples_ - initial_issued_)));
  // The model needs the space-filling design back before it can say anything useful.
  if (observed_.size() < static_cast<std::size_t>(initial_samples_) && !pending_.empty())
    return {};
  std::size_t usable = 0;
  for (const auto& o : observed_)
    usable += o.finite ? 1 : 0;
  if (usable < 2)
    return pending_.empty() ? random_batch(count) : std::vector<Genome>{};
  return model_batch(count);
}

std::vector<Genome> BayesianOptimizer::initial_batch(std::size_t count)
{
  std::vector<Genome> batch;
  int misses = 0;
  while (sobol_ && batch.size() < count && misses < 1000) {
    const auto u = sobol_->next();
    Genome g(context_.knob_sizes.size());
    for (std::size_t k = 0; k < g.size(); ++k)
      g[k] = std::min(context_.knob_sizes[k] - 1, static_cast<int>(u[k] * context_.knob_sizes[k]));
    if (proposed_keys_.contains(genome_key(g))) {
      ++misses;   // few-valued knobs map many Sobol points to one genome
      continue;
    }
    propose(g, batch);
  }
  if (batch.size() < count) {
    auto extra = random_batch(count - batch.size());
    batch.insert(batch.end(), extra.begin(), extra.end());
  }
  initial_issued_ += static_cast<int>(batch.size());
  return batch;
}

std::vector<Genome> BayesianOptimizer::random_batch(std::size_t count)
{
  std::vector<Genome> batch;
  for (std::size_t attempt = 0; batch.size() < count && attempt < 64 * count; ++attempt) {
    Genome g(context_.knob_sizes.size());
    for (std::size_t k = 0; k < g.size(); ++k)
      g[k] = rng_.index(context_.knob_sizes[k]);
    if (!proposed_keys_.contains(genome_key(g)))
      propose(g, batch);
  }
  if (batch.size() < count && pool_.cardinality() <= 1e6) {
    // Nearly exhausted space: take what is left in enumeration order.
    const auto rest = pool_.build(proposed_keys_, {}, static_cast<std::size_t>(pool_.cardinality()), rng_);
    for (std::size_t i = 0; i < rest.size() && batch.size() < count; ++i)
      propose(rest[i], batch);
  }
  return batch;
}

void BayesianOptimizer::tell(const std::vector<EvaluatedGenome>& results)
{
  for (const auto& r : results) {
    if (r.genome.size() != context_.knob_sizes.size())
      throw std::invalid_argument("BayesianOptimizer::tell: genome has the wrong number of knobs");
    for (std::size_t k = 0; k < r.genome.size(); ++k)
      if (r.genome[k] < 0 || r.genome[k] >= context_.knob_sizes[k])
        throw std::invalid_argument("BayesianOptimizer::tell: knob index out of range");
    if (r.objectives.size() != static_cast<std::size_t>(context_.objective_count))
      throw std::invalid_argument("BayesianOptimizer::tell: wrong number of objectives");
    std::string key = genome_key(r.genome);
    if (pending_keys_.erase(key) > 0) {
      pending_.erase(std::find(pending_.begin(), pending_.end(), r.genome));
    } else if (proposed_keys_.contains(key)) {
      continue;   // a repeated result for a genome already observed
    }
    proposed_keys_.insert(std::move(key));
    Observation o{r.genome, r.objectives, r.feasible, std::max(0.0, r.constraint_violation), true};
    for (double v : o.objectives)
      o.finite = o.finite && std::isfinite(v);
    // A design without numbers cannot be feasible, whatever the caller says.
    o.feasible = o.feasible && o.finite;
    observed_.push_back(std::move(o));
  }
}

std::vector<std::size_t> BayesianOptimizer::training_indices() const
{
  const std::size_t n = observed_.size();
  const auto cap = static_cast<std::size_t>(options_.max_training_points);
  std::vector<std::size_t> all(n);
  std::iota(all.begin(), all.end(), std::size_t{0});
  if (n <= cap)
    return all;
  // Keep the best feasible fronts (up to half the cap) where the model must be accurate, and fill
  // up with the most recent results, which lie where the search is now.
  std::vector<bool> chosen(n, false);
  std::size_t taken = 0;
  std::vector<std::size_t> feasible;
  PointSet points(context_.objective_count);
  for (std::size_t i = 0; i < n; ++i)
    if (observed_[i].feasible) {
      feasible.push_back(i);
      points.add(observed_[i].objectives);
    }
  for (const auto& front : non_dominated_fronts(points)) {
    for (std::size_t f : front) {
      if (taken >= cap / 2)
        break;
      chosen[feasible[f]] = true;
      ++taken;
    }
    if (taken >= cap / 2)
      break;
  }
  for (std::size_t i = n; i-- > 0 && taken < cap;)
    if (!chosen[i]) {
      chosen[i] = true;
      ++taken;
    }
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < n; ++i)
    if (chosen[i])
      out.push_back(i);
  return out;
}

std::vector<Genome> BayesianOptimizer::front_genomes() const
{
  std::vector<std::size_t> feasible;
  PointSet points(context_.objective_count);
  for (std::size_t i = 0; i < observed_.size(); ++i)
    if (observed_[i].feasible) {
      feasible.push_back(i);
      points.add(observed_[i].objectives);
    }
  std::vector<Genome> parents;
  if (!feasible.empty()) {
    for (std::size_t f : pareto_front_indices(points))
      parents.push_back(observed_[feasible[f]].genome);
    return parents;
  }
  // No feasible design yet: refine the least-violating ones.
  std::vector<std::size_t> order(observed_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return observed_[a].violation < observed_[b].violation; });
  for (std::size_t i = 0; i < order.size() && i < 8; ++i)
    parents.push_back(observed_[order[i]].genome);
  return parents;
}

std::vector<Genome> BayesianOptimizer::model_batch(std::size_t count)
{
  const int m = context_.objective_count;
  const auto observations = static_cast<std::int64_t>(observed_.size());
  const std::vector<std::size_t> train = training_indices();

  // Objective models on log values when an objective is positive (latency, carbon, energy, area
  // span decades; in log space their surfaces are smoother and errors relative).
  std::vector<bool> use_log(static_cast<std::size_t>(m), options_.log_objectives);
  for (const auto& o : observed_)
    if (o.finite)
      for (int j = 0; j < m; ++j)
        use_log[j] = use_log[j] && o.objectives[j] > 0;
  auto transformed = [&](const Observation& o, int j) {
    return use_log[j] ? std::log(o.objectives[j]) : o.objectives[j];
  };

  std::vector<Genome> train_genomes;
  for (std::size_t i : train)
    if (observed_[i].finite)
      train_genomes.push_back(observed_[i].genome);
  const Eigen::MatrixXd x = encoding_.encode(train_genomes);
  for (int j = 0; j < m; ++j) {
    Eigen::VectorXd y(x.rows());
    Eigen::Index row = 0;
    for (std::size_t i : train)
      if (observed_[i].finite)
        y(row++) = transformed(observed_[i], j);
    objective_models_[j].fit(x, y, observations);
  }
  const bool model_feasibility = std::any_of(observed_.begin(), observed_.end(),
                                             [](const Observation& o) { return !o.feasible; });
  if (model_feasibility) {
    // Regression on ±1 labels: a cheap stand-in for GP classification; Φ(−μ/σ) is then the
    // probability that the label is below 0, i.e. feasible.
    std::vector<Genome> genomes;
    Eigen::VectorXd labels(static_cast<Eigen::Index>(train.size()));
    for (std::size_t t = 0; t < train.size(); ++t) {
      genomes.push_back(observed_[train[t]].genome);
      labels(static_cast<Eigen::Index>(t)) = observed_[train[t]].feasible ? -1.0 : 1.0;
    }
    feasibility_model_.fit(encoding_.encode(genomes), labels, observations);
  }

  // Front and reference point in objective units (the units the run's hypervolume is measured in;
  // the EHVI maps log-scale model values back).
  std::vector<std::vector<double>> feasible_points;
  std::vector<double> all_min(m, std::numeric_limits<double>::infinity()),
      all_max(m, -std::numeric_limits<double>::infinity());
  for (const auto& o : observed_) {
    if (!o.finite)
      continue;
    std::vector<double> t(static_cast<std::size_t>(m));
    for (int j = 0; j < m; ++j) {
      t[j] = o.objectives[j];
      all_min[j] = std::min(all_min[j], t[j]);
      all_max[j] = std::max(all_max[j], t[j]);
    }
    if (o.feasible)
      feasible_points.push_back(std::move(t));
  }
  std::vector<double> reference(static_cast<std::size_t>(m));
  {
    PointSet set(m);
    for (const auto& p : feasible_points)
      set.add(p);
    const auto front = pareto_front_indices(set);
    for (int j = 0; j < m; ++j) {
      double lo = all_min[j], hi = all_max[j];
      if (!front.empty()) {
        lo = std::numeric_limits<double>::infinity();
        hi = -lo;
        for (std::size_t f : front) {
          lo = std::min(lo, feasible_points[f][j]);
          hi = std::max(hi, feasible_points[f][j]);
        }
      }
      double extent = hi - lo;
      if (extent <= 0)
        extent = all_max[j] - all_min[j];
      if (extent <= 0)
        extent = std::max(1e-6, 1e-3 * std::abs(hi));
      reference[j] = hi + std::max(options_.reference_margin, 1e-3) * extent;
    }
  }
  BayesianEhvi ehvi(m, options_.mc_samples, context_.seed);
  ehvi.set_front(feasible_points, reference);
  ehvi.set_log_scale(use_log);
  auto believed_value = [&](double model_value, int j) { return use_log[j] ? std::exp(model_value) : model_value; };

  // Candidates and their posteriors.
  const std::vector<Genome> candidates = pool_.build(proposed_keys_, front_genomes(),
                                                     static_cast<std::size_t>(options_.candidate_pool), rng_);
  if (candidates.empty())
    return {};
  const Eigen::MatrixXd pool_x = encoding_.encode(candidates);
  const auto pool_n = static_cast<Eigen::Index>(candidates.size());
  std::vector<Eigen::VectorXd> mean(m), variance(m), effective_variance(m);
  for (int j = 0; j < m; ++j)
    objective_models_[j].posterior().predict(pool_x, mean[j], variance[j]);
  Eigen::VectorXd feasible_probability = Eigen::VectorXd::Ones(pool_n);
  if (model_feasibility) {
    Eigen::VectorXd fm, fv;
    feasibility_model_.posterior().predict(pool_x, fm, fv);
    for (Eigen::Index i = 0; i < pool_n; ++i)
      feasible_probability(i) = normal_cdf(-fm(i) / std::sqrt(fv(i) + 1e-12));
  }

  // Pending points from earlier asks are believed at their predicted means.
  Eigen::MatrixXd s_x = encoding_.encode(pending_);
  std::vector<Eigen::MatrixXd> cov_pool_s(m);
  for (int j = 0; j < m; ++j) {
    const auto& gp = objective_models_[j].posterior();
    cov_pool_s[j] = s_x.rows() > 0 ? gp.covariance(pool_x, s_x) : Eigen::MatrixXd(pool_n, 0);
    effective_variance[j] = conditioned_variance(variance[j], cov_pool_s[j], gp, s_x);
  }
  if (!pending_.empty()) {
    std::vector<Eigen::VectorXd> pm(m), pv(m);
    for (int j = 0; j < m; ++j)
      objective_models_[j].posterior().predict(s_x, pm[j], pv[j]);
    Eigen::VectorXd pf = Eigen::VectorXd::Ones(s_x.rows());
    if (model_feasibility) {
      Eigen::VectorXd fm, fv;
      feasibility_model_.posterior().predict(s_x, fm, fv);
      for (Eigen::Index i = 0; i < s_x.rows(); ++i)
        pf(i) = normal_cdf(-fm(i) / std::sqrt(fv(i) + 1e-12));
    }
    for (Eigen::Index i = 0; i < s_x.rows(); ++i) {
      if (pf(i) < 0.5)
        continue;
      std::vector<double> believed(static_cast<std::size_t>(m));
      for (int j = 0; j < m; ++j)
        believed[j] = believed_value(pm[j](i), j);
      ehvi.add_to_front(believed);
    }
  }

  std::vector<Genome> batch;
  std::vector<bool> picked(candidates.size(), false);
  std::vector<double> mu(static_cast<std::size_t>(m)), sd(static_cast<std::size_t>(m));
  auto load = [&](Eigen::Index i) {
    for (int j = 0; j < m; ++j) {
      mu[j] = mean[j](i);
      sd[j] = std::sqrt(effective_variance[j](i));
    }
  };
  std::vector<std::pair<double, Eigen::Index>> bounds;
  while (batch.size() < count && batch.size() < candidates.size()) {
    // Branch and bound: the improvement of a candidate's most optimistic draw bounds its EHVI, so
    // candidates are scored in decreasing bound order until no bound can beat the best score.
    bounds.clear();
    for (Eigen::Index i = 0; i < pool_n; ++i) {
      if (picked[i])
        continue;
      load(i);
      const double bound = feasible_probability(i) * ehvi.improvement_bound(mu, sd);
      if (bound > 0)
        bounds.emplace_back(bound, i);
    }
    std::sort(bounds.begin(), bounds.end(), [](const auto& a, const auto& b) {
      return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    Eigen::Index best = -1;
    double best_value = 0;
    for (const auto& [bound, i] : bounds) {
      if (bound <= best_value)
        break;
      load(i);
      const double value = feasible_probability(i) * ehvi.expected_improvement(mu, sd);
      if (value > best_value || (value == best_value && best >= 0 && i < best)) {
        best_value = value;
        best = i;
      }
    }
    if (best < 0) {
      // Nothing is expected to improve the front: explore where the model knows least.
      double best_spread = -1;
      for (Eigen::Index i = 0; i < pool_n; ++i) {
        if (picked[i])
          continue;
        double spread = 0;
        for (int j = 0; j < m; ++j)
          spread += std::sqrt(effective_variance[j](i)) / objective_models_[j].posterior().target_scale();
        spread *= feasible_probability(i);
        if (spread > best_spread) {
          best_spread = spread;
          best = i;
        }
      }
    }
    picked[best] = true;
    propose(candidates[best], batch);
    if (batch.size() >= count)
      break;
    // Kriging believer: the pick's predicted mean joins the front, its neighbourhood loses variance.
    if (feasible_probability(best) >= 0.5) {
      for (int j = 0; j < m; ++j)
        mu[j] = believed_value(mean[j](best), j);
      ehvi.add_to_front(mu);
    }
    s_x.conservativeResize(s_x.rows() + 1, Eigen::NoChange);
    s_x.row(s_x.rows() - 1) = pool_x.row(best);
    for (int j = 0; j < m; ++j) {
      const auto& gp = objective_models_[j].posterior();
      cov_pool_s[j].conservativeResize(Eigen::NoChange, cov_pool_s[j].cols() + 1);
      cov_pool_s[j].col(cov_pool_s[j].cols() - 1) = gp.covariance(pool_x, pool_x.row(best));
      effective_variance[j] = conditioned_variance(variance[j], cov_pool_s[j], gp, s_x);
    }
  }
  return batch;
}

AlgorithmEntry bayesian_algorithm_entry()
{
  AlgorithmEntry e;
  e.name = "bo";
  e.title = CDSE_TR_NOOP("SearchAlgorithm", "Bayesian optimisation");
  e.description = CDSE_TR_NOOP("SearchAlgorithm", "Gaussian-process models choose each batch by expected hypervolume "
                                                  "improvement; for slow evaluations and small budgets.");
  e.parse_options = [](const nlohmann::json& options, const std::string& path) {
    (void)parse_bayesian_options(options, path);
    return options;   // stored as written: every field has a documented default
  };
  e.make = [](const AlgorithmContext& context, const nlohmann::json& options) -> std::unique_ptr<SearchAlgorithm> {
    return std::make_unique<BayesianOptimizer>(context, parse_bayesian_options(options, "search.options"));
  };
  return e;
}

}   // namespace cdse
