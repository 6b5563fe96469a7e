#pragma once
// Runs one search: a coordinator thread drives the ask/tell loop and N worker threads evaluate
// designs. Determinism: batches are asked with a size that does not depend on the thread count,
// evaluated into slots, added to the archive and told to the algorithm in ask order, so the same
// scenario and seed give the same archive for 1 or 16 threads. Cancellation is cooperative
// (workers stop after their current evaluation), pause holds workers between evaluations, and
// progress snapshots go to a callback at most every `progress_interval` and once at the end.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/accuracy/accuracy_source.h"
#include "core/search/archive/archive.h"
#include "core/search/exact/exact_solver.h"
#include "core/search/run/evaluation_pool.h"
#include "core/search/scenario/scenario.h"
#include "core/search/run/search_progress.h"
#include "core/search/run/search_result.h"
#include "core/search/space/search_space.h"

namespace cdse {

struct SearchRunOptions {
  int threads = 1;
  int batch_size = 0;         // 0: the scenario's, else the algorithm's preferred batch or 16
  std::string journal_path;   // empty: no journal
  bool resume = false;        // continue the run recorded in journal_path
  std::chrono::milliseconds progress_interval{100};
  std::function<void(const SearchProgress&)> on_progress;   // called on the coordinator thread
  // Builds one evaluator per worker thread; default: a DesignEvaluator on the scenario's accuracy
  // source. Tests use it to slow evaluations down or count them.
  std::function<EvaluationPool::EvaluateFunction()> make_evaluator;
  // Run the coordinator and the evaluation threads at background priority (the GUI sets this so
  // its event loop is served first; the CLI does not).
  bool background_priority = false;
};

class SearchRunner {
public:
  // Throws InputError for a scenario the run cannot start with (accuracy source, algorithm, a
  // journal that belongs to another scenario...).
  SearchRunner(Scenario scenario, SearchRunOptions options);
  ~SearchRunner();   // cancels and joins
  SearchRunner(const SearchRunner&) = delete;
  SearchRunner& operator=(const SearchRunner&) = delete;

  void start();
  void wait();
  // start() + wait(); rethrows nothing: a failure ends in state Failed with an error message.
  void run();
  void cancel();
  void pause();
  void resume();
  bool finished() const { return finished_.load(); }

  SearchProgress latest_progress() const;
  // The accuracy source's jobs (external evaluators, local or SLURM) as a copy taken under the
  // source's own short lock; any thread, any time during the run. source_runs_jobs is false for
  // sources that run no jobs and for runs with a custom make_evaluator.
  EvaluatorJobsSnapshot evaluator_jobs() const
  {
    return accuracy_ ? accuracy_->jobs_snapshot() : EvaluatorJobsSnapshot{};
  }
  // Valid once wait() returned.
  const Archive& archive() const;
  const SearchSpace& space() const { return space_; }
  const Scenario& scenario() const { return scenario_; }
  const std::vector<BaselineResult>& baselines() const { return baselines_; }
  const std::vector<std::string>& warnings() const { return warnings_; }
  // The shared result document (see search_result.h); for the exact algorithm "evaluations" is the
  // number of designs accounted for and an "exact" object tells how.
  nlohmann::json result_json() const;

private:
  void coordinate();
  // Expensive sources that prefer batches (SLURM: one job array) get the batch's models at once.
  void prefetch_accuracies(const std::vector<EvaluationJob>& jobs);
  void prepare_reference_designs(const EvaluationPool::EvaluateFunction& evaluate);
  void publish(SearchState state, std::size_t in_flight_done, bool force);
  EvaluationPool::EvaluateFunction default_evaluator() const;
  // The exact algorithm: solves the space, then hands the universal front to the algorithm.
  void solve_exactly(AlgorithmContext& context);

  Scenario scenario_;
  SearchRunOptions options_;
  SearchSpace space_;
  std::shared_ptr<const AccuracySource> accuracy_;
  std::size_t batch_size_ = 0;
  std::int64_t budget_ = 0;

  std::unique_ptr<Archive> archive_;
  std::vector<BaselineResult> baselines_;
  std::vector<DesignInvariants> anchors_;
  std::vector<std::string> warnings_;
  std::vector<ArchiveRecord> resume_records_;
  std::optional<nlohmann::json> resume_header_;
  std::size_t resume_valid_bytes_ = 0;

  std::thread coordinator_;
  std::atomic<bool> cancel_{false};
  std::atomic<bool> paused_{false};
  std::atomic<bool> finished_{false};
  EvaluationPool* pool_ = nullptr;   // alive while the coordinator runs
  std::mutex pool_mutex_;

  mutable std::mutex progress_mutex_;
  SearchProgress progress_;
  std::chrono::steady_clock::time_point started_at_;
  std::chrono::steady_clock::time_point last_publish_;
  std::int64_t evaluated_this_session_ = 0;
  std::int64_t resumed_count_ = 0;
  std::size_t records_published_ = 0;   // archive records already sent as new_records
  std::shared_ptr<const ArchiveSetup> archive_setup_;
  std::optional<ExactSolution> exact_;   // set when the algorithm is "exact"
};

}   // namespace cdse
