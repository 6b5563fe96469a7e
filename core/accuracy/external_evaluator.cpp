#include "core/accuracy/external_evaluator.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/accuracy/accuracy_cache_file.h"
#include "core/accuracy/child_process.h"
#include "core/accuracy/evaluator_output.h"
#include "core/workload/model_config_json.h"

namespace cdse {
namespace {

// The message of the exception being handled (call inside a catch block).
std::string current_exception_message()
{
  try {
    throw;
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return "unknown error";
  }
}

}   // namespace

ExternalEvaluator::ExternalEvaluator(ExternalEvaluatorOptions options) : options_(std::move(options))
{
  if (options_.command.empty() || options_.command.front().empty())
    throw InputError("command", "the evaluator command is empty");
  if (!(options_.timeout_s > 0) || options_.timeout_s > 7 * 24 * 3600.0)
    throw InputError("timeout_s", "must be between 0 and 604800 s (one week), got " + std::to_string(options_.timeout_s));
  if (!options_.working_directory.empty() && !std::filesystem::is_directory(options_.working_directory))
    throw InputError(options_.working_directory, "the evaluator's working directory does not exist");
  if (!options_.cache_file.empty())
    load_cache_file();
}

json::Json ExternalEvaluator::request_json(const ModelConfig& model)
{
  return {{"key", model_key(model)}, {"preset", model.preset}, {"model", to_json(model)}};
}

std::string ExternalEvaluator::cache_key(const ModelConfig& model) { return model_key(model); }

std::string ExternalEvaluator::command_text() const
{
  std::string text;
  for (const auto& a : options_.command)
    text += (text.empty() ? "" : " ") + a;
  return text;
}

AccuracyEstimate ExternalEvaluator::parse_output(const std::string& stdout_text, const std::string& stderr_tail) const
{
  return parse_evaluator_output(command_text(), stdout_text, stderr_tail);
}

AccuracyEstimate ExternalEvaluator::run(const ModelConfig& model) const
{
  ChildProcessOptions child;
  child.timeout_s = options_.timeout_s;
  child.working_directory = options_.working_directory;
  ++runs_;
  const ChildProcessResult r = run_child_process(options_.command, request_json(model).dump() + "\n", child);
  if (!r.started)
    throw ExternalEvaluatorError(command_text(), r.start_error, "");
  if (r.timed_out) {
    std::ostringstream text;
    text << "timed out after " << options_.timeout_s << " s (process group killed)";
    throw ExternalEvaluatorError(command_text(), text.str(), r.stderr_tail);
  }
  if (r.signal != 0)
    throw ExternalEvaluatorError(command_text(), "killed by signal " + std::to_string(r.signal), r.stderr_tail);
  if (r.exit_code != 0)
    throw ExternalEvaluatorError(command_text(), "exited with status " + std::to_string(r.exit_code), r.stderr_tail);
  if (r.stdout_truncated)
    throw ExternalEvaluatorError(command_text(), "printed more than 1 MiB on stdout", r.stderr_tail);
  return parse_output(r.stdout_text, r.stderr_tail);
}

AccuracyEstimate ExternalEvaluator::estimate(const ModelConfig& model) const
{
  const std::string key = cache_key(model);
  std::promise<AccuracyEstimate> promise;
  std::shared_future<AccuracyEstimate> future;
  bool owner = false;
  {
    std::lock_guard lock(mutex_);
    if (const auto it = cache_.find(key); it != cache_.end()) {
      future = it->second;
    } else {
      future = promise.get_future().share();
      cache_.emplace(key, future);
      owner = true;
    }
  }
  if (!owner)
    return future.get();   // someone else runs (or ran) this configuration; rethrows its error
  jobs_.started(key, "");
  try {
    AccuracyEstimate result = run(model);
    if (!options_.cache_file.empty())
      append_to_cache_file(key, model, result);
    jobs_.succeeded(key, result.value);
    promise.set_value(result);
    return result;
  } catch (...) {
    jobs_.failed(key, current_exception_message());
    // Failures are not cached: a later request (after the user fixed the script) runs again.
    {
      std::lock_guard lock(mutex_);
      cache_.erase(key);
    }
    promise.set_exception(std::current_exception());
    throw;
  }
}

std::vector<AccuracyEstimate> ExternalEvaluator::estimate_batch(const std::vector<ModelConfig>& models,
                                                                int parallel_jobs) const
{
  std::vector<AccuracyEstimate> results(models.size());
  std::vector<std::exception_ptr> errors(models.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < models.size(); i = next++) {
      try {
        results[i] = estimate(models[i]);
      } catch (...) {
        errors[i] = std::current_exception();
      }
    }
  };
  const std::size_t jobs = std::min<std::size_t>(models.size(), static_cast<std::size_t>(std::max(1, parallel_jobs)));
  std::vector<std::thread> threads;
  for (std::size_t j = 1; j < jobs; ++j)
    threads.emplace_back(worker);
  worker();
  for (auto& t : threads)
    t.join();
  for (const auto& e : errors)
    if (e)
      std::rethrow_exception(e);
  return results;
}

std::size_t ExternalEvaluator::cached_results() const
{
  std::lock_guard lock(mutex_);
  std::size_t ready = 0;
  for (const auto& [key, future] : cache_)
    if (future.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
      ++ready;
  return ready;
}

void ExternalEvaluator::append_to_cache_file(const std::string& key, const ModelConfig& model,
                                             const AccuracyEstimate& estimate) const
{
  json::Json line = {{"key", key}, {"command", options_.command}, {"model", request_json(model)["model"]}};
  add_cached_estimate_fields(line, estimate);
  std::lock_guard lock(file_mutex_);
  append_cache_line(options_.cache_file, line, command_text());
}

void ExternalEvaluator::load_cache_file()
{
  cdse::load_cache_file(options_.cache_file, [&](const json::Json& entry, const std::string& where) {
    const std::string key = json::get_string(entry, "key", where);
    // Results of a different command (another script or other flags) are not reused.
    if (const json::Json* command = json::find(entry, "command"); command && *command != json::Json(options_.command))
      return;
    std::promise<AccuracyEstimate> ready;
    ready.set_value(cached_estimate(entry, where));
    cache_[key] = ready.get_future().share();
  });
}

}   // namespace cdse
