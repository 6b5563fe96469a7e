#include "core/accuracy/accuracy_source_factory.h"

#include <filesystem>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/accuracy/external_evaluator.h"
#include "core/accuracy/measured_accuracy_table.h"
#include "core/accuracy/slurm_evaluator.h"

namespace cdse {
namespace {

std::string resolve(const std::string& base_dir, const std::string& file)
{
  const std::filesystem::path p(file);
  if (p.is_absolute() || base_dir.empty())
    return p.lexically_normal().string();
  return (std::filesystem::path(base_dir) / p).lexically_normal().string();
}

constexpr double k_week_s = 7 * 24 * 3600.0;

// A non-empty array of strings (at most 4096), e.g. "command" or "sbatch_args".
std::vector<std::string> string_array(const json::Json& spec, const char* key, std::string_view path, bool required)
{
  const std::string array_path = json::child_path(path, key);
  const json::Json* value = required ? &json::require(spec, key, path) : json::find(spec, key);
  std::vector<std::string> out;
  if (!value)
    return out;
  json::expect_array(*value, array_path);
  if (value->size() > 4096)
    throw InputError(array_path, "has more than 4096 arguments");
  for (std::size_t i = 0; i < value->size(); ++i)
    out.push_back(json::as_string((*value)[i], json::index_path(array_path, i)));
  return out;
}

std::vector<std::string> command_argv(const json::Json& spec, std::string_view path)
{
  std::vector<std::string> command = string_array(spec, "command", path, true);
  if (command.empty())
    throw InputError(json::child_path(path, "command"), "must name a program, e.g. [\"python3\", \"finetune.py\"]");
  if (command.front().empty())
    throw InputError(json::index_path(json::child_path(path, "command"), 0), "the program name is empty");
  return command;
}

// sbatch options the SLURM evaluator sets itself; a user's value would break the protocol.
void reject_reserved_sbatch_args(const std::vector<std::string>& args, std::string_view path)
{
  static const std::pair<const char*, const char*> k_reserved[] = {{"--array", "-a"},       {"--input", "-i"},
                                                                   {"--output", "-o"},      {"--error", "-e"},
                                                                   {"--job-name", "-J"},    {"--chdir", "-D"},
                                                                   {"--parsable", nullptr}, {"--wrap", nullptr}};
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    for (const auto& [long_name, short_name] : k_reserved) {
      const std::string l = long_name;
      const bool is_long = a == l || a.rfind(l + "=", 0) == 0;
      const bool is_short = short_name && a.size() >= 2 && a[1] != '-' && a.rfind(short_name, 0) == 0;
      if (is_long || is_short)
        throw InputError(json::index_path(json::child_path(path, "sbatch_args"), i),
                         "'" + a + "' is set by CarbonDSE (" + l + "); remove it (use \"job_name\" for the name)");
    }
  }
}

std::unique_ptr<AccuracySource> make_slurm_evaluator(const json::Json& spec, std::string_view path,
                                                     const std::string& base_dir)
{
  json::reject_unknown_keys(spec, path,
                            {"kind", "backend", "command", "sbatch_args", "cache_file", "job_dir", "job_name",
                             "poll_interval_s", "pending_timeout_s", "timeout_s"});
  SlurmEvaluatorOptions options;
  options.command = command_argv(spec, path);
  options.sbatch_args = string_array(spec, "sbatch_args", path, false);
  reject_reserved_sbatch_args(options.sbatch_args, path);
  const std::string cache_file = json::get_string_or(spec, "cache_file", path, "");
  if (!cache_file.empty())
    options.cache_file = resolve(base_dir, cache_file);
  const std::string job_dir = json::get_string_or(spec, "job_dir", path, "slurm_jobs");
  if (job_dir.empty())
    throw InputError(json::child_path(path, "job_dir"), "is empty");
  options.job_dir = resolve(base_dir, job_dir);
  if (options.job_dir.find('%') != std::string::npos)   // sbatch expands %j, %a ... in file names
    throw InputError(json::child_path(path, "job_dir"), "must not contain '%', got '" + options.job_dir + "'");
  options.job_name = json::get_string_or(spec, "job_name", path, options.job_name);
  if (options.job_name.empty() || options.job_name.find_first_of(" \t\n,") != std::string::npos)
    throw InputError(json::child_path(path, "job_name"), "must be a non-empty name without spaces or commas");
  options.poll_interval_s = json::get_number_or(spec, "poll_interval_s", path, options.poll_interval_s, 0.1, 3600.0);
  options.pending_timeout_s = json::get_number_or(spec, "pending_timeout_s", path, options.pending_timeout_s, 1.0,
                                                  k_week_s);
  options.timeout_s = json::get_number_or(spec, "timeout_s", path, options.timeout_s, 1.0, k_week_s);
  options.working_directory = base_dir;
  return std::make_unique<SlurmEvaluator>(std::move(options));
}

}   // namespace

std::unique_ptr<AccuracySource> make_accuracy_source(const json::Json& spec, std::string_view path,
                                                     const std::string& base_dir)
{
  json::expect_object(spec, path);
  const std::string kind = json::get_string(spec, "kind", path);
  if (kind == "builtin") {
    json::reject_unknown_keys(spec, path, {"kind"});
    return std::make_unique<BuiltinAccuracyEstimator>();
  }
  if (kind == "measured") {
    json::reject_unknown_keys(spec, path, {"kind", "file", "fallback"});
    const std::string file = json::get_string(spec, "file", path);
    if (file.empty())
      throw InputError(json::child_path(path, "file"), "is empty");
    const std::string fallback = json::get_string_or(spec, "fallback", path, "none");
    std::shared_ptr<const AccuracySource> fallback_source;
    if (fallback == "builtin")
      fallback_source = std::make_shared<BuiltinAccuracyEstimator>();
    else if (fallback != "none")
      throw InputError(json::child_path(path, "fallback"),
                       "unknown fallback '" + fallback + "' (expected \"none\" or \"builtin\")");
    return MeasuredAccuracyTable::from_file(resolve(base_dir, file), std::move(fallback_source));
  }
  if (kind == "external") {
    const std::string backend = json::get_string_or(spec, "backend", path, "local");
    if (backend == "slurm")
      return make_slurm_evaluator(spec, path, base_dir);
    if (backend != "local")
      throw InputError(json::child_path(path, "backend"),
                       "unknown backend '" + backend + "' (expected \"local\" or \"slurm\")");
    json::reject_unknown_keys(spec, path, {"kind", "backend", "command", "timeout_s", "cache_file"});
    ExternalEvaluatorOptions options;
    options.command = command_argv(spec, path);
    options.timeout_s = json::get_number_or(spec, "timeout_s", path, 600.0, 1e-3, k_week_s);
    const std::string cache_file = json::get_string_or(spec, "cache_file", path, "");
    if (!cache_file.empty())
      options.cache_file = resolve(base_dir, cache_file);
    options.working_directory = base_dir;
    return std::make_unique<ExternalEvaluator>(std::move(options));
  }
  throw InputError(json::child_path(path, "kind"),
                   "unknown accuracy source '" + kind + "' (expected \"builtin\", \"measured\" or \"external\")");
}

}   // namespace cdse
