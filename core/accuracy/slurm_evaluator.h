#pragma once
// Accuracy from fine-tuning jobs on a SLURM cluster: the external-evaluator protocol
// (docs/models/accuracy.md, section 4) run through sbatch instead of locally.
//
// Each configuration becomes one job: its request JSON is written to <job_dir>/<tag>_<i>.json and
// connected to the job's stdin (--input); the job's stdout (--output <tag>_<i>.out) must end with
// the result line {"accuracy": ...}; stderr goes to <tag>_<i>.err. estimate() submits one job
// (`sbatch --parsable`), estimate_batch() one job array for all configurations not known yet (a
// Bayesian-optimisation batch of q becomes one array of q elements). Jobs are polled with squeue
// (and sacct, where accounting is enabled) every poll_interval_s.
//
// Errors (ExternalEvaluatorError naming the job id and its state): FAILED, TIMEOUT, CANCELLED,
// OUT_OF_MEMORY, NODE_FAIL and the other final states; a job still pending after
// pending_timeout_s (e.g. its only node is drained), which is then cancelled; a job not finished
// timeout_s after it was submitted or picked up, likewise cancelled; sbatch refusing the job.
// Failures are remembered for this object's lifetime (a configuration appears in many designs; its
// job is not resubmitted for each), not in the cache file: a restarted search tries again.
//
// cancel_pending() scancels every job this object waits for and makes the waiting calls throw
// EvaluationCancelled; the destructor does the same. With cache_file, submissions and results are
// written as they happen (slurm_job_cache.h), so a new evaluator on the same file reuses results
// and waits for jobs still queued or running instead of submitting them again.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/accuracy/accuracy_source.h"
#include "core/accuracy/evaluator_job_board.h"
#include "core/accuracy/slurm_job_cache.h"

namespace cdse {

struct SlurmEvaluatorOptions {
  std::vector<std::string> command;       // run inside the job (argv; no shell)
  std::vector<std::string> sbatch_args;   // e.g. {"--partition=gpu", "--gres=gpu:1", "--time=04:00:00"}
  std::string working_directory;          // the jobs' --chdir; empty: the current directory
  std::string job_dir;                    // request/output files; visible to the compute nodes; no '%'
  std::string cache_file;                 // JSON lines; empty: nothing survives a restart
  std::string job_name = "carbondse-accuracy";
  double poll_interval_s = 10;
  double pending_timeout_s = 24 * 3600.0;
  double timeout_s = 7 * 24 * 3600.0;
};

class SlurmEvaluator : public AccuracySource {
public:
  // Creates job_dir and the job wrapper script; loads cache_file. Throws InputError.
  explicit SlurmEvaluator(SlurmEvaluatorOptions options);
  ~SlurmEvaluator() override;
  SlurmEvaluator(const SlurmEvaluator&) = delete;
  SlurmEvaluator& operator=(const SlurmEvaluator&) = delete;

  AccuracyEstimate estimate(const ModelConfig& model) const override;
  // One job array for the configurations not cached, failed or already in the queue; results in
  // input order. `parallel_jobs` is ignored: SLURM schedules the array. Throws the first failure
  // after every job has ended.
  std::vector<AccuracyEstimate> estimate_batch(const std::vector<ModelConfig>& models, int parallel_jobs) const override;
  void cancel_pending() const override;
  // Every job of this evaluator: submitted, pending (with SLURM's reason), running, done (with its
  // accuracy), failed (with the error) or cancelled. Results answered from the cache file are not
  // jobs and are not listed.
  EvaluatorJobsSnapshot jobs_snapshot() const override { return jobs_.snapshot(); }

  std::string name() const override { return "SLURM evaluator"; }
  bool is_expensive() const override { return true; }
  bool prefers_batches() const override { return true; }

  int sbatch_calls() const { return sbatch_calls_.load(); }
  int jobs_submitted() const { return jobs_submitted_.load(); }
  // Jobs this object is waiting for now ("123", "123_4").
  std::vector<std::string> active_job_ids() const;
  const SlurmEvaluatorOptions& options() const { return options_; }

private:
  struct PendingJob;
  std::vector<std::shared_future<AccuracyEstimate>> evaluate(const std::vector<ModelConfig>& models) const;
  void submit(std::vector<PendingJob*>& jobs) const;
  void wait_for(std::vector<PendingJob*>& jobs) const;
  void settle(PendingJob& job, const std::string& state, const std::string& reason) const;
  void fail(PendingJob& job, const std::string& problem, bool cancel_job) const;
  // After cancel_pending(): EvaluationCancelled, and forgotten (not a failure). Needs mutex_ held.
  void leave_unevaluated(PendingJob& job, const std::string& message) const;
  std::string command_text() const;

  SlurmEvaluatorOptions options_;
  std::string wrapper_script_;
  mutable SlurmJobCache cache_file_;
  mutable EvaluatorJobBoard jobs_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_future<AccuracyEstimate>> results_;
  mutable std::map<std::string, SlurmJobFiles> resumable_;   // from the cache file, not yet waited for
  mutable std::set<std::string> active_;                     // job ids being waited for
  mutable std::condition_variable wake_;
  mutable std::atomic<bool> cancelled_{false};
  mutable std::atomic<int> sbatch_calls_{0};
  mutable std::atomic<int> jobs_submitted_{0};
  mutable std::atomic<unsigned> next_tag_{0};
};

}   // namespace cdse
