#include "core/search/exact/exact_solver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/carbon/carbon_tables.h"
#include "core/evaluation/design_evaluator.h"
#include "core/hardware/dram_types.h"
#include "core/io/input_error.h"
#include "core/search/exact/exact_refusal.h"
#include "core/search/exact/nondominated_filter.h"
#include "core/search/exact/nondominated_scan.h"
#include "core/search/genome/genome_counter.h"
#include "core/sim/simulator.h"
#include "core/workload/model_expander.h"

namespace cdse {

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// DRAM parts are sized in binary units (as CarbonScorer::dram_gb_for).
constexpr double k_bytes_per_gb = 1073741824.0;

// Which coordinates decide the scenario's objectives and limits (see exact_solver.h).
struct Coordinates {
  bool error = false;     // accuracy is an objective
  bool latency = false;   // latency, or leakage over max(busy, powered) time
  bool energy = false;    // dynamic energy and leakage power
  bool area = false;      // embodied carbon or area: area, compared within one node and DRAM size
  bool weights = false;   // DRAM sized from the weights, and the size can change across the space

  std::vector<std::string> names() const
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
};

// One configuration of one stack: the knob values it sets and what it costs to run alone.
struct StackConfig {
  std::vector<int> digits;   // value index of each of the stack's knobs
  Workload workload;         // the stack's ops only (one part)
  double capacity = 0;       // −(the stack's term in ln error): higher never scores worse
  double weight_bytes_per_word = 0;
  bool valid = true;   // the model expands (else every design with it fails, as in a search)
};

struct Stack {
  std::vector<std::size_t> knobs;   // indices into the genome
  std::vector<StackConfig> configs;
};

struct Accelerator {
  std::vector<int> digits;   // value index of each hardware knob
  AcceleratorConfig config;
};

// One design on an accelerator's front.
struct Candidate {
  std::uint32_t accelerator;
  std::uint32_t model;   // index into the model order
  double latency_s, dynamic_j, weight_bytes;
};

std::vector<std::vector<int>> all_digits(const std::vector<int>& sizes)
{
  std::vector<std::vector<int>> out;
  std::vector<int> digits(sizes.size(), 0);
  do
    out.push_back(digits);
  while (next_genome(digits, sizes));
  return out;
}

}   // namespace

namespace {

class Solver {
public:
  Solver(const Scenario& scenario, const ExactSolveOptions& options) : scenario_(scenario), options_(options)
  {
    space_ = scenario.space();
    const auto objectives = scenario.objectives();
    const auto has = [&](Objective o) { return std::find(objectives.begin(), objectives.end(), o) != objectives.end(); };
    const bool carbon_limit = scenario.constraints.max_total_carbon_kg.has_value();
    const bool energy_like = has(Objective::Energy) || has(Objective::TotalCarbon) || has(Objective::OperationalCarbon) ||
                             has(Objective::Cdp) || carbon_limit;
    const bool embodied_like = has(Objective::TotalCarbon) || has(Objective::EmbodiedCarbon) || has(Objective::Cdp) ||
                               has(Objective::Area) || carbon_limit;
    coordinates_.error = has(Objective::Accuracy) && space_.has_model_knobs();
    coordinates_.latency = has(Objective::Latency) || energy_like;
    coordinates_.energy = energy_like;
    coordinates_.area = embodied_like;
  }

  ExactSolution solve()
  {
    ExactSolution out;
    out.designs_covered = space_.cardinality();
    const auto t0 = Clock::now();
    build_stacks();
    build_accelerators();
    coordinates_.weights = coordinates_.area && dram_size_varies();
    build_model_order();
    out.tables_s = seconds_since(t0);
    out.accelerators = accelerators_.size();
    out.coordinates = coordinates_.names();
    out.stack_configurations = stacks_[0].configs.size() + stacks_[1].configs.size();

    const auto t1 = Clock::now();
    solve_accelerators(out);
    out.pairs_s = seconds_since(t1);
    if (out.cancelled)
      return out;

    const auto t2 = Clock::now();
    merge(out);
    out.merge_s = seconds_since(t2);
    return out;
  }

private:
  void build_stacks()
  {
    const auto& knobs = space_.knobs();
    const auto& encoders = space_.base().model.encoders;
    for (std::size_t k = 0; k < knobs.size(); ++k) {
      if (knobs[k].is_hardware()) {
        hardware_knobs_.push_back(k);
        continue;
      }
      const std::string stack = knobs[k].name.substr(0, knobs[k].name.find('.'));
      for (std::size_t s = 0; s < encoders.size(); ++s)
        if (encoders[s].name == stack)
          stacks_[s].knobs.push_back(k);
    }
    Genome genome(knobs.size(), 0);
    const BuiltinAccuracyEstimator estimator;
    for (std::size_t s = 0; s < 2; ++s) {
      Stack& stack = stacks_[s];
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
            const Design design = space_.decode(genome);
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

  void build_accelerators()
  {
    const auto& knobs = space_.knobs();
    std::vector<int> sizes;
    for (std::size_t k : hardware_knobs_)
      sizes.push_back(knobs[k].size());
    Genome genome(knobs.size(), 0);
    for (auto& digits : all_digits(sizes)) {
      for (std::size_t i = 0; i < hardware_knobs_.size(); ++i)
        genome[hardware_knobs_[i]] = digits[i];
      accelerators_.push_back({digits, space_.decode(genome).accel});
    }
  }

  // True when the DRAM the embodied model assumes can differ between designs of the space: sized
  // from the weights (no fixed size in the settings or the accelerator) and the largest model does
  // not fit the smallest part of every DRAM type (the type is a manufacturing slider).
  bool dram_size_varies() const
  {
    if (scenario_.carbon.dram_gb > 0)
      return false;
    bool all_fixed = true;
    double max_word_bytes = 0;
    for (const auto& a : accelerators_) {
      all_fixed = all_fixed && a.config.dram_gb > 0;
      max_word_bytes = std::max(max_word_bytes, a.config.word_bytes());
    }
    if (all_fixed)
      return false;
    double max_params = 0;
    for (const auto& stack : stacks_) {
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
  void build_model_order()
  {
    const std::size_t nt = stacks_[0].configs.size(), nv = stacks_[1].configs.size();
    const bool accuracy_needed = coordinates_.error || scenario_.constraints.min_accuracy.has_value();
    std::vector<std::pair<double, std::uint32_t>> order;
    order.reserve(nt * nv);
    const BuiltinAccuracyEstimator estimator;
    ModelConfig model = space_.base().model;
    const auto& encoders = space_.base().model.encoders;
    Genome genome(space_.knob_count(), 0);
    for (std::size_t t = 0; t < nt; ++t) {
      if (!stacks_[0].configs[t].valid)
        continue;
      for (std::size_t v = 0; v < nv; ++v) {
        if (!stacks_[1].configs[v].valid)
          continue;
        double error = 0;
        if (accuracy_needed) {
          for (std::size_t s = 0; s < encoders.size(); ++s) {
            const StackConfig& c = stacks_[s].configs[s == 0 ? t : v];
            for (std::size_t i = 0; i < stacks_[s].knobs.size(); ++i)
              genome[stacks_[s].knobs[i]] = c.digits[i];
          }
          model = space_.decode(genome).model;
          const AccuracyBand band = estimator.estimate_band(model);
          if (!band.available)
            continue;
          if (scenario_.constraints.min_accuracy && band.value < *scenario_.constraints.min_accuracy)
            continue;
          error = coordinates_.error ? 1.0 - band.value : 0.0;
        }
        order.emplace_back(error, static_cast<std::uint32_t>(t * nv + v));
      }
    }
    std::sort(order.begin(), order.end());
    models_.resize(order.size());
    errors_.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      models_[i] = {order[i].second / static_cast<std::uint32_t>(nv), order[i].second % static_cast<std::uint32_t>(nv)};
      errors_[i] = order[i].first;
    }
    ties_.clear();
    for (std::size_t i = 0; i < order.size();) {
      std::size_t end = i + 1;
      while (end < order.size() && errors_[end] == errors_[i])
        ++end;
      if (end > i + 1)
        ties_.emplace_back(i, end);
      i = end;
    }
    ties_.emplace_back(order.size(), order.size());   // sentinel
  }

  struct StackValues {
    std::vector<double> cycles, dynamic_j;
    std::vector<char> kept;
  };

  // Simulates each configuration of a stack alone and keeps those not dominated in
  // (−capacity, cycles, dynamic energy[, weights]) by another configuration of the same stack.
  void stack_values(Simulator& simulator, const AcceleratorConfig& accel, std::size_t s, StackValues& out,
                    std::vector<std::size_t>& order, NondominatedScan& scan) const
  {
    const auto& configs = stacks_[s].configs;
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
    order.clear();
    for (std::size_t c = 0; c < n; ++c)
      if (out.kept[c])
        order.push_back(c);
    const bool use_capacity = coordinates_.error;
    const bool use_latency = coordinates_.latency || limits_latency();
    const bool use_energy = coordinates_.energy || scenario_.constraints.max_energy_per_inference_j.has_value();
    const bool use_weights = coordinates_.weights;
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
    scan.reset(static_cast<int>(rest.size()));
    // Configurations with equal capacity but different costs must not dominate each other through the
    // ordering alone: the sort by (capacity, rest...) guarantees later ones are never better.
    for (std::size_t c : order) {
      const auto k = key(c);
      std::array<double, 3> p{};
      for (std::size_t i = 0; i < rest.size(); ++i)
        p[i] = k[static_cast<std::size_t>(rest[i])];
      out.kept[c] = scan.offer(p) ? 1 : 0;
    }
  }

  // Index of the accelerator's (node, DRAM size, DRAM packages) among those seen so far.
  static std::uint32_t group_of(const AcceleratorConfig& accel, std::vector<std::tuple<int, double, int>>& groups)
  {
    const std::tuple<int, double, int> key{accel.node_nm, accel.dram_gb,
                                           dram_packages(accel.dram_type, accel.dram_channels)};
    const auto it = std::find(groups.begin(), groups.end(), key);
    if (it != groups.end())
      return static_cast<std::uint32_t>(it - groups.begin());
    groups.push_back(key);
    return static_cast<std::uint32_t>(groups.size() - 1);
  }

  bool limits_latency() const
  {
    return scenario_.constraints.max_latency_s.has_value() ||
           scenario_.constraints.max_energy_per_inference_j.has_value();
  }

  // The front of one accelerator: pairs of kept configurations in order of error, limits applied.
  void solve_accelerator(std::uint32_t a, std::vector<Candidate>& out, const StackValues (&values)[2],
                         NondominatedScan& scan, std::vector<Candidate>& tie, std::vector<std::uint32_t>& selected) const
  {
    const AcceleratorConfig& accel = accelerators_[a].config;
    // The accelerator's own numbers, exactly as a design's simulation reports them.
    const double f = frequency_hz_[a];
    const double leakage_w = static_power_w_[a];
    const double word_bytes = accel.word_bytes();
    const auto& c = scenario_.constraints;
    const StackValues& tv = values[0];
    const StackValues& vv = values[1];
    int dims = 0;
    if (coordinates_.latency)
      ++dims;
    if (coordinates_.energy)
      ++dims;
    if (coordinates_.weights)
      ++dims;
    scan.reset(dims);
    const auto point = [&](const Candidate& x) {
      std::array<double, 3> p{};
      std::size_t i = 0;
      if (coordinates_.latency)
        p[i++] = x.latency_s;
      if (coordinates_.energy)
        p[i++] = x.dynamic_j;
      if (coordinates_.weights)
        p[i++] = x.weight_bytes;
      return p;
    };
    const auto make = [&](std::size_t index, Candidate& x) {
      const std::size_t t = models_[index].t, v = models_[index].v;
      const double cycles = tv.cycles[t] + vv.cycles[v];
      x.latency_s = cycles / f;
      x.dynamic_j = tv.dynamic_j[t] + vv.dynamic_j[v];
      if (c.max_latency_s && !(x.latency_s <= *c.max_latency_s))
        return false;
      if (c.max_energy_per_inference_j && !(x.dynamic_j + leakage_w * x.latency_s <= *c.max_energy_per_inference_j))
        return false;
      x.weight_bytes = static_cast<double>(stacks_[0].configs[t].workload.parameter_count +
                                           stacks_[1].configs[v].workload.parameter_count) *
                       word_bytes;
      x.accelerator = a;
      x.model = static_cast<std::uint32_t>(index);
      return true;
    };
    Candidate x{};
    const char* kept_t = tv.kept.data();
    const char* kept_v = vv.kept.data();
    std::size_t i = 0;
    for (const auto& [tie_begin, tie_end] : ties_) {
      // The hot loop: most models have a stack configuration this accelerator dominates.
      // Selected without branches first (which pairs survive is unpredictable), then offered.
      selected.resize(tie_begin - i);
      std::size_t n = 0;
      for (; i < tie_begin; ++i) {
        const ModelPair m = models_[i];
        selected[n] = static_cast<std::uint32_t>(i);
        n += static_cast<std::size_t>(kept_t[m.t] & kept_v[m.v]);
      }
      for (std::size_t k = 0; k < n; ++k)
        if (make(selected[k], x) && scan.offer(point(x)))
          out.push_back(x);
      if (tie_begin == models_.size())
        break;
      // Equal errors: offered in lexicographic order of the other coordinates.
      tie.clear();
      for (std::size_t j = tie_begin; j < tie_end; ++j)
        if ((kept_t[models_[j].t] & kept_v[models_[j].v]) && make(j, x))
          tie.push_back(x);
      std::sort(tie.begin(), tie.end(), [&](const Candidate& p, const Candidate& q) { return point(p) < point(q); });
      for (const Candidate& y : tie)
        if (scan.offer(point(y)))
          out.push_back(y);
      i = tie_end;
    }
  }

  void solve_accelerators(ExactSolution& out)
  {
    // Accelerator-only numbers, and the hardware limits.
    static_power_w_.assign(accelerators_.size(), 0);
    group_.assign(accelerators_.size(), 0);
    std::vector<std::tuple<int, double, int>> groups;
    frequency_hz_.assign(accelerators_.size(), 0);
    area_mm2_.assign(accelerators_.size(), 0);
    std::vector<std::uint32_t> todo;
    {
      Simulator simulator;
      const Workload empty;
      for (std::size_t a = 0; a < accelerators_.size(); ++a) {
        PerformanceReport r;
        try {
          r = simulator.simulate(empty, accelerators_[a].config, DesignEvaluator::fast_options());
        } catch (const std::exception&) {
          continue;   // invalid accelerator: every design on it fails
        }
        static_power_w_[a] = r.static_power_w;
        group_[a] = group_of(accelerators_[a].config, groups);
        frequency_hz_[a] = r.frequency_hz;
        area_mm2_[a] = r.area.total_mm2();
        const auto& c = scenario_.constraints;
        if (c.max_area_mm2 && !(area_mm2_[a] <= *c.max_area_mm2))
          continue;
        if (c.max_peak_tops && !(r.peak_tops <= *c.max_peak_tops))
          continue;
        todo.push_back(static_cast<std::uint32_t>(a));
      }
    }
    out.accelerators_within = todo.size();
    if (!coordinates_.energy)
      keep_fastest_clock(todo);
    out.accelerators_solved = todo.size();
    group_count_ = std::max<std::size_t>(1, groups.size());
    const std::vector<std::vector<std::uint32_t>> classes = bandwidth_classes(todo);

    const int threads = std::max(1, options_.threads);
    std::atomic<std::size_t> next{0}, done{0}, dominated{0};
    std::atomic<long> held{0};   // candidates in all threads' tables
    std::vector<ModelTable> per_thread(static_cast<std::size_t>(threads));
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&](std::size_t w) {
      try {
        Simulator simulator;
        StackValues values[2];
        std::vector<std::size_t> order;
        NondominatedScan scan;
        std::vector<Candidate> tie;
        std::vector<std::uint32_t> selected;
        std::vector<Candidate> front;
        std::vector<SolvedAccelerator> solved;   // of the current class
        ModelTable& table = per_thread[w];
        table.lists.resize(group_count_ * models_.size());
        for (std::size_t k; (k = next.fetch_add(1)) < classes.size();) {
          solved.clear();
          for (std::uint32_t a : classes[k]) {
            if (options_.cancel && options_.cancel->load())
              return;
            for (std::size_t s = 0; s < 2; ++s)
              stack_values(simulator, accelerators_[a].config, s, values[s], order, scan);
            const bool skip = std::any_of(solved.begin(), solved.end(), [&](const SolvedAccelerator& b) {
              return dominates_every_design(b, a, values);
            });
            if (skip) {
              dominated.fetch_add(1);
            } else {
              front.clear();
              solve_accelerator(a, front, values, scan, tie, selected);
              long grown = 0;
              for (const Candidate& x : front)
                grown += offer_to_table(table, x);
              if (held.fetch_add(grown) + grown > static_cast<long>(options_.max_candidates))
                throw InputError("search.algorithm",
                                 "exact: this scenario's universal front is too large to hold (more than " +
                                     std::to_string(options_.max_candidates) + " candidate designs after " +
                                     std::to_string(done.load()) + " of " + std::to_string(todo.size()) +
                                     " accelerators); fix some knobs, or use a sampling algorithm");
              solved.push_back({a, values[0].cycles, values[0].dynamic_j, values[1].cycles, values[1].dynamic_j});
            }
            done.fetch_add(1);
          }
        }
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        failure = std::current_exception();
        next = classes.size();
      }
    };
    std::atomic<int> running{threads};
    std::vector<std::thread> pool;
    for (int w = 0; w < threads; ++w)
      pool.emplace_back([&, w] {
        work(static_cast<std::size_t>(w));
        running.fetch_sub(1);
      });
    // This thread reports progress while the workers run (they end when the work is done, on a
    // failure of any of them, or on a cancel).
    while (running.load() > 0) {
      if (options_.on_progress)
        options_.on_progress(done.load(), todo.size());
      if (options_.cancel && options_.cancel->load())
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (auto& t : pool)
      t.join();
    if (options_.on_progress)
      options_.on_progress(done.load(), todo.size());
    out.accelerators_dominated = dominated.load();
    if (failure)
      std::rethrow_exception(failure);
    if (options_.cancel && options_.cancel->load()) {
      out.cancelled = true;
      return;
    }
    for (auto& table : per_thread) {
      for (auto& list : table.lists)
        candidates_.insert(candidates_.end(), list.begin(), list.end());
      table.lists = {};
    }
    out.candidates = candidates_.size();
  }

  // Coordinates of a candidate across accelerators (all minimised; unused ones are 0).
  std::array<double, 5> merged_point(const Candidate& x) const
  {
    return {coordinates_.latency ? x.latency_s : 0.0, coordinates_.energy ? x.dynamic_j : 0.0,
            coordinates_.energy ? static_power_w_[x.accelerator] : 0.0,
            coordinates_.area ? area_mm2_[x.accelerator] : 0.0, coordinates_.weights ? x.weight_bytes : 0.0};
  }

  // Per (node-and-DRAM group, model): the designs of that model not dominated by the same model on
  // another accelerator solved by the same thread. Keeps memory at the size of the result rather
  // than of every accelerator's front (10^8 candidates on wide-hw-clip-b16).
  struct ModelTable {
    std::vector<std::vector<Candidate>> lists;
  };

  // Returns the change in the table's size (−k … +1).
  long offer_to_table(ModelTable& table, const Candidate& x) const
  {
    const std::size_t group = coordinates_.area ? group_[x.accelerator] : 0;
    auto& list = table.lists[group * models_.size() + x.model];
    const auto p = merged_point(x);
    const auto weakly_dominates = [](const std::array<double, 5>& a, const std::array<double, 5>& b) {
      return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2] && a[3] <= b[3] && a[4] <= b[4];
    };
    for (const Candidate& y : list)
      if (weakly_dominates(merged_point(y), p))
        return 0;
    const std::size_t before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Candidate& y) { return weakly_dominates(p, merged_point(y)); }),
               list.end());
    list.push_back(x);
    return static_cast<long>(list.size()) - static_cast<long>(before);
  }

  // An accelerator whose scan was done, kept to test its class's later members against it.
  struct SolvedAccelerator {
    std::uint32_t accelerator;
    std::vector<double> text_cycles, text_j, vision_cycles, vision_j;
  };

  // True when accelerator `b` runs every model no slower and with no more energy than `a` (each
  // stack configuration's cycles and energy no greater, a clock no slower), with no more leakage
  // and area, in the same node and DRAM size: then every design on `a` is weakly dominated by the
  // same model on `b`, in every coordinate and within every limit, and `a` needs no scan.
  bool dominates_every_design(const SolvedAccelerator& b, std::uint32_t a, const StackValues (&values)[2]) const
  {
    const std::uint32_t x = b.accelerator;
    if (group_[x] != group_[a] || static_power_w_[x] > static_power_w_[a] || area_mm2_[x] > area_mm2_[a] ||
        frequency_hz_[x] < frequency_hz_[a])
      return false;
    const auto no_greater = [](const std::vector<double>& p, const std::vector<double>& q) {
      for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] > q[i])
          return false;
      return true;
    };
    return no_greater(b.text_cycles, values[0].cycles) && no_greater(b.text_j, values[0].dynamic_j) &&
           no_greater(b.vision_cycles, values[1].cycles) && no_greater(b.vision_j, values[1].dynamic_j);
  }

  // A faster clock needs a higher supply voltage (core/hardware/supply_voltage.h): it changes the
  // latency (cycles / f) and the energies and leakage, nothing else. When no objective or limit
  // reads energy or leakage, of accelerators that differ only in frequency the fastest one within
  // the limits has every design of the others with a lower latency and all else equal: only it is
  // solved. Otherwise every clock is solved (a slower one takes less energy).
  void keep_fastest_clock(std::vector<std::uint32_t>& todo) const
  {
    const auto& knobs = space_.knobs();
    std::size_t clock = hardware_knobs_.size();
    for (std::size_t i = 0; i < hardware_knobs_.size(); ++i)
      if (knobs[hardware_knobs_[i]].name == "hw.frequency_mhz")
        clock = i;
    if (clock == hardware_knobs_.size())
      return;
    std::map<std::vector<int>, std::uint32_t> fastest;
    for (std::uint32_t a : todo) {
      std::vector<int> key = accelerators_[a].digits;
      key[clock] = 0;
      auto [it, inserted] = fastest.emplace(std::move(key), a);
      if (!inserted && frequency_hz_[a] > frequency_hz_[it->second])
        it->second = a;
    }
    todo.clear();
    for (const auto& [key, a] : fastest)
      todo.push_back(a);
    std::sort(todo.begin(), todo.end());
  }

  // Accelerators that differ only in their bandwidths, most bandwidth first: more bandwidth often
  // costs nothing the models see but fewer stall cycles, so the first member frequently dominates
  // the others as a whole (dominates_every_design checks it; nothing is assumed). One class is one
  // unit of work for a thread.
  std::vector<std::vector<std::uint32_t>> bandwidth_classes(const std::vector<std::uint32_t>& todo) const
  {
    const auto& knobs = space_.knobs();
    std::vector<std::size_t> bandwidth;   // positions among the hardware knobs
    for (std::size_t i = 0; i < hardware_knobs_.size(); ++i) {
      const std::string& name = knobs[hardware_knobs_[i]].name;
      if (name == "hw.l2_bw_words" || name == "hw.glb_bw_words" || name == "hw.dram_bw_words")
        bandwidth.push_back(i);
    }
    std::map<std::vector<int>, std::vector<std::uint32_t>> classes;
    for (std::uint32_t a : todo) {
      std::vector<int> key = accelerators_[a].digits;
      for (std::size_t i : bandwidth)
        key[i] = 0;
      classes[key].push_back(a);
    }
    std::vector<std::vector<std::uint32_t>> out;
    for (auto& [key, members] : classes) {
      std::sort(members.begin(), members.end(), [&](std::uint32_t p, std::uint32_t q) {
        int sp = 0, sq = 0;
        for (std::size_t i : bandwidth) {
          sp += accelerators_[p].digits[i];
          sq += accelerators_[q].digits[i];
        }
        return sp != sq ? sp > sq : p < q;
      });
      out.push_back(std::move(members));
    }
    return out;
  }

  void merge(ExactSolution& out)
  {
    // Area decides embodied carbon only through the node's carbon per area and the DRAM the
    // accelerator carries: designs are compared within groups of the same node, DRAM size and DRAM
    // packages (parts and packaging per package). In
    // a fixed order, so that of designs equal in every coordinate the same one is kept every run.
    const auto group = [&](const Candidate& x) { return coordinates_.area ? group_[x.accelerator] : 0u; };
    std::sort(candidates_.begin(), candidates_.end(), [&](const Candidate& a, const Candidate& b) {
      if (group(a) != group(b))
        return group(a) < group(b);
      return a.model != b.model ? a.model < b.model : a.accelerator < b.accelerator;
    });
    std::vector<FilterPoint> points;
    for (std::size_t begin = 0, end = 0; begin < candidates_.size(); begin = end) {
      end = begin + 1;
      while (end < candidates_.size() && group(candidates_[end]) == group(candidates_[begin]))
        ++end;
      points.clear();
      for (std::size_t i = begin; i < end; ++i) {
        const auto p = merged_point(candidates_[i]);
        points.push_back({errors_[candidates_[i].model], p[0], p[1], p[2], p[3], p[4]});
      }
      const auto kept = nondominated_indices(points, options_.threads, options_.cancel);
      if (options_.cancel && options_.cancel->load()) {
        out.cancelled = true;
        out.genomes.clear();
        return;
      }
      for (std::size_t i : kept)
        out.genomes.push_back(genome_of(candidates_[begin + i]));
    }
    std::sort(out.genomes.begin(), out.genomes.end());
  }

  Genome genome_of(const Candidate& x) const
  {
    Genome g(space_.knob_count(), 0);
    const std::size_t t = models_[x.model].t, v = models_[x.model].v;
    for (std::size_t s = 0; s < 2; ++s) {
      const StackConfig& c = stacks_[s].configs[s == 0 ? t : v];
      for (std::size_t i = 0; i < stacks_[s].knobs.size(); ++i)
        g[stacks_[s].knobs[i]] = c.digits[i];
    }
    const auto& digits = accelerators_[x.accelerator].digits;
    for (std::size_t i = 0; i < hardware_knobs_.size(); ++i)
      g[hardware_knobs_[i]] = digits[i];
    return g;
  }

  const Scenario& scenario_;
  const ExactSolveOptions& options_;
  SearchSpace space_;
  Coordinates coordinates_;
  Stack stacks_[2];
  std::vector<std::size_t> hardware_knobs_;
  std::vector<Accelerator> accelerators_;
  struct ModelPair {
    std::uint32_t t, v;   // configuration of each stack
  };
  std::vector<ModelPair> models_;   // every model that can be feasible, in order of error
  std::vector<double> errors_;
  std::vector<std::pair<std::size_t, std::size_t>> ties_;   // runs of equal error, then a sentinel
  std::vector<double> static_power_w_, frequency_hz_, area_mm2_;
  std::vector<std::uint32_t> group_;   // per accelerator: its (node, DRAM size)
  std::size_t group_count_ = 1;
  std::vector<Candidate> candidates_;
};

}   // namespace

ExactSolution solve_exact(const Scenario& scenario, const ExactSolveOptions& options)
{
  if (const auto reason = exact_refusal(scenario))
    throw InputError("search.algorithm", "exact: " + *reason);
  Solver solver(scenario, options);
  return solver.solve();
}

}   // namespace cdse
