#pragma once
// Reading and writing a (pruned) model configuration:
//   {"preset": "clip-vit-b16", "text": {"layers": 8, "heads": 6, "ffn": 1536, "embed": 384},
//    "vision": {...}, "sequence_length": 128}
// A stack that is not mentioned keeps its original dimensions; a field that is not mentioned keeps
// its original value. Any positive value is accepted up to generous resource limits.
#include <string>
#include <string_view>

#include "core/io/json_fields.h"
#include "core/workload/model_config.h"

namespace cdse {

// Resource limits: refuse absurd models up front instead of attempting them.
inline constexpr int k_max_layers = 1024;
inline constexpr int k_max_heads = 1024;
inline constexpr int k_max_width = 1 << 18;   // embed / ffn
inline constexpr int k_max_tokens = 1 << 20;

ModelConfig parse_model_config(const json::Json& j, std::string_view path);
json::Json to_json(const ModelConfig& config);
// Canonical, stable text key of a configuration (used for caches and journals).
std::string model_key(const ModelConfig& config);

}   // namespace cdse
