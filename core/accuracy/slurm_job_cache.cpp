#include "core/accuracy/slurm_job_cache.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/accuracy/evaluator_output.h"
#include "core/accuracy/external_evaluator_error.h"

namespace cdse {

SlurmJobCache::SlurmJobCache(std::string file, json::Json command)
    : file_(std::move(file)), command_(std::move(command))
{
  if (file_.empty())
    return;
  load();
  std::ofstream probe(file_, std::ios::app);
  if (!probe)
    throw InputError(file_, "cannot open the evaluator cache file for writing");
}

void SlurmJobCache::load()
{
  if (!std::ifstream(file_))
    return;   // first run: created on the first submission
  const std::string text = json::read_text_file(file_);
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    lines.push_back(line);
  const bool ends_with_newline = !text.empty() && text.back() == '\n';
  bool torn_last_line = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string where = file_ + ":" + std::to_string(i + 1);
    if (lines[i].find_first_not_of(" \t\r") == std::string::npos)
      continue;
    json::Json entry;
    try {
      entry = json::Json::parse(lines[i]);
    } catch (const json::Json::exception&) {
      if (i + 1 == lines.size() && !ends_with_newline) {
        torn_last_line = true;   // a crash mid-write: that job is looked up again by its files
        continue;
      }
      throw InputError(where, "not a JSON object: '" + shorten_for_message(lines[i]) + "'");
    }
    json::expect_object(entry, where);
    const std::string key = json::get_string(entry, "key", where);
    if (const json::Json* command = json::find(entry, "command"); !command || *command != command_)
      continue;
    const std::string job_id = json::get_string(entry, "job_id", where);
    if (json::find(entry, "accuracy")) {
      AccuracyEstimate e;
      e.available = true;
      e.source = "external";
      e.value = json::get_number(entry, "accuracy", where, 0.0, 1.0);
      e.low = json::get_number_or(entry, "low", where, e.value, 0.0, e.value);
      e.high = json::get_number_or(entry, "high", where, e.value, e.value, 1.0);
      e.metric = json::get_string_or(entry, "metric", where, "");
      results_[key] = e;
      submitted_.erase(key);
    } else {
      submitted_[key] = {job_id, json::get_string(entry, "output", where), json::get_string(entry, "error", where)};
      results_.erase(key);
    }
  }
  if (!text.empty() && !ends_with_newline)
    end_with_newline(text, torn_last_line);
}

void SlurmJobCache::end_with_newline(const std::string& text, bool drop_last_line)
{
  // Appends must start on a line of their own, or the next line is glued to the unfinished one
  // and every later load fails on it. A torn line is cut off; a whole one only lacks its '\n'.
  if (drop_last_line) {
    const std::size_t last_newline = text.rfind('\n');
    std::error_code error;
    std::filesystem::resize_file(file_, last_newline == std::string::npos ? 0 : last_newline + 1, error);
    if (error)
      throw InputError(file_, "cannot cut off the unfinished last line of the evaluator cache file: " + error.message());
    return;
  }
  std::ofstream out(file_, std::ios::app);
  out << '\n';
  if (!out.flush())
    throw InputError(file_, "cannot end the last line of the evaluator cache file");
}

void SlurmJobCache::append(const json::Json& line)
{
  if (file_.empty())
    return;
  std::lock_guard lock(mutex_);
  std::ofstream out(file_, std::ios::app);
  out << line.dump() << '\n';
  out.flush();
  if (!out)
    throw ExternalEvaluatorError(command_.dump(), "cannot append to cache file " + file_, "");
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
  json::Json line = {{"key", key},         {"command", command_},   {"job_id", job_id},
                     {"accuracy", estimate.value}, {"low", estimate.low}, {"high", estimate.high},
                     {"model", model}};
  if (!estimate.metric.empty())
    line["metric"] = estimate.metric;
  append(line);
}

} // namespace cdse
