#include "core/accuracy/slurm_job_cache.h"

#include "core/accuracy/accuracy_cache_file.h"

namespace cdse {

SlurmJobCache::SlurmJobCache(std::string file, json::Json command) : file_(std::move(file)), command_(std::move(command))
{
  if (file_.empty())
    return;
  load_cache_file(file_, [&](const json::Json& entry, const std::string& where) {
    const std::string key = json::get_string(entry, "key", where);
    if (const json::Json* command = json::find(entry, "command"); !command || *command != command_)
      return;
    const std::string job_id = json::get_string(entry, "job_id", where);
    if (json::find(entry, "accuracy")) {
      results_[key] = cached_estimate(entry, where);
      submitted_.erase(key);
    } else {
      submitted_[key] = {job_id, json::get_string(entry, "output", where), json::get_string(entry, "error", where)};
      results_.erase(key);
    }
  });
}

void SlurmJobCache::append(const json::Json& line)
{
  if (file_.empty())
    return;
  std::lock_guard lock(mutex_);
  append_cache_line(file_, line, command_.dump());
}

void SlurmJobCache::record_submission(const std::string& key, const json::Json& model, const SlurmJobFiles& job)
{
  append({{"key", key},
          {"command", command_},
          {"job_id", job.job_id},
          {"output", job.output_file},
          {"error", job.error_file},
          {"model", model}});
}

void SlurmJobCache::record_result(const std::string& key, const json::Json& model, const std::string& job_id,
                                  const AccuracyEstimate& estimate)
{
  json::Json line = {{"key", key}, {"command", command_}, {"job_id", job_id}, {"model", model}};
  add_cached_estimate_fields(line, estimate);
  append(line);
}

}   // namespace cdse
