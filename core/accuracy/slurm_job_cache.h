#pragma once
// The SLURM evaluator's cache file (JSON lines), so that a restarted search neither re-runs
// finished fine-tunings nor submits a second job for one still queued or running:
//   {"key", "command", "job_id", "output", "error", "model"}                      job submitted
//   {"key", "command", "job_id", "accuracy", "low", "high", ["metric"], "model"}  job's result
// A later line for a key supersedes an earlier one. Lines written for a different command are
// ignored; a truncated last line (a crash mid-write) is dropped and cut off the file, so that the
// next append starts a line of its own; any other corrupt line is an InputError naming file:line
// (the reading and appending are accuracy_cache_file.h's, shared with ExternalEvaluator). Appends
// are serialised; an empty file name keeps nothing on disk.
#include <map>
#include <mutex>
#include <string>

#include "core/accuracy/accuracy_estimate.h"
#include "core/io/json_fields.h"

namespace cdse {

struct SlurmJobFiles {
  std::string job_id;        // "123" or "123_4"
  std::string output_file;   // the job's stdout: its last line is the result
  std::string error_file;    // the job's stderr, quoted in error messages
};

class SlurmJobCache {
public:
  SlurmJobCache(std::string file, json::Json command);

  const std::map<std::string, AccuracyEstimate>& results() const { return results_; }
  const std::map<std::string, SlurmJobFiles>& submitted() const { return submitted_; }

  // Append one line (no-op without a file). Throw ExternalEvaluatorError when the write fails.
  void record_submission(const std::string& key, const json::Json& model, const SlurmJobFiles& job);
  void record_result(const std::string& key, const json::Json& model, const std::string& job_id,
                     const AccuracyEstimate& estimate);

private:
  void append(const json::Json& line);

  std::string file_;
  json::Json command_;
  std::map<std::string, AccuracyEstimate> results_;   // as loaded
  std::map<std::string, SlurmJobFiles> submitted_;    // as loaded, without a result yet
  std::mutex mutex_;
};

}   // namespace cdse
