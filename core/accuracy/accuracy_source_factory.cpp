#include "accuracy/accuracy_source_factory.h"

#include <filesystem>

#include "accuracy/builtin_accuracy_estimator.h"
#include "accuracy/external_evaluator.h"
#include "accuracy/measured_accuracy_table.h"

namespace cdse {
namespace {

std::string resolve(const std::string& base_dir, const std::string& file)
{
  const std::filesystem::path p(file);
  if (p.is_absolute() || base_dir.empty())
    return p.lexically_normal().string();
  return (std::filesystem::path(base_dir) / p).lexically_normal().string();
}

} // namespace

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
    json::reject_unknown_keys(spec, path, {"kind", "command", "timeout_s", "cache_file"});
    const std::string command_path = json::child_path(path, "command");
    const json::Json& command = json::require(spec, "command", path);
    json::expect_array(command, command_path);
    if (command.empty())
      throw InputError(command_path, "must name a program, e.g. [\"python3\", \"finetune.py\"]");
    if (command.size() > 4096)
      throw InputError(command_path, "has more than 4096 arguments");
    ExternalEvaluatorOptions options;
    for (std::size_t i = 0; i < command.size(); ++i) {
      options.command.push_back(json::as_string(command[i], json::index_path(command_path, i)));
      if (options.command.back().empty() && i == 0)
        throw InputError(json::index_path(command_path, i), "the program name is empty");
    }
    options.timeout_s = json::get_number_or(spec, "timeout_s", path, 600.0, 1e-3, 7 * 24 * 3600.0);
    const std::string cache_file = json::get_string_or(spec, "cache_file", path, "");
    if (!cache_file.empty())
      options.cache_file = resolve(base_dir, cache_file);
    options.working_directory = base_dir;
    return std::make_unique<ExternalEvaluator>(std::move(options));
  }
  throw InputError(json::child_path(path, "kind"),
                   "unknown accuracy source '" + kind + "' (expected \"builtin\", \"measured\" or \"external\")");
}

} // namespace cdse
