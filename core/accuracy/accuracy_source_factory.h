#pragma once
// Builds the accuracy source a scenario asks for:
//   {"kind": "builtin"}
//   {"kind": "measured", "file": "accuracy.csv", "fallback": "none" | "builtin"}
//   {"kind": "external", "command": ["python3", "finetune.py"], "timeout_s": 600,
//    "cache_file": "finetune_cache.jsonl"}                        ("backend": "local" is the default)
//   {"kind": "external", "backend": "slurm", "command": [...], "sbatch_args": ["--gres=gpu:1"],
//    "cache_file": "...", "job_dir": "slurm_jobs", "job_name": "...", "poll_interval_s": 10,
//    "pending_timeout_s": 86400, "timeout_s": 604800}                   (slurm_evaluator.h)
// Relative file names are resolved against base_dir (the scenario's folder), and an external
// command runs with base_dir as its working directory. Errors name the JSON path (`path`).
#include <memory>
#include <string>
#include <string_view>

#include "core/accuracy/accuracy_source.h"
#include "core/io/json_fields.h"

namespace cdse {

std::unique_ptr<AccuracySource> make_accuracy_source(const json::Json& spec, std::string_view path,
                                                     const std::string& base_dir);

}   // namespace cdse
