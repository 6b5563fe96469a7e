#include "core/search/exact/exact_solver.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>
#include <tuple>

#include "core/evaluation/design_evaluator.h"
#include "core/hardware/dram_types.h"
#include "core/io/input_error.h"
#include "core/search/exact/accelerator_scan.h"
#include "core/search/exact/exact_refusal.h"
#include "core/search/exact/exact_tables.h"
#include "core/search/exact/nondominated_filter.h"
#include "core/sim/simulator.h"

namespace cdse {

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The tables (exact_tables.h), then every accelerator's front on worker threads
// (accelerator_scan.h), kept per thread in per-model tables, then merged across accelerators.
class Solver {
public:
  Solver(const Scenario& scenario, const ExactSolveOptions& options)
      : scenario_(scenario), options_(options), scan_(tables_, scenario.constraints)
  {}

  ExactSolution solve()
  {
    ExactSolution out;
    const auto t0 = Clock::now();
    tables_ = build_exact_tables(scenario_);
    out.designs_covered = tables_.space.cardinality();
    out.tables_s = seconds_since(t0);
    out.accelerators = tables_.accelerators.size();
    out.coordinates = tables_.coordinates.names();
    out.stack_configurations = tables_.stacks[0].configs.size() + tables_.stacks[1].configs.size();

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

  void solve_accelerators(ExactSolution& out)
  {
    // Accelerator-only numbers, and the hardware limits.
    static_power_w_.assign(tables_.accelerators.size(), 0);
    group_.assign(tables_.accelerators.size(), 0);
    std::vector<std::tuple<int, double, int>> groups;
    frequency_hz_.assign(tables_.accelerators.size(), 0);
    area_mm2_.assign(tables_.accelerators.size(), 0);
    std::vector<std::uint32_t> todo;
    {
      Simulator simulator;
      const Workload empty;
      for (std::size_t a = 0; a < tables_.accelerators.size(); ++a) {
        PerformanceReport r;
        try {
          r = simulator.simulate(empty, tables_.accelerators[a].config, DesignEvaluator::fast_options());
        } catch (const std::exception&) {
          continue;   // invalid accelerator: every design on it fails
        }
        static_power_w_[a] = r.static_power_w;
        group_[a] = group_of(tables_.accelerators[a].config, groups);
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
    if (!tables_.coordinates.energy)
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
        ScanScratch scratch;
        std::vector<ExactCandidate> front;
        std::vector<SolvedAccelerator> solved;   // of the current class
        ModelTable& table = per_thread[w];
        table.lists.resize(group_count_ * tables_.models.size());
        for (std::size_t k; (k = next.fetch_add(1)) < classes.size();) {
          solved.clear();
          for (std::uint32_t a : classes[k]) {
            if (options_.cancel && options_.cancel->load())
              return;
            for (std::size_t s = 0; s < 2; ++s)
              scan_.stack_values(simulator, tables_.accelerators[a].config, s, values[s], scratch);
            const bool skip = std::any_of(solved.begin(), solved.end(), [&](const SolvedAccelerator& b) {
              return dominates_every_design(b, a, values);
            });
            if (skip) {
              dominated.fetch_add(1);
            } else {
              front.clear();
              scan_.solve(a, frequency_hz_[a], static_power_w_[a], values, scratch, front);
              long grown = 0;
              for (const ExactCandidate& x : front)
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
  std::array<double, 5> merged_point(const ExactCandidate& x) const
  {
    return {tables_.coordinates.latency ? x.latency_s : 0.0, tables_.coordinates.energy ? x.dynamic_j : 0.0,
            tables_.coordinates.energy ? static_power_w_[x.accelerator] : 0.0,
            tables_.coordinates.area ? area_mm2_[x.accelerator] : 0.0,
            tables_.coordinates.weights ? x.weight_bytes : 0.0};
  }

  // Per (node-and-DRAM group, model): the designs of that model not dominated by the same model on
  // another accelerator solved by the same thread. Keeps memory at the size of the result rather
  // than of every accelerator's front (10^8 candidates on wide-hw-clip-b16).
  struct ModelTable {
    std::vector<std::vector<ExactCandidate>> lists;
  };

  // Returns the change in the table's size (−k … +1).
  long offer_to_table(ModelTable& table, const ExactCandidate& x) const
  {
    const std::size_t group = tables_.coordinates.area ? group_[x.accelerator] : 0;
    auto& list = table.lists[group * tables_.models.size() + x.model];
    const auto p = merged_point(x);
    const auto weakly_dominates = [](const std::array<double, 5>& a, const std::array<double, 5>& b) {
      return a[0] <= b[0] && a[1] <= b[1] && a[2] <= b[2] && a[3] <= b[3] && a[4] <= b[4];
    };
    for (const ExactCandidate& y : list)
      if (weakly_dominates(merged_point(y), p))
        return 0;
    const std::size_t before = list.size();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const ExactCandidate& y) { return weakly_dominates(p, merged_point(y)); }),
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
    const auto& knobs = tables_.space.knobs();
    std::size_t clock = tables_.hardware_knobs.size();
    for (std::size_t i = 0; i < tables_.hardware_knobs.size(); ++i)
      if (knobs[tables_.hardware_knobs[i]].name == "hw.frequency_mhz")
        clock = i;
    if (clock == tables_.hardware_knobs.size())
      return;
    std::map<std::vector<int>, std::uint32_t> fastest;
    for (std::uint32_t a : todo) {
      std::vector<int> key = tables_.accelerators[a].digits;
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
    const auto& knobs = tables_.space.knobs();
    std::vector<std::size_t> bandwidth;   // positions among the hardware knobs
    for (std::size_t i = 0; i < tables_.hardware_knobs.size(); ++i) {
      const std::string& name = knobs[tables_.hardware_knobs[i]].name;
      if (name == "hw.l2_bw_words" || name == "hw.glb_bw_words" || name == "hw.dram_bw_words")
        bandwidth.push_back(i);
    }
    std::map<std::vector<int>, std::vector<std::uint32_t>> classes;
    for (std::uint32_t a : todo) {
      std::vector<int> key = tables_.accelerators[a].digits;
      for (std::size_t i : bandwidth)
        key[i] = 0;
      classes[key].push_back(a);
    }
    std::vector<std::vector<std::uint32_t>> out;
    for (auto& [key, members] : classes) {
      std::sort(members.begin(), members.end(), [&](std::uint32_t p, std::uint32_t q) {
        int sp = 0, sq = 0;
        for (std::size_t i : bandwidth) {
          sp += tables_.accelerators[p].digits[i];
          sq += tables_.accelerators[q].digits[i];
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
    const auto group = [&](const ExactCandidate& x) { return tables_.coordinates.area ? group_[x.accelerator] : 0u; };
    std::sort(candidates_.begin(), candidates_.end(), [&](const ExactCandidate& a, const ExactCandidate& b) {
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
        points.push_back({tables_.errors[candidates_[i].model], p[0], p[1], p[2], p[3], p[4]});
      }
      const auto kept = nondominated_indices(points, options_.threads, options_.cancel);
      if (options_.cancel && options_.cancel->load()) {
        out.cancelled = true;
        out.genomes.clear();
        return;
      }
      for (std::size_t i : kept)
        out.genomes.push_back(tables_.genome_of(candidates_[begin + i].accelerator, candidates_[begin + i].model));
    }
    std::sort(out.genomes.begin(), out.genomes.end());
  }

  const Scenario& scenario_;
  const ExactSolveOptions& options_;
  ExactTables tables_;
  AcceleratorScan scan_;
  std::vector<double> static_power_w_, frequency_hz_, area_mm2_;
  std::vector<std::uint32_t> group_;   // per accelerator: its (node, DRAM size, DRAM packages)
  std::size_t group_count_ = 1;
  std::vector<ExactCandidate> candidates_;
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
