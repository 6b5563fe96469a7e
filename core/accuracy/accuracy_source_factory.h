#pragma once
// Builds the accuracy source a scenario asks for:
//   {"kind": "builtin"}
//   {"kind": "measured", "file": "accuracy.csv", "fallback": "none" | "builtin"}
//   {"kind": "external", "command": ["python3", "finetune.py"], "timeout_s": 600,
//    "cache_file": "finetune_cache.jsonl"}
// Relative file names are resolved against base_dir (the scenario's folder), and an external
// command runs with base_dir as its working directory. Errors name the JSON path (`path`).
#include <memory>
#include <string>
#include <string_view>

#include "accuracy/accuracy_source.h"
#include "io/json_fields.h"

namespace cdse {

std::unique_ptr<AccuracySource> make_accuracy_source(const json::Json& spec, std::string_view path,
                                                     const std::string& base_dir);

} // namespace cdse
