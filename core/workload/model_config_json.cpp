#include "core/workload/model_config_json.h"

#include "core/io/input_error.h"
#include "core/workload/model_preset.h"

namespace cdse {

ModelConfig parse_model_config(const json::Json& j, std::string_view path)
{
  json::expect_object(j, path);
  const std::string preset_id = json::get_string(j, "preset", path);
  const ModelPreset& preset = model_preset(preset_id, json::child_path(path, "preset"));

  std::vector<std::string_view> allowed = {"preset", "sequence_length"};
  for (const auto& s : preset.stacks)
    allowed.push_back(s.shape.name);
  json::reject_unknown_keys(j, path, allowed);

  ModelConfig config = unpruned_config(preset);
  for (std::size_t i = 0; i < preset.stacks.size(); ++i) {
    const StackPreset& sp = preset.stacks[i];
    EncoderShape& shape = config.encoders[i];
    const json::Json* stack = json::find(j, sp.shape.name);
    if (!stack)
      continue;
    const std::string sp_path = json::child_path(path, sp.shape.name);
    json::reject_unknown_keys(*stack, sp_path, {"layers", "heads", "kv_heads", "ffn", "embed", "tokens"});
    shape.layers = static_cast<int>(json::get_integer_or(*stack, "layers", sp_path, shape.layers, 1, k_max_layers));
    shape.heads = static_cast<int>(json::get_integer_or(*stack, "heads", sp_path, shape.heads, 1, k_max_heads));
    shape.ffn = static_cast<int>(json::get_integer_or(*stack, "ffn", sp_path, shape.ffn, 1, k_max_width));
    shape.embed = static_cast<int>(json::get_integer_or(*stack, "embed", sp_path, shape.embed, 1, k_max_width));
    if (sp.shape.kv_heads > 0) {
      // Grouped-query attention: pruning heads below the KV-head count shrinks the KV heads too.
      const int default_kv = std::min(sp.shape.kv_heads, shape.heads);
      shape.kv_heads = static_cast<int>(json::get_integer_or(*stack, "kv_heads", sp_path, default_kv, 1, k_max_heads));
      if (shape.kv_heads > shape.heads || shape.heads % shape.kv_heads != 0)
        throw InputError(json::child_path(sp_path, "kv_heads"), "must divide the number of query heads (" +
                                                                    std::to_string(shape.heads) + "), got " +
                                                                    std::to_string(shape.kv_heads));
    } else if (json::find(*stack, "kv_heads")) {
      throw InputError(json::child_path(sp_path, "kv_heads"), "this stack has no grouped-query attention");
    }
    if (const json::Json* tokens = json::find(*stack, "tokens")) {
      const std::string tokens_path = json::child_path(sp_path, "tokens");
      const auto value = json::as_integer(*tokens, tokens_path, 1, sp.max_tokens > 0 ? sp.max_tokens : k_max_tokens);
      if (sp.max_tokens == 0 && value != sp.shape.tokens)
        throw InputError(tokens_path, "the sequence length of this stack is fixed at " + std::to_string(sp.shape.tokens));
      shape.tokens = static_cast<int>(value);
    }
  }
  if (const json::Json* seq = json::find(j, "sequence_length")) {
    const std::string seq_path = json::child_path(path, "sequence_length");
    bool applied = false;
    for (std::size_t i = 0; i < preset.stacks.size(); ++i) {
      if (preset.stacks[i].max_tokens > 0) {
        config.encoders[i].tokens = static_cast<int>(json::as_integer(*seq, seq_path, 1, preset.stacks[i].max_tokens));
        applied = true;
      }
    }
    if (!applied)
      throw InputError(seq_path, "preset '" + preset.id + "' has a fixed sequence length");
  }
  return config;
}

json::Json to_json(const ModelConfig& config)
{
  json::Json j = json::Json::object();
  j["preset"] = config.preset;
  for (const auto& e : config.encoders) {
    json::Json s = {{"layers", e.layers}, {"heads", e.heads}, {"ffn", e.ffn}, {"embed", e.embed}, {"tokens", e.tokens}};
    if (e.kv_heads > 0)
      s["kv_heads"] = e.kv_heads;
    j[e.name] = std::move(s);
  }
  return j;
}

std::string model_key(const ModelConfig& config)
{
  std::string key = config.preset;
  for (const auto& e : config.encoders) {
    key += '|';
    key += e.name;
    key += ':' + std::to_string(e.layers) + ',' + std::to_string(e.heads) + ',' + std::to_string(e.effective_kv_heads()) +
           ',' + std::to_string(e.ffn) + ',' + std::to_string(e.embed) + ',' + std::to_string(e.tokens);
  }
  return key;
}

}   // namespace cdse
