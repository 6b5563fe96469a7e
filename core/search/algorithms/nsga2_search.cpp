#include "core/search/algorithms/nsga2_search.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/genome/genome_key.h"
#include "core/search/front/pareto.h"

namespace cdse {

namespace {

// About 40 generations: with budget / 10 (10 generations) a 1,000-evaluation run of the joint
// CLIP scenario reached 0.79 of the best-known front's normalised hypervolume, with 16–34
// individuals 0.90–0.91 (12 seeds, tests/benchmarks/compare_optuna.py's measure); the hardware-only
// benchmark found 0.80 instead of 0.60 of the exact front after 300 evaluations.
int auto_population(std::int64_t budget)
{
  auto p = static_cast<int>(std::clamp<std::int64_t>(budget / 40, 16, 100));
  return p + (p % 2);
}

}   // namespace

int Nsga2Search::population_size_for(const AlgorithmContext& context, const Nsga2Options& options)
{
  return options.population_size > 0 ? options.population_size : auto_population(context.budget);
}

Nsga2Search::Nsga2Search(const AlgorithmContext& context, const Nsga2Options& options)
    : context_(context), options_(options), rng_(context.seed)
{
  population_size_ = population_size_for(context, options);
  if (options_.mutation_probability < 0)
    options_.mutation_probability = context.knob_sizes.empty() ? 1.0
                                                               : 1.0 / static_cast<double>(context.knob_sizes.size());
  for (int size : context.knob_sizes)
    cardinality_ *= size;
  // Generation 0: the suggested genomes (baselines), then distinct random genomes.
  for (const Genome& g : context.initial_genomes) {
    bool valid = g.size() == context.knob_sizes.size();
    for (std::size_t k = 0; valid && k < g.size(); ++k)
      valid = g[k] >= 0 && g[k] < context.knob_sizes[k];
    if (valid && offspring_.size() < static_cast<std::size_t>(population_size_) && remember(g))
      offspring_.push_back(g);
  }
  while (offspring_.size() < static_cast<std::size_t>(population_size_) &&
         static_cast<double>(seen_.size()) < cardinality_) {
    Genome g = fresh_random_genome();
    if (g.empty() && !context.knob_sizes.empty())
      break;
    offspring_.push_back(std::move(g));
  }
}

bool Nsga2Search::remember(const Genome& genome) { return seen_.insert(genome_key(genome)).second; }

Genome Nsga2Search::fresh_random_genome()
{
  Genome g(context_.knob_sizes.size());
  for (int attempt = 0; attempt < 1000; ++attempt) {
    for (std::size_t k = 0; k < g.size(); ++k)
      g[k] = rng_.index(context_.knob_sizes[k]);
    if (remember(g))
      return g;
  }
  return {};
}

std::vector<Genome> Nsga2Search::ask(std::size_t max_count)
{
  std::vector<Genome> batch;
  while (batch.size() < max_count && next_to_ask_ < offspring_.size())
    batch.push_back(offspring_[next_to_ask_++]);
  return batch;
}

void Nsga2Search::tell(const std::vector<EvaluatedGenome>& results)
{
  if (results.empty())
    return;
  results_.insert(results_.end(), results.begin(), results.end());
  if (results_.size() < offspring_.size())
    return;
  std::vector<EvaluatedGenome> pool = std::move(population_);
  pool.insert(pool.end(), std::make_move_iterator(results_.begin()), std::make_move_iterator(results_.end()));
  results_.clear();
  select_survivors(std::move(pool));
  ++generation_;
  breed();
}

void Nsga2Search::select_survivors(std::vector<EvaluatedGenome> pool)
{
  std::vector<std::size_t> feasible, infeasible;
  for (std::size_t i = 0; i < pool.size(); ++i)
    (pool[i].feasible ? feasible : infeasible).push_back(i);

  PointSet points(context_.objective_count);
  points.reserve(feasible.size());
  for (std::size_t i : feasible)
    points.add(pool[i].objectives);
  const auto fronts = non_dominated_fronts(points);

  std::vector<EvaluatedGenome> survivors;
  std::vector<Standing> standing;
  const auto target = static_cast<std::size_t>(population_size_);
  for (std::size_t r = 0; r < fronts.size() && survivors.size() < target; ++r) {
    const auto& front = fronts[r];
    const auto crowding = crowding_distances(points, front);
    std::vector<std::size_t> order(front.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (survivors.size() + front.size() > target)
      std::stable_sort(order.begin(), order.end(),
                       [&](std::size_t a, std::size_t b) { return crowding[a] > crowding[b]; });
    for (std::size_t k : order) {
      if (survivors.size() >= target)
        break;
      survivors.push_back(pool[feasible[front[k]]]);
      standing.push_back({static_cast<int>(r), crowding[k]});
    }
  }
  std::stable_sort(infeasible.begin(), infeasible.end(), [&](std::size_t a, std::size_t b) {
    return pool[a].constraint_violation < pool[b].constraint_violation;
  });
  const int infeasible_rank = static_cast<int>(fronts.size());
  for (std::size_t i : infeasible) {
    if (survivors.size() >= target)
      break;
    survivors.push_back(pool[i]);
    standing.push_back({infeasible_rank, -pool[i].constraint_violation});
  }
  population_ = std::move(survivors);
  standing_ = std::move(standing);
}

std::size_t Nsga2Search::tournament()
{
  const auto a = static_cast<std::size_t>(rng_.index(static_cast<int>(population_.size())));
  const auto b = static_cast<std::size_t>(rng_.index(static_cast<int>(population_.size())));
  const auto& pa = population_[a];
  const auto& pb = population_[b];
  // Constrained domination (Deb 2000): feasible first, then violation, then rank and crowding.
  if (pa.feasible != pb.feasible)
    return pa.feasible ? a : b;
  if (!pa.feasible)
    return pa.constraint_violation <= pb.constraint_violation ? a : b;
  if (standing_[a].rank != standing_[b].rank)
    return standing_[a].rank < standing_[b].rank ? a : b;
  return standing_[a].crowding >= standing_[b].crowding ? a : b;
}

std::pair<Genome, Genome> Nsga2Search::crossover(const Genome& a, const Genome& b)
{
  Genome c1 = a, c2 = b;
  if (!rng_.chance(options_.crossover_probability))
    return {c1, c2};
  const double eta = options_.crossover_eta;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (!rng_.chance(0.5) || a[k] == b[k])
      continue;
    if (context_.is_categorical(k)) {
      std::swap(c1[k], c2[k]);
      continue;
    }
    // SBX on the index, then rounded and clamped to the knob's range.
    const double u = rng_.uniform();
    const double beta = u <= 0.5 ? std::pow(2 * u, 1 / (eta + 1)) : std::pow(1 / (2 * (1 - u)), 1 / (eta + 1));
    const double x1 = a[k], x2 = b[k];
    const int high = context_.knob_sizes[k] - 1;
    c1[k] = std::clamp(static_cast<int>(std::lround(0.5 * ((1 + beta) * x1 + (1 - beta) * x2))), 0, high);
    c2[k] = std::clamp(static_cast<int>(std::lround(0.5 * ((1 - beta) * x1 + (1 + beta) * x2))), 0, high);
    // As in Deb's reference SBX code, the children exchange the knob half the time: otherwise each
    // child stays near its own parent on every knob and crossover barely mixes the parents
    // (1,000 evaluations of the joint CLIP scenario: 0.87 -> 0.91 of the best-known front).
    if (rng_.chance(0.5))
      std::swap(c1[k], c2[k]);
  }
  return {c1, c2};
}

Genome Nsga2Search::mutate(Genome genome)
{
  const double eta = options_.mutation_eta;
  for (std::size_t k = 0; k < genome.size(); ++k) {
    const int size = context_.knob_sizes[k];
    if (size < 2 || !rng_.chance(options_.mutation_probability))
      continue;
    if (context_.is_categorical(k)) {
      const int other = rng_.index(size - 1);
      genome[k] = other >= genome[k] ? other + 1 : other;
      continue;
    }
    // Polynomial mutation on the index; a rounded no-op becomes a one-step move so that mutation
    // always changes the knob it picked.
    const double u = rng_.uniform();
    const double delta = u < 0.5 ? std::pow(2 * u, 1 / (eta + 1)) - 1 : 1 - std::pow(2 * (1 - u), 1 / (eta + 1));
    int value = std::clamp(static_cast<int>(std::lround(genome[k] + delta * (size - 1))), 0, size - 1);
    if (value == genome[k])
      value = genome[k] == 0 ? 1 : genome[k] == size - 1 ? size - 2 : genome[k] + (delta < 0 ? -1 : 1);
    genome[k] = value;
  }
  return genome;
}

void Nsga2Search::breed()
{
  offspring_.clear();
  next_to_ask_ = 0;
  if (population_.empty()) {
    exhausted_ = true;
    return;
  }
  const auto target = static_cast<std::size_t>(population_size_);
  while (offspring_.size() < target) {
    if (static_cast<double>(seen_.size()) >= cardinality_)
      break;
    const auto& p1 = population_[tournament()].genome;
    const auto& p2 = population_[tournament()].genome;
    auto [c1, c2] = crossover(p1, p2);
    for (Genome* child : {&c1, &c2}) {
      if (offspring_.size() >= target)
        break;
      Genome candidate = mutate(*child);
      // A duplicate is mutated again a few times, then replaced by a random unseen genome.
      int attempts = 0;
      while (!remember(candidate) && ++attempts < 20)
        candidate = mutate(candidate);
      if (attempts >= 20) {
        candidate = fresh_random_genome();
        if (candidate.empty())
          break;
      }
      offspring_.push_back(std::move(candidate));
    }
  }
  if (offspring_.empty())
    exhausted_ = true;
}

Nsga2Options parse_nsga2_options(const nlohmann::json& options, const std::string& path)
{
  json::reject_unknown_keys(options, path, {"population_size"});
  Nsga2Options o;
  o.population_size = static_cast<int>(json::get_integer_or(options, "population_size", path, 0, 0, 100000));
  if (o.population_size % 2 != 0)
    throw InputError(json::child_path(path, "population_size"), "must be even (offspring come in pairs)");
  return o;
}

AlgorithmEntry nsga2_algorithm_entry()
{
  AlgorithmEntry e;
  e.name = "nsga2";
  e.title = CDSE_TR_NOOP("SearchAlgorithm", "NSGA-II");
  e.description = CDSE_TR_NOOP("SearchAlgorithm",
                               "Evolutionary multi-objective search (Deb et al., 2002); the default for large spaces.");
  e.search_fields = {{"population_size", 0}};
  e.parse_options = [](const nlohmann::json& options, const std::string& path) {
    nlohmann::json canonical = nlohmann::json::object();
    const Nsga2Options o = parse_nsga2_options(options, path);
    if (options.contains("population_size"))
      canonical["population_size"] = o.population_size;
    return canonical;
  };
  e.make = [](const AlgorithmContext& context, const nlohmann::json& options) -> std::unique_ptr<SearchAlgorithm> {
    return std::make_unique<Nsga2Search>(context, parse_nsga2_options(options, "search.options"));
  };
  // One generation per batch: NSGA-II breeds only once the whole generation is back.
  e.preferred_batch_size = [](const AlgorithmContext& context, const nlohmann::json& options) {
    return static_cast<std::size_t>(
        Nsga2Search::population_size_for(context, parse_nsga2_options(options, "search.options")));
  };
  return e;
}

}   // namespace cdse
