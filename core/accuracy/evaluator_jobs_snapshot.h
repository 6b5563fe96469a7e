#pragma once
// What an external accuracy evaluator's jobs are doing, as a value that can cross threads: one
// entry per model configuration the evaluator ran (or is running) in this process, with its SLURM
// job id, its state and, once done, its accuracy. Built by EvaluatorJobBoard::snapshot(); the GUI
// lists it (the Jobs panel) while a search runs.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cdse {

enum class EvaluatorJobState {
  Submitted,   // handed to sbatch (or found in the cache file after a restart); SLURM not asked yet
  Pending,     // queued by SLURM (`detail` holds its reason, e.g. "Resources")
  Running,     // running (a local command, or a SLURM job RUNNING/COMPLETING...)
  Done,        // finished with a result (`accuracy`)
  Failed,      // ended without a result (`detail` says why)
  Cancelled,   // stopped with the search, or cancelled on the cluster (`detail` says by whom)
};

// True for Done, Failed and Cancelled: the state never changes again.
bool evaluator_job_state_is_final(EvaluatorJobState state);

struct EvaluatorJob {
  std::string key;      // the model configuration's key (model_key): "clip-vit-b16|text:...|vision:..."
  std::string job_id;   // SLURM: "123" or "123_4" (array 123, index 4); a local command: ""
  EvaluatorJobState state = EvaluatorJobState::Submitted;
  std::string detail;   // the pending reason, the failure message, who cancelled; may be empty
  std::chrono::system_clock::time_point submitted_at;
  double elapsed_s = 0;             // from submission to the end (final states) or to the snapshot
  std::optional<double> accuracy;   // Done only: the accuracy the job reported, a fraction in [0, 1]
};

struct EvaluatorJobCounts {
  std::size_t submitted = 0, pending = 0, running = 0, done = 0, failed = 0, cancelled = 0;

  std::size_t queued() const { return submitted + pending; }   // not running yet
  std::size_t active() const { return queued() + running; }
  std::size_t total() const { return active() + done + failed + cancelled; }
  // Counts one more job in `state`.
  void add(EvaluatorJobState state)
  {
    switch (state) {
      case EvaluatorJobState::Submitted: ++submitted; break;
      case EvaluatorJobState::Pending: ++pending; break;
      case EvaluatorJobState::Running: ++running; break;
      case EvaluatorJobState::Done: ++done; break;
      case EvaluatorJobState::Failed: ++failed; break;
      case EvaluatorJobState::Cancelled: ++cancelled; break;
    }
  }
};

struct EvaluatorJobsSnapshot {
  // False when the accuracy source runs no jobs (built-in estimate, measured table): the GUI then
  // says where jobs would appear instead of showing an empty table.
  bool source_runs_jobs = false;
  std::uint64_t version = 0;        // bumped by every change on the board; equal versions, equal jobs
  std::vector<EvaluatorJob> jobs;   // in submission order; the newest ones when capped
  EvaluatorJobCounts counts;        // over every job, including those left out by the cap
  std::size_t jobs_left_out = 0;    // the oldest jobs not in `jobs` (snapshot's max_jobs)
};

}   // namespace cdse
