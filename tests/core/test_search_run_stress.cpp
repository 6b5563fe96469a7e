// Start/cancel/restart stress of the multi-threaded SearchRunner. Meant to run under
// ThreadSanitizer too (tsan preset): the cycles cancel at random moments (during the reference
// designs, mid-batch, while paused, by destruction) so races and lost wake-ups get a chance to show.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <thread>

#include "core/search/archive/journal.h"
#include "core/search/run/search_runner.h"
#include "unique_temp_path.h"

using namespace cdse;
using namespace std::chrono_literals;

namespace {

constexpr int k_cycles = 1000;
constexpr auto k_max_cancel_latency = 100ms;

// Cheap deterministic stand-in for the simulator; the short sleep keeps a batch in flight long
// enough for cancellations to land mid-batch instead of after the run ended.
DesignInvariants quick_invariants(const Design& d)
{
  std::this_thread::sleep_for(50us);
  const auto& a = d.accel;
  const double pes = double(a.clusters) * a.pe_width * a.pe_depth;
  double macs = 0;
  for (const auto& e : d.model.encoders)
    macs += double(e.layers) * e.tokens * (4.0 * e.embed * 64 * e.heads + 2.0 * e.embed * e.ffn);
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = 0.5;
  v.accuracy_low = 0.49;
  v.accuracy_high = 0.51;
  v.latency_s = macs / (pes * a.frequency_hz() * 0.6) + 1e-4 * 1024.0 / a.l2_kb;
  v.area.pe_mm2 = pes * 0.00038;
  v.area.l2_mm2 = a.clusters * a.l2_kb * 0.0032;
  v.area.glb_mm2 = a.glb_mb * 1.5;
  v.area_mm2 = v.area.total_mm2();
  v.dynamic_energy_j = macs * 0.5e-12 + 1e-3 * a.l2_kb / 1024.0;
  v.energy.mac_j = v.dynamic_energy_j;
  v.energy_per_inference_j = v.dynamic_energy_j;
  v.peak_tops = a.peak_tops();
  v.weight_bytes = 1.5e8;
  v.node_nm = a.node_nm;
  return v;
}

Scenario endless_scenario(const std::string& algorithm)
{
  Scenario s = builtin_scenario("hw-only-clip-b16");
  s.algorithm.name = algorithm;
  s.budget = 1'000'000;   // never reached: every cycle ends by cancellation
  s.seed = 11;
  return s;
}

SearchRunOptions stress_options(int threads, std::atomic<int>& progress_calls)
{
  SearchRunOptions o;
  o.threads = threads;
  o.batch_size = 8;
  o.progress_interval = 1ms;   // many snapshots: exercises the progress mutex against the workers
  o.on_progress = [&progress_calls](const SearchProgress& p) {
    progress_calls.fetch_add(1, std::memory_order_relaxed);
    (void)p.front.size();
  };
  o.make_evaluator = [] { return EvaluationPool::EvaluateFunction(quick_invariants); };
  return o;
}

struct CycleStats {
  std::chrono::nanoseconds max_latency{0};
  double total_latency_ms = 0;
  int cancelled = 0;
};

}   // namespace

TEST(SearchStress, ThousandStartCancelRestartCycles)
{
  std::mt19937 rng(2025);
  std::uniform_int_distribution<int> delay_us(0, 3000);
  std::atomic<int> progress_calls{0};
  const std::string algorithms[] = {"random", "nsga2", "sobol"};
  const std::string journal = cdse::test::unique_temp_path("stress_journal.jsonl").string();
  std::remove(journal.c_str());
  CycleStats stats;
  std::size_t journal_designs = 0;

  const auto started = std::chrono::steady_clock::now();
  for (int cycle = 0; cycle < k_cycles; ++cycle) {
    SCOPED_TRACE("cycle " + std::to_string(cycle));
    const int threads = 1 + cycle % 4;
    SearchRunOptions options = stress_options(threads, progress_calls);
    // Every 10th cycle writes a journal and the next one resumes it: a restart that continues.
    const bool writes_journal = cycle % 10 == 0;
    const bool resumes_journal = cycle % 10 == 1;
    Scenario scenario = endless_scenario(algorithms[(cycle / 10) % 3]);
    if (resumes_journal)
      scenario = endless_scenario(algorithms[((cycle - 1) / 10) % 3]);
    if (writes_journal || resumes_journal) {
      options.journal_path = journal;
      options.resume = resumes_journal;
    }
    SearchRunner runner(scenario, options);
    runner.start();
    if (cycle % 7 == 3)
      runner.pause();
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    if (cycle % 13 == 5 && !writes_journal && !resumes_journal) {
      // Closing a window mid-run: the destructor alone must cancel and join.
      continue;
    }
    const auto requested = std::chrono::steady_clock::now();
    runner.cancel();
    runner.wait();
    const auto latency = std::chrono::steady_clock::now() - requested;
    ASSERT_TRUE(runner.finished());
    ASSERT_LT(latency, k_max_cancel_latency)
        << "cancellation took " << std::chrono::duration<double, std::milli>(latency).count() << " ms";
    stats.max_latency = std::max(stats.max_latency, std::chrono::duration_cast<std::chrono::nanoseconds>(latency));
    stats.total_latency_ms += std::chrono::duration<double, std::milli>(latency).count();
    ++stats.cancelled;

    const SearchProgress last = runner.latest_progress();
    ASSERT_EQ(last.state, SearchState::Cancelled) << last.error;
    ASSERT_EQ(last.evaluations, static_cast<std::int64_t>(runner.archive().size()));
    ASSERT_LT(runner.archive().size(), 1'000'000u);
    if (resumes_journal) {
      // The resumed run may be cancelled before it replayed everything, but its journal keeps every
      // design the previous cycle recorded.
      ASSERT_GE(read_journal(journal).records.size(), journal_designs);
      std::remove(journal.c_str());
    }
    if (writes_journal)
      journal_designs = read_journal(journal).records.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("stress: %d cycles in %.2f s; %d cancelled explicitly, mean cancel latency %.3f ms, max %.3f ms; "
              "%d progress snapshots\n",
              k_cycles, seconds, stats.cancelled, stats.total_latency_ms / std::max(1, stats.cancelled),
              std::chrono::duration<double, std::milli>(stats.max_latency).count(), progress_calls.load());
  EXPECT_GT(stats.cancelled, k_cycles * 9 / 10);
}

TEST(SearchStress, CancelWhilePausedReturnsPromptly)
{
  std::atomic<int> progress_calls{0};
  for (int cycle = 0; cycle < 50; ++cycle) {
    SearchRunner runner(endless_scenario("random"), stress_options(3, progress_calls));
    runner.start();
    std::this_thread::sleep_for(2ms);
    runner.pause();
    std::this_thread::sleep_for(2ms);
    const auto requested = std::chrono::steady_clock::now();
    runner.cancel();
    runner.wait();
    ASSERT_LT(std::chrono::steady_clock::now() - requested, k_max_cancel_latency) << "cycle " << cycle;
    ASSERT_EQ(runner.latest_progress().state, SearchState::Cancelled);
  }
}

TEST(SearchStress, ConcurrentReadersWhileRunning)
{
  // A GUI polls latest_progress() from its own thread while pausing and resuming.
  std::atomic<int> progress_calls{0};
  for (int cycle = 0; cycle < 20; ++cycle) {
    SearchRunner runner(endless_scenario("nsga2"), stress_options(2, progress_calls));
    runner.start();
    std::atomic<bool> stop{false};
    std::thread reader([&] {
      while (!stop) {
        const SearchProgress p = runner.latest_progress();
        ASSERT_LE(p.in_flight_done, 8);
        std::this_thread::yield();
      }
    });
    for (int i = 0; i < 5; ++i) {
      runner.pause();
      std::this_thread::sleep_for(500us);
      runner.resume();
      std::this_thread::sleep_for(500us);
    }
    runner.cancel();
    runner.wait();
    stop = true;
    reader.join();
    ASSERT_TRUE(runner.finished());
  }
}
