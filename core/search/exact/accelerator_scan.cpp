#include "core/search/exact/accelerator_scan.h"

#include <algorithm>
#include <array>

#include "core/evaluation/design_evaluator.h"

namespace cdse {

bool AcceleratorScan::limits_latency() const
{
  return limits_.max_latency_s.has_value() || limits_.max_energy_per_inference_j.has_value();
}

void AcceleratorScan::stack_values(Simulator& simulator, const AcceleratorConfig& accel, std::size_t s, StackValues& out,
                                   ScanScratch& scratch) const
{
  const auto& configs = tables_.stacks[s].configs;
  const ExactCoordinates& coordinates = tables_.coordinates;
  const std::size_t n = configs.size();
  out.cycles.assign(n, 0);
  out.dynamic_j.assign(n, 0);
  out.kept.assign(n, 0);
  for (std::size_t c = 0; c < n; ++c) {
    if (!configs[c].valid)
      continue;
    if (!configs[c].workload.ops.empty()) {
      const PerformanceReport r = simulator.simulate(configs[c].workload, accel, DesignEvaluator::fast_options());
      out.cycles[c] = r.cycles;
      out.dynamic_j[c] = r.dynamic_energy_j;
    }
    out.kept[c] = 1;
  }
  // Ordered by capacity descending when accuracy counts (lower stack error term), then by the
  // remaining coordinates, so no configuration is offered after one it dominates.
  auto& order = scratch.order;
  order.clear();
  for (std::size_t c = 0; c < n; ++c)
    if (out.kept[c])
      order.push_back(c);
  const bool use_capacity = coordinates.error;
  const bool use_latency = coordinates.latency || limits_latency();
  const bool use_energy = coordinates.energy || limits_.max_energy_per_inference_j.has_value();
  const bool use_weights = coordinates.weights;
  const auto key = [&](std::size_t c) {
    return std::array<double, 4>{use_capacity ? -configs[c].capacity : 0.0, use_latency ? out.cycles[c] : 0.0,
                                 use_energy ? out.dynamic_j[c] : 0.0,
                                 use_weights ? configs[c].weight_bytes_per_word : 0.0};
  };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
  // The first coordinate orders the scan; the others go to the staircase (at most three).
  std::vector<int> rest;
  if (use_latency)
    rest.push_back(1);
  if (use_energy)
    rest.push_back(2);
  if (use_weights)
    rest.push_back(3);
  scratch.scan.reset(static_cast<int>(rest.size()));
  // Configurations with equal capacity but different costs must not dominate each other through the
  // ordering alone: the sort by (capacity, rest...) guarantees later ones are never better.
  for (std::size_t c : order) {
    const auto k = key(c);
    std::array<double, 3> p{};
    for (std::size_t i = 0; i < rest.size(); ++i)
      p[i] = k[static_cast<std::size_t>(rest[i])];
    out.kept[c] = scratch.scan.offer(p) ? 1 : 0;
  }
}

void AcceleratorScan::solve(std::uint32_t a, double frequency_hz, double leakage_w, const StackValues (&values)[2],
                            ScanScratch& scratch, std::vector<ExactCandidate>& out) const
{
  const ExactCoordinates& coordinates = tables_.coordinates;
  const auto& models = tables_.models;
  const double word_bytes = tables_.accelerators[a].config.word_bytes();
  const StackValues& tv = values[0];
  const StackValues& vv = values[1];
  int dims = 0;
  if (coordinates.latency)
    ++dims;
  if (coordinates.energy)
    ++dims;
  if (coordinates.weights)
    ++dims;
  NondominatedScan& scan = scratch.scan;
  scan.reset(dims);
  const auto point = [&](const ExactCandidate& x) {
    std::array<double, 3> p{};
    std::size_t i = 0;
    if (coordinates.latency)
      p[i++] = x.latency_s;
    if (coordinates.energy)
      p[i++] = x.dynamic_j;
    if (coordinates.weights)
      p[i++] = x.weight_bytes;
    return p;
  };
  // The design's own numbers, exactly as its simulation reports them.
  const auto make = [&](std::size_t index, ExactCandidate& x) {
    const std::size_t t = models[index].t, v = models[index].v;
    const double cycles = tv.cycles[t] + vv.cycles[v];
    x.latency_s = cycles / frequency_hz;
    x.dynamic_j = tv.dynamic_j[t] + vv.dynamic_j[v];
    if (limits_.max_latency_s && !(x.latency_s <= *limits_.max_latency_s))
      return false;
    if (limits_.max_energy_per_inference_j &&
        !(x.dynamic_j + leakage_w * x.latency_s <= *limits_.max_energy_per_inference_j))
      return false;
    x.weight_bytes = static_cast<double>(tables_.stacks[0].configs[t].workload.parameter_count +
                                         tables_.stacks[1].configs[v].workload.parameter_count) *
                     word_bytes;
    x.accelerator = a;
    x.model = static_cast<std::uint32_t>(index);
    return true;
  };
  ExactCandidate x{};
  const char* kept_t = tv.kept.data();
  const char* kept_v = vv.kept.data();
  auto& selected = scratch.selected;
  auto& tie = scratch.tie;
  std::size_t i = 0;
  for (const auto& [tie_begin, tie_end] : tables_.ties) {
    // The hot loop: most models have a stack configuration this accelerator dominates.
    // Selected without branches first (which pairs survive is unpredictable), then offered.
    selected.resize(tie_begin - i);
    std::size_t n = 0;
    for (; i < tie_begin; ++i) {
      const ModelPair m = models[i];
      selected[n] = static_cast<std::uint32_t>(i);
      n += static_cast<std::size_t>(kept_t[m.t] & kept_v[m.v]);
    }
    for (std::size_t k = 0; k < n; ++k)
      if (make(selected[k], x) && scan.offer(point(x)))
        out.push_back(x);
    if (tie_begin == models.size())
      break;
    // Equal errors: offered in lexicographic order of the other coordinates.
    tie.clear();
    for (std::size_t j = tie_begin; j < tie_end; ++j)
      if ((kept_t[models[j].t] & kept_v[models[j].v]) && make(j, x))
        tie.push_back(x);
    std::sort(tie.begin(), tie.end(),
              [&](const ExactCandidate& p, const ExactCandidate& q) { return point(p) < point(q); });
    for (const ExactCandidate& y : tie)
      if (scan.offer(point(y)))
        out.push_back(y);
    i = tie_end;
  }
}

}   // namespace cdse
