#pragma once
// Accuracy from a user command run once per model configuration: the way a real fine-tuning job
// (as the reference framework runs on a GPU cluster) plugs into a search.
//
// Protocol (docs/models/accuracy.md): the command (argv, no shell) gets one JSON object on stdin,
//   {"key": "<model_key>", "preset": "clip-vit-b16",
//    "model": {"preset": "clip-vit-b16", "text": {"layers": 8, ...}, "vision": {...}}}
// ("model" is the same JSON a scenario uses for a model configuration: core/workload/model_config_json.h)
// and must print, as the last non-empty line of stdout, a JSON object
//   {"accuracy": 0.47, "low": 0.46, "high": 0.48}      ("low"/"high" optional, all in [0, 1]).
// Results are cached by configuration (in memory, and optionally in a JSON-lines file so that a
// restarted search does not re-run fine-tunings). Concurrent requests for the same configuration
// run the command once. Failures throw ExternalEvaluatorError and are not cached.
#include <atomic>
#include <future>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/accuracy/accuracy_source.h"
#include "core/accuracy/evaluator_job_board.h"
#include "core/accuracy/external_evaluator_error.h"
#include "core/io/json_fields.h"

namespace cdse {

struct ExternalEvaluatorOptions {
  std::vector<std::string> command;   // argv; argv[0] is looked up in PATH
  double timeout_s = 600;
  std::string working_directory;   // where the command runs; empty: the current directory
  std::string cache_file;          // JSON lines; empty: no persistent cache
};

class ExternalEvaluator : public AccuracySource {
public:
  // Loads cache_file when it exists (InputError naming the line for a corrupt entry; a truncated
  // last line, as left by a crash, is cut off so that later appends start a line of their own:
  // accuracy_cache_file.h).
  explicit ExternalEvaluator(ExternalEvaluatorOptions options);

  // Runs the command (or answers from the cache). Throws ExternalEvaluatorError.
  AccuracyEstimate estimate(const ModelConfig& model) const override;
  // Evaluates all models with up to `parallel_jobs` commands at a time; results in input order.
  // When some fail, the others still complete (and are cached) and the first failure is thrown.
  std::vector<AccuracyEstimate> estimate_batch(const std::vector<ModelConfig>& models, int parallel_jobs) const override;

  std::string name() const override { return "external evaluator"; }
  // Every command this object started: running, done (with its accuracy) or failed (with the
  // error). Cache hits are not listed.
  EvaluatorJobsSnapshot jobs_snapshot() const override { return jobs_.snapshot(); }
  bool is_expensive() const override { return true; }

  // How many times the command has been started by this object (cache hits excluded).
  int command_runs() const { return runs_.load(); }
  std::size_t cached_results() const;
  const ExternalEvaluatorOptions& options() const { return options_; }

  // What the command receives on stdin for `model`, and the cache key (model_key).
  static json::Json request_json(const ModelConfig& model);
  static std::string cache_key(const ModelConfig& model);

  // Parses the command's stdout (exposed for tests). Throws ExternalEvaluatorError.
  AccuracyEstimate parse_output(const std::string& stdout_text, const std::string& stderr_tail) const;

private:
  AccuracyEstimate run(const ModelConfig& model) const;
  void load_cache_file();
  void append_to_cache_file(const std::string& key, const ModelConfig& model, const AccuracyEstimate& estimate) const;
  std::string command_text() const;

  ExternalEvaluatorOptions options_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_future<AccuracyEstimate>> cache_;
  mutable std::mutex file_mutex_;
  mutable EvaluatorJobBoard jobs_;
  mutable std::atomic<int> runs_{0};
};

}   // namespace cdse
