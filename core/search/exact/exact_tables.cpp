#include "core/search/exact/exact_tables.h"

#include <algorithm>
#include <cmath>
#include <exception>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/carbon/carbon_tables.h"
#include "core/search/genome/genome_counter.h"
#include "core/workload/model_expander.h"

namespace cdse {

namespace {

// DRAM parts are sized in binary units (as CarbonScorer::dram_gb_for).
constexpr double k_bytes_per_gb = 1073741824.0;

std::vector<std::vector<int>> all_digits(const std::vector<int>& sizes)
{
  std::vector<std::vector<int>> out;
  std::vector<int> digits(sizes.size(), 0);
  do
    out.push_back(digits);
  while (next_genome(digits, sizes));
  return out;
}

ExactCoordinates coordinates_for(const Scenario& scenario, const SearchSpace& space)
{
  const auto objectives = scenario.objectives();
  const auto has = [&](Objective o) { return std::find(objectives.begin(), objectives.end(), o) != objectives.end(); };
  const bool carbon_limit = scenario.constraints.max_total_carbon_kg.has_value();
  const bool energy_like = has(Objective::Energy) || has(Objective::TotalCarbon) || has(Objective::OperationalCarbon) ||
                           has(Objective::Cdp) || carbon_limit;
  const bool embodied_like = has(Objective::TotalCarbon) || has(Objective::EmbodiedCarbon) || has(Objective::Cdp) ||
                             has(Objective::Area) || carbon_limit;
  ExactCoordinates c;
  c.error = has(Objective::Accuracy) && space.has_model_knobs();
  c.latency = has(Objective::Latency) || energy_like;
  c.energy = energy_like;
  c.area = embodied_like;
  return c;
}

void build_stacks(ExactTables& t)
{
  const auto& knobs = t.space.knobs();
  const auto& encoders = t.space.base().model.encoders;
  for (std::size_t k = 0; k < knobs.size(); ++k) {
    if (knobs[k].is_hardware()) {
      t.hardware_knobs.push_back(k);
      continue;
    }
    const std::string stack = knobs[k].name.substr(0, knobs[k].name.find('.'));
    for (std::size_t s = 0; s < encoders.size(); ++s)
      if (encoders[s].name == stack)
        t.stacks[s].knobs.push_back(k);
  }
  Genome genome(knobs.size(), 0);
  const BuiltinAccuracyEstimator estimator;
  for (std::size_t s = 0; s < 2; ++s) {
    ExactStack& stack = t.stacks[s];
    std::vector<int> sizes;
    for (std::size_t k : stack.knobs)
      sizes.push_back(knobs[k].size());
    for (auto& digits : all_digits(sizes)) {
      StackConfig config;
      config.digits = digits;
      if (s < encoders.size()) {
        for (std::size_t i = 0; i < stack.knobs.size(); ++i)
          genome[stack.knobs[i]] = digits[i];
        try {
          const Design design = t.space.decode(genome);
          const Workload whole = expand_model(design.model);
          const std::size_t begin = s == 0 ? 0 : whole.parts[s - 1].op_end;
          const WorkloadPart& part = whole.parts[s];
          config.workload.name = part.name;
          config.workload.ops.assign(whole.ops.begin() + static_cast<std::ptrdiff_t>(begin),
                                     whole.ops.begin() + static_cast<std::ptrdiff_t>(part.op_end));
          config.workload.parameter_count = part.parameter_count;
          config.workload.parts = {{part.name, config.workload.ops.size(), part.parameter_count}};
          const double term = estimator.stack_log_error(design.model.preset, design.model.encoders[s]);
          config.capacity = std::isfinite(term) ? -term : 0.0;
          config.weight_bytes_per_word = static_cast<double>(part.parameter_count);
        } catch (const std::exception&) {
          config.valid = false;
        }
        for (std::size_t k : stack.knobs)
          genome[k] = 0;
      }
      stack.configs.push_back(std::move(config));
    }
  }
}

void build_accelerators(ExactTables& t)
{
  const auto& knobs = t.space.knobs();
  std::vector<int> sizes;
  for (std::size_t k : t.hardware_knobs)
    sizes.push_back(knobs[k].size());
  Genome genome(knobs.size(), 0);
  for (auto& digits : all_digits(sizes)) {
    for (std::size_t i = 0; i < t.hardware_knobs.size(); ++i)
      genome[t.hardware_knobs[i]] = digits[i];
    t.accelerators.push_back({digits, t.space.decode(genome).accel});
  }
}

// True when the DRAM the embodied model assumes can differ between designs of the space: sized
// from the weights (no fixed size in the settings or the accelerator) and the largest model does
// not fit the smallest part of every DRAM type (the type is a manufacturing slider).
bool dram_size_varies(const ExactTables& t, const Scenario& scenario)
{
  if (scenario.carbon.dram_gb > 0)
    return false;
  bool all_fixed = true;
  double max_word_bytes = 0;
  for (const auto& a : t.accelerators) {
    all_fixed = all_fixed && a.config.dram_gb > 0;
    max_word_bytes = std::max(max_word_bytes, a.config.word_bytes());
  }
  if (all_fixed)
    return false;
  double max_params = 0;
  for (const auto& stack : t.stacks) {
    double m = 0;
    for (const auto& c : stack.configs)
      m = std::max(m, c.weight_bytes_per_word);
    max_params += m;
  }
  const double need_gb = max_params * max_word_bytes / k_bytes_per_gb;
  for (const auto& row : CarbonTables::instance().dram_types())
    if (row.part_sizes_gb.empty() || need_gb > row.part_sizes_gb.front())
      return true;
  return false;
}

// Every model (text config × vision config), with its accuracy exactly as a search computes it,
// ordered by error; models that fail, have no estimate or miss the accuracy floor are left out.
void build_model_order(ExactTables& t, const Scenario& scenario)
{
  const std::size_t nt = t.stacks[0].configs.size(), nv = t.stacks[1].configs.size();
  const bool accuracy_needed = t.coordinates.error || scenario.constraints.min_accuracy.has_value();
  std::vector<std::pair<double, std::uint32_t>> order;
  order.reserve(nt * nv);
  const BuiltinAccuracyEstimator estimator;
  ModelConfig model = t.space.base().model;
  const auto& encoders = t.space.base().model.encoders;
  Genome genome(t.space.knob_count(), 0);
  for (std::size_t ti = 0; ti < nt; ++ti) {
    if (!t.stacks[0].configs[ti].valid)
      continue;
    for (std::size_t vi = 0; vi < nv; ++vi) {
      if (!t.stacks[1].configs[vi].valid)
        continue;
      double error = 0;
      if (accuracy_needed) {
        for (std::size_t s = 0; s < encoders.size(); ++s) {
          const StackConfig& c = t.stacks[s].configs[s == 0 ? ti : vi];
          for (std::size_t i = 0; i < t.stacks[s].knobs.size(); ++i)
            genome[t.stacks[s].knobs[i]] = c.digits[i];
        }
        model = t.space.decode(genome).model;
        const AccuracyBand band = estimator.estimate_band(model);
        if (!band.available)
          continue;
        if (scenario.constraints.min_accuracy && band.value < *scenario.constraints.min_accuracy)
          continue;
        error = t.coordinates.error ? 1.0 - band.value : 0.0;
      }
      order.emplace_back(error, static_cast<std::uint32_t>(ti * nv + vi));
    }
  }
  std::sort(order.begin(), order.end());
  t.models.resize(order.size());
  t.errors.resize(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    t.models[i] = {order[i].second / static_cast<std::uint32_t>(nv), order[i].second % static_cast<std::uint32_t>(nv)};
    t.errors[i] = order[i].first;
  }
  t.ties.clear();
  for (std::size_t i = 0; i < order.size();) {
    std::size_t end = i + 1;
    while (end < order.size() && t.errors[end] == t.errors[i])
      ++end;
    if (end > i + 1)
      t.ties.emplace_back(i, end);
    i = end;
  }
  t.ties.emplace_back(order.size(), order.size());   // sentinel
}

}   // namespace

std::vector<std::string> ExactCoordinates::names() const
{
  std::vector<std::string> out;
  if (error)
    out.emplace_back("error");
  if (latency)
    out.emplace_back("latency");
  if (energy) {
    out.emplace_back("dynamic_energy");
    out.emplace_back("leakage_power");
  }
  if (area)
    out.emplace_back("area");
  if (weights)
    out.emplace_back("weights");
  return out;
}

Genome ExactTables::genome_of(std::uint32_t accelerator, std::uint32_t model) const
{
  Genome g(space.knob_count(), 0);
  const std::size_t t = models[model].t, v = models[model].v;
  for (std::size_t s = 0; s < 2; ++s) {
    const StackConfig& c = stacks[s].configs[s == 0 ? t : v];
    for (std::size_t i = 0; i < stacks[s].knobs.size(); ++i)
      g[stacks[s].knobs[i]] = c.digits[i];
  }
  const auto& digits = accelerators[accelerator].digits;
  for (std::size_t i = 0; i < hardware_knobs.size(); ++i)
    g[hardware_knobs[i]] = digits[i];
  return g;
}

ExactTables build_exact_tables(const Scenario& scenario)
{
  ExactTables t;
  t.space = scenario.space();
  t.coordinates = coordinates_for(scenario, t.space);
  build_stacks(t);
  build_accelerators(t);
  t.coordinates.weights = t.coordinates.area && dram_size_varies(t, scenario);
  build_model_order(t, scenario);
  return t;
}

}   // namespace cdse
