#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "core/io/input_error.h"
#include "core/search/archive/journal.h"
#include "core/search/run/search_runner.h"
#include "brute_force_front.h"
#include "unique_temp_path.h"

using namespace cdse;
using namespace std::chrono_literals;

namespace {

// A cheap, deterministic stand-in for the simulator: the runner's logic is under test here, not
// the models. Bigger arrays are faster and larger; bigger models are slower and more accurate.
DesignInvariants synthetic_invariants(const Design& d)
{
  double macs = 0, full_macs = 0;
  for (const auto& e : d.model.encoders) {
    macs += double(e.layers) * e.tokens * (4.0 * e.embed * 64 * e.heads + 2.0 * e.embed * e.ffn);
    full_macs += 12.0 * e.tokens * (4.0 * 768 * 64 * 12 + 2.0 * 768 * 3072);
  }
  const auto& a = d.accel;
  const double pes = double(a.clusters) * a.pe_width * a.pe_depth;
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = 0.2 + 0.3 * std::pow(macs / full_macs, 0.3);
  v.accuracy_low = v.accuracy - 0.01;
  v.accuracy_high = v.accuracy + 0.01;
  v.latency_s = macs / (pes * a.frequency_hz() * 0.6) + 2e-4 * 1024.0 / a.l2_kb + 1e-4 * 8.0 / a.glb_mb +
                1e-5 * 128.0 / a.l2_bw_words;
  v.area.pe_mm2 = pes * 0.00038;
  v.area.l2_mm2 = a.clusters * a.l2_kb * 0.0032;
  v.area.glb_mm2 = a.glb_mb * 1.5;
  v.area_mm2 = v.area.total_mm2();
  v.dynamic_energy_j = macs * 0.5e-12 * (1.0 + 0.4 / a.glb_mb) + 1e-3 * a.l2_kb / 1024.0;
  v.energy.mac_j = v.dynamic_energy_j;
  v.energy_per_inference_j = v.dynamic_energy_j;
  v.peak_tops = a.peak_tops();
  v.weight_bytes = 1.5e8;
  v.node_nm = a.node_nm;
  return v;
}

SearchRunOptions synthetic_options(int threads)
{
  SearchRunOptions o;
  o.threads = threads;
  o.make_evaluator = [] { return EvaluationPool::EvaluateFunction(synthetic_invariants); };
  return o;
}

Scenario small_scenario(const std::string& algorithm, std::int64_t budget)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  s.algorithm.name = algorithm;
  s.budget = budget;
  s.seed = 7;
  return s;
}

void expect_same_archives(const Archive& a, const Archive& b)
{
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a.record(i).genome, b.record(i).genome) << "record " << i;
    ASSERT_EQ(a.record(i).index, b.record(i).index);
    ASSERT_EQ(a.record(i).invariants.latency_s, b.record(i).invariants.latency_s);
    for (std::size_t k = 0; k < a.objective_list().size(); ++k)
      ASSERT_EQ(a.objectives(i)[k], b.objectives(i)[k]);
  }
  EXPECT_EQ(a.front(), b.front());
  EXPECT_EQ(a.hypervolume(), b.hypervolume());
}

std::string temp_file(const std::string& name) { return cdse::test::unique_temp_path(name).string(); }

}   // namespace

TEST(SearchRunner, SameSeedSameArchiveWhateverTheThreadCount)
{
  for (const std::string algorithm : {"random", "sobol", "nsga2"}) {
    SearchRunner one(small_scenario(algorithm, 160), synthetic_options(1));
    one.run();
    ASSERT_EQ(one.latest_progress().state, SearchState::Finished) << one.latest_progress().error;
    EXPECT_EQ(one.archive().size(), 160u);
    for (int threads : {2, 8}) {
      SearchRunner many(small_scenario(algorithm, 160), synthetic_options(threads));
      many.run();
      SCOPED_TRACE(algorithm + " with " + std::to_string(threads) + " threads");
      expect_same_archives(one.archive(), many.archive());
    }
  }
}

TEST(SearchRunner, NoDesignIsEvaluatedTwice)
{
  std::atomic<int> calls{0};
  SearchRunOptions o = synthetic_options(2);
  o.make_evaluator = [&calls] {
    return EvaluationPool::EvaluateFunction([&calls](const Design& d) {
      ++calls;
      return synthetic_invariants(d);
    });
  };
  Scenario s = builtin_scenario("hw-only-clip-b16");
  s.algorithm.name = "nsga2";
  s.budget = 400;
  SearchRunner runner(s, o);
  runner.run();
  std::set<Genome> distinct;
  for (std::size_t i = 0; i < runner.archive().size(); ++i)
    distinct.insert(runner.archive().record(i).genome);
  EXPECT_EQ(distinct.size(), runner.archive().size());
  // Evaluations = archive + the anchors and baselines evaluated once up front.
  EXPECT_EQ(calls.load(), static_cast<int>(runner.archive().size() + 2 + s.baselines.size()));
}

TEST(SearchRunner, FailedEvaluationsAreKeptAndMarked)
{
  SearchRunOptions o = synthetic_options(2);
  o.make_evaluator = [] {
    return EvaluationPool::EvaluateFunction([](const Design& d) {
      if (d.accel.pe_width == 64)
        throw std::runtime_error("simulated refusal");
      return synthetic_invariants(d);
    });
  };
  Scenario s = builtin_scenario("hw-only-clip-b16");
  s.budget = 200;
  s.algorithm.name = "random";
  SearchRunner runner(s, o);
  runner.run();
  int failed = 0;
  for (std::size_t i = 0; i < runner.archive().size(); ++i) {
    const auto& r = runner.archive().record(i);
    if (runner.space().decode(r.genome).accel.pe_width == 64) {
      EXPECT_TRUE(r.failed);
      EXPECT_EQ(r.error, "simulated refusal");
      EXPECT_FALSE(runner.archive().feasibility(i).feasible);
      ++failed;
    }
  }
  EXPECT_GT(failed, 10);
  EXPECT_EQ(runner.latest_progress().failed, failed);
}

TEST(SearchRunner, CancelStopsWithin100Milliseconds)
{
  SearchRunOptions o = synthetic_options(2);
  o.make_evaluator = [] {
    return EvaluationPool::EvaluateFunction([](const Design& d) {
      std::this_thread::sleep_for(10ms);   // slow evaluations, as an external accuracy source would be
      return synthetic_invariants(d);
    });
  };
  SearchRunner runner(small_scenario("random", 100000), o);
  runner.start();
  std::this_thread::sleep_for(200ms);
  const auto requested = std::chrono::steady_clock::now();
  runner.cancel();
  runner.wait();
  const auto stopped = std::chrono::steady_clock::now();
  EXPECT_LT(stopped - requested, 100ms);
  EXPECT_EQ(runner.latest_progress().state, SearchState::Cancelled);
  EXPECT_GT(runner.archive().size(), 0u);
  EXPECT_LT(runner.archive().size(), 1000u);
}

TEST(SearchRunner, PauseHoldsEvaluationsAndResumeContinues)
{
  SearchRunOptions o = synthetic_options(2);
  std::atomic<int> calls{0};
  o.make_evaluator = [&calls] {
    return EvaluationPool::EvaluateFunction([&calls](const Design& d) {
      ++calls;
      std::this_thread::sleep_for(2ms);
      return synthetic_invariants(d);
    });
  };
  SearchRunner runner(small_scenario("random", 300), o);
  runner.start();
  std::this_thread::sleep_for(60ms);
  runner.pause();
  std::this_thread::sleep_for(30ms);   // in-flight evaluations finish
  const int at_pause = calls.load();
  std::this_thread::sleep_for(200ms);
  EXPECT_EQ(calls.load(), at_pause);
  EXPECT_FALSE(runner.finished());
  runner.resume();
  runner.wait();
  EXPECT_EQ(runner.archive().size(), 300u);
  EXPECT_EQ(runner.latest_progress().state, SearchState::Finished);
}

TEST(SearchRunner, ProgressSnapshotsAreRateLimitedAndEndWithTheFinalState)
{
  SearchRunOptions o = synthetic_options(2);
  o.progress_interval = 50ms;
  std::vector<SearchProgress> snapshots;
  std::vector<std::chrono::steady_clock::time_point> times;
  o.on_progress = [&](const SearchProgress& p) {
    snapshots.push_back(p);
    times.push_back(std::chrono::steady_clock::now());
  };
  auto inner = o.make_evaluator;
  o.make_evaluator = [] {
    return EvaluationPool::EvaluateFunction([](const Design& d) {
      std::this_thread::sleep_for(1ms);
      return synthetic_invariants(d);
    });
  };
  SearchRunner runner(small_scenario("nsga2", 400), o);
  runner.run();
  ASSERT_GE(snapshots.size(), 2u);
  // Between the first (forced) and the last (forced) snapshot, at most one per interval.
  for (std::size_t i = 2; i + 1 < times.size(); ++i)
    EXPECT_GE(times[i] - times[i - 1], 45ms);
  const SearchProgress& last = snapshots.back();
  EXPECT_EQ(last.state, SearchState::Finished);
  EXPECT_EQ(last.evaluations, 400);
  EXPECT_EQ(last.hypervolume, runner.archive().hypervolume());
  EXPECT_EQ(last.front.size(), runner.archive().front().size());
  EXPECT_GT(last.evals_per_s, 0);
  ASSERT_FALSE(last.hypervolume_trace.empty());
  EXPECT_EQ(last.hypervolume_trace.back().evaluations, 400);
  EXPECT_EQ(last.reference_point.size(), 2u);
  // Snapshots never go backwards.
  for (std::size_t i = 1; i < snapshots.size(); ++i)
    EXPECT_GE(snapshots[i].evaluations, snapshots[i - 1].evaluations);
}

TEST(SearchRunner, ProgressCallbacksCarryEveryRecordExactlyOnce)
{
  SearchRunOptions o = synthetic_options(2);
  o.progress_interval = 5ms;
  std::vector<ArchiveRecord> received;
  std::shared_ptr<const ArchiveSetup> setup;
  o.on_progress = [&](const SearchProgress& p) {
    received.insert(received.end(), p.new_records.begin(), p.new_records.end());
    if (p.archive_setup)
      setup = p.archive_setup;
  };
  SearchRunner runner(small_scenario("random", 250), o);
  runner.run();
  const Archive& archive = runner.archive();
  ASSERT_EQ(received.size(), archive.size());
  for (std::size_t i = 0; i < received.size(); ++i) {
    EXPECT_EQ(received[i].index, archive.record(i).index);
    EXPECT_EQ(received[i].genome, archive.record(i).genome);
    EXPECT_EQ(received[i].invariants.latency_s, archive.record(i).invariants.latency_s);
  }
  ASSERT_TRUE(setup);
  EXPECT_EQ(setup->objectives, archive.objective_list());
  // A twin archive built from the streamed records has the same front and hypervolume.
  Archive twin(*setup);
  for (const auto& r : received)
    twin.add(r);
  EXPECT_EQ(twin.front(), archive.front());
  EXPECT_DOUBLE_EQ(twin.hypervolume(), archive.hypervolume());
  // The stored snapshot stays small: records go to the callback only.
  EXPECT_TRUE(runner.latest_progress().new_records.empty());
}

TEST(SearchRunner, ResumedRunEqualsAnUninterruptedOne)
{
  const std::string journal = temp_file("resume_journal.jsonl");
  SearchRunner full(small_scenario("nsga2", 320), synthetic_options(2));
  full.run();

  // The first session is cancelled part-way, then the journal loses a torn last line.
  {
    SearchRunOptions o = synthetic_options(2);
    o.journal_path = journal;
    o.progress_interval = 0ms;
    SearchRunner* self = nullptr;
    o.on_progress = [&self](const SearchProgress& p) {
      if (p.evaluations >= 150 && self)
        self->cancel();
    };
    SearchRunner part(small_scenario("nsga2", 320), o);
    self = &part;
    part.run();
    ASSERT_EQ(part.latest_progress().state, SearchState::Cancelled);
    ASSERT_LT(part.archive().size(), 320u);
  }
  const auto size = std::filesystem::file_size(journal);
  std::filesystem::resize_file(journal, size - 40);
  const std::size_t kept = read_journal(journal).records.size();
  ASSERT_GE(kept, 140u);

  SearchRunOptions o = synthetic_options(3);
  o.journal_path = journal;
  o.resume = true;
  std::atomic<int> calls{0};
  o.make_evaluator = [&calls] {
    return EvaluationPool::EvaluateFunction([&calls](const Design& d) {
      ++calls;
      return synthetic_invariants(d);
    });
  };
  SearchRunner resumed(small_scenario("nsga2", 320), o);
  ASSERT_FALSE(resumed.warnings().empty());   // the torn line is reported
  resumed.run();
  ASSERT_EQ(resumed.latest_progress().state, SearchState::Finished) << resumed.latest_progress().error;
  expect_same_archives(full.archive(), resumed.archive());
  EXPECT_EQ(resumed.latest_progress().resumed, static_cast<std::int64_t>(kept));
  EXPECT_EQ(calls.load(), static_cast<int>(320 - kept));   // only the lost and the new designs were evaluated

  // The journal now holds the whole run, readable without warnings.
  const JournalContents contents = read_journal(journal);
  EXPECT_TRUE(contents.warnings.empty());
  EXPECT_EQ(contents.records.size(), 320u);
  // And re-opening it reproduces the archive without simulating anything.
  const JournalRun reopened = load_journal_run(journal);
  expect_same_archives(full.archive(), *reopened.archive);
}

TEST(SearchRunner, RefusesToResumeAJournalOfAnotherScenario)
{
  const std::string journal = temp_file("other_journal.jsonl");
  {
    SearchRunOptions o = synthetic_options(1);
    o.journal_path = journal;
    SearchRunner part(small_scenario("random", 20), o);
    part.run();
  }
  SearchRunOptions o = synthetic_options(1);
  o.journal_path = journal;
  o.resume = true;
  Scenario other = small_scenario("random", 40);
  other.seed = 99;
  EXPECT_THROW(SearchRunner runner(other, o), InputError);
}

TEST(SearchRunner, ResultJsonHasTheContractFields)
{
  SearchRunner runner(small_scenario("nsga2", 100), synthetic_options(2));
  runner.run();
  const auto j = runner.result_json();
  for (const char* key : {"evaluations", "feasible", "hypervolume", "reference_point", "pareto", "objectives",
                          "baselines", "hypervolume_trace", "carbon"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["evaluations"], 100);
  ASSERT_EQ(j["pareto"].size(), runner.archive().front().size());
  const auto& first = j["pareto"][0];
  EXPECT_TRUE(first["parameters"].contains("hw.pe_width"));
  EXPECT_TRUE(first["design"].contains("hardware"));
  EXPECT_TRUE(first["metrics"].contains("total_kg"));
  EXPECT_GT(first["objectives"]["accuracy"].get<double>(), 0.2);
  EXPECT_EQ(j["reference_point"]["accuracy"], 0.0);
  EXPECT_EQ(j["baselines"].size(), 2u);
  EXPECT_TRUE(j["baselines"][0].contains("metrics"));
}

TEST(SearchRunner, ExhaustiveOnTheReferenceGridFindsTheExactFront)
{
  SearchRunner runner(builtin_scenario("hw-only-clip-b16"), synthetic_options(2));
  runner.run();
  const Archive& a = runner.archive();
  ASSERT_EQ(a.size(), 3240u);
  // Brute force: a feasible design is on the front exactly when no feasible design dominates it.
  const std::vector<std::size_t> expected = brute_force_front(a);
  EXPECT_EQ(a.front(), expected);
  EXPECT_GT(expected.size(), 2u);
  EXPECT_LT(a.feasible_count(), a.size());   // the constraints bite on this grid
}
