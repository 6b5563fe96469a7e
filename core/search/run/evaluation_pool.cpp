#include "core/search/run/evaluation_pool.h"

#include <exception>

#include "core/accuracy/evaluation_cancelled.h"

namespace cdse {

EvaluationPool::EvaluationPool(int threads, std::function<EvaluateFunction()> make_evaluator,
                               FinishedCallback on_finished, const std::atomic<bool>& cancel)
    : on_finished_(std::move(on_finished)), cancel_(cancel)
{
  if (threads < 1)
    threads = 1;
  for (int t = 0; t < threads; ++t)
    threads_.emplace_back([this, make_evaluator] { worker_main(make_evaluator); });
}

EvaluationPool::~EvaluationPool()
{
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  for (auto& t : threads_)
    t.join();
}

void EvaluationPool::set_paused(bool paused)
{
  {
    std::lock_guard lock(mutex_);
    paused_ = paused;
  }
  work_cv_.notify_all();
  done_cv_.notify_all();
}

void EvaluationPool::wake()
{
  {
    std::lock_guard lock(mutex_);
  }
  work_cv_.notify_all();
  done_cv_.notify_all();
}

void EvaluationPool::worker_main(std::function<EvaluateFunction()> make_evaluator)
{
  EvaluateFunction evaluate;
  std::string setup_error;
  try {
    evaluate = make_evaluator();
  } catch (const std::exception& e) {
    setup_error = e.what();
  }
  std::unique_lock lock(mutex_);
  std::uint64_t seen_generation = 0;
  while (true) {
    work_cv_.wait(lock, [&] {
      if (stopping_)
        return true;
      if (jobs_ == nullptr || cancel_.load())
        return false;
      return generation_ != seen_generation || (!paused_ && next_job_ < jobs_->size());
    });
    if (stopping_)
      return;
    seen_generation = generation_;
    if (paused_ || next_job_ >= jobs_->size())
      continue;
    const std::size_t i = next_job_++;
    const EvaluationJob& job = (*jobs_)[i];
    ++busy_;
    lock.unlock();

    EvaluationOutcome outcome;
    outcome.done = true;
    if (!setup_error.empty()) {
      outcome.failed = true;
      outcome.error = "evaluator setup failed: " + setup_error;
    } else {
      try {
        outcome.invariants = evaluate(job.design);
      } catch (const EvaluationCancelled&) {
        outcome.done = false;   // stopped, not failed: neither archived nor journaled
      } catch (const std::exception& e) {
        outcome.failed = true;
        outcome.error = e.what();
      }
    }
    if (on_finished_ && outcome.done)
      on_finished_(job, outcome);

    lock.lock();
    (*outcomes_)[i] = std::move(outcome);
    ++finished_;
    --busy_;
    done_cv_.notify_all();
  }
}

std::vector<EvaluationOutcome> EvaluationPool::run(const std::vector<EvaluationJob>& jobs,
                                                   std::chrono::milliseconds tick_interval,
                                                   const std::function<void(std::size_t)>& tick)
{
  std::vector<EvaluationOutcome> outcomes(jobs.size());
  if (jobs.empty())
    return outcomes;
  std::unique_lock lock(mutex_);
  jobs_ = &jobs;
  outcomes_ = &outcomes;
  next_job_ = 0;
  finished_ = 0;
  ++generation_;
  work_cv_.notify_all();
  while (true) {
    const bool all_done = finished_ == jobs.size();
    // After a cancellation, stop as soon as no worker is inside an evaluation.
    const bool cancelled_and_idle = cancel_.load() && busy_ == 0;
    if (all_done || cancelled_and_idle)
      break;
    done_cv_.wait_for(lock, tick_interval);
    const std::size_t done = finished_;
    if (tick) {
      lock.unlock();
      tick(done);
      lock.lock();
    }
  }
  // Make sure no worker takes another job of this batch.
  next_job_ = jobs.size();
  jobs_ = nullptr;
  outcomes_ = nullptr;
  return outcomes;
}

}   // namespace cdse
