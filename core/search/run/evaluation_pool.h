#pragma once
// N worker threads that evaluate one batch of designs at a time into fixed slots (so results come
// back in batch order whatever the thread count). Workers check for cancellation and pause
// between evaluations; a design whose evaluation throws is reported as failed, never as a crash.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/carbon/design_invariants.h"
#include "core/evaluation/design.h"
#include "core/search/algorithms/search_algorithm.h"

namespace cdse {

struct EvaluationJob {
  std::int64_t index = 0;
  Genome genome;
  Design design;
};

struct EvaluationOutcome {
  bool done = false;   // false: not evaluated (the batch, or the accuracy job, was cancelled)
  bool failed = false;
  std::string error;
  DesignInvariants invariants;
};

class EvaluationPool {
public:
  using EvaluateFunction = std::function<DesignInvariants(const Design&)>;
  // Called on the worker thread as each evaluation finishes (e.g. to append it to the journal).
  using FinishedCallback = std::function<void(const EvaluationJob&, const EvaluationOutcome&)>;

  // `make_evaluator` is called once per worker, on that worker's thread.
  EvaluationPool(int threads, std::function<EvaluateFunction()> make_evaluator, FinishedCallback on_finished,
                 const std::atomic<bool>& cancel);
  ~EvaluationPool();
  EvaluationPool(const EvaluationPool&) = delete;
  EvaluationPool& operator=(const EvaluationPool&) = delete;

  // Evaluates the batch; returns when every job is done, or as soon as the in-flight evaluations
  // finish after a cancellation. Calls `tick(done_count)` at least every `tick_interval` meanwhile.
  std::vector<EvaluationOutcome> run(const std::vector<EvaluationJob>& jobs, std::chrono::milliseconds tick_interval,
                                     const std::function<void(std::size_t)>& tick);
  void set_paused(bool paused);
  bool paused() const { return paused_; }
  // Wakes every waiting thread so it re-checks the cancel flag.
  void wake();
  int thread_count() const { return static_cast<int>(threads_.size()); }

private:
  void worker_main(std::function<EvaluateFunction()> make_evaluator);

  FinishedCallback on_finished_;
  const std::atomic<bool>& cancel_;
  std::vector<std::thread> threads_;
  std::mutex mutex_;
  std::condition_variable work_cv_;   // workers wait here for a batch, for resume, for stop
  std::condition_variable done_cv_;   // run() waits here
  const std::vector<EvaluationJob>* jobs_ = nullptr;
  std::vector<EvaluationOutcome>* outcomes_ = nullptr;
  std::uint64_t generation_ = 0;   // bumps with every batch
  std::size_t next_job_ = 0;
  std::size_t finished_ = 0;
  int busy_ = 0;
  bool stopping_ = false;
  std::atomic<bool> paused_{false};
};

}   // namespace cdse
