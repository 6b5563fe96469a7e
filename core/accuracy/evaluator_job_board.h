#pragma once
// The jobs an external accuracy evaluator has started, kept up to date by the evaluator's threads
// and read as a value (EvaluatorJobsSnapshot) by anyone, e.g. the GUI's timer while a search runs.
// Every method takes one short mutex: recording never waits for a reader beyond a copy, and a
// snapshot never waits for a job. Jobs are keyed by model configuration: recording a key again
// (a configuration submitted again after a failure in an earlier search) updates its entry.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/accuracy/evaluator_jobs_snapshot.h"

namespace cdse {

class EvaluatorJobBoard {
public:
  static constexpr std::size_t k_default_max_jobs = 5000;

  // A job handed to the scheduler (Submitted), or a local command started (Running).
  void submitted(const std::string& key, const std::string& job_id, const std::string& detail = "");
  void started(const std::string& key, const std::string& job_id);
  // Pending or Running with the scheduler's word for it (the pending reason, "COMPLETING"...).
  // Ignored for unknown keys and for jobs already in a final state.
  void progressed(const std::string& key, EvaluatorJobState state, const std::string& detail);
  // Final states. A key not on the board yet is added (a submission that failed before any job
  // id existed, e.g. sbatch refusing the job).
  void succeeded(const std::string& key, double accuracy);
  void failed(const std::string& key, const std::string& reason);
  void cancelled(const std::string& key, const std::string& reason);

  // Every job's state now, the newest `max_jobs` listed, all counted.
  EvaluatorJobsSnapshot snapshot(std::size_t max_jobs = k_default_max_jobs) const;
  std::uint64_t version() const;

private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    EvaluatorJob job;
    Clock::time_point since;   // submission, for the elapsed time
    Clock::time_point ended;   // set with a final state
  };
  Entry& entry(const std::string& key);   // needs mutex_ held; adds a Submitted entry when absent
  void begin(const std::string& key, const std::string& job_id, EvaluatorJobState state, const std::string& detail);
  void end(const std::string& key, EvaluatorJobState state, const std::string& detail, std::optional<double> accuracy);

  mutable std::mutex mutex_;
  std::vector<Entry> entries_;                  // submission order
  std::map<std::string, std::size_t> by_key_;   // index into entries_
  std::uint64_t version_ = 0;
};

}   // namespace cdse
