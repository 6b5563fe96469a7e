#include "core/workload/model_preset.h"

#include <mutex>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

using json::Json;

StackPreset parse_stack(const Json& j, const std::string& path)
{
  StackPreset s;
  s.shape.name = json::get_string(j, "name", path);
  s.shape.layers = static_cast<int>(json::get_integer(j, "layers", path, 1, 1024));
  s.shape.embed = static_cast<int>(json::get_integer(j, "embed", path, 1, 1 << 18));
  s.shape.ffn = static_cast<int>(json::get_integer(j, "ffn", path, 1, 1 << 20));
  s.shape.heads = static_cast<int>(json::get_integer(j, "heads", path, 1, 1024));
  s.shape.kv_heads = static_cast<int>(json::get_integer_or(j, "kv_heads", path, 0, 0, 1024));
  s.shape.head_dim = static_cast<int>(json::get_integer_or(j, "head_dim", path, 64, 1, 1024));
  s.shape.tokens = static_cast<int>(json::get_integer(j, "tokens", path, 1, 1 << 20));
  s.max_tokens = static_cast<int>(json::get_integer_or(j, "max_tokens", path, 0, 0, 1 << 20));
  s.vocab = static_cast<int>(json::get_integer_or(j, "vocab", path, 0, 0, 1 << 24));
  s.token_types = static_cast<int>(json::get_integer_or(j, "token_types", path, 0, 0, 1024));
  s.patch_size = static_cast<int>(json::get_integer_or(j, "patch_size", path, 0, 0, 4096));
  s.image_size = static_cast<int>(json::get_integer_or(j, "image_size", path, 0, 0, 1 << 16));
  s.channels = static_cast<int>(json::get_integer_or(j, "channels", path, 3, 1, 1024));
  s.patch_bias = json::get_bool_or(j, "patch_bias", path, false);
  s.class_token = json::get_bool_or(j, "class_token", path, false);
  s.pre_norm = json::get_bool_or(j, "pre_norm", path, false);
  s.embed_norm = json::get_bool_or(j, "embed_norm", path, false);
  s.learned_positions = json::get_string_or(j, "positional", path, "learned") == "learned";
  s.attention_bias = json::get_bool_or(j, "attention_bias", path, true);
  s.mlp_bias = json::get_bool_or(j, "mlp_bias", path, true);
  const std::string norm = json::get_string_or(j, "norm", path, "layernorm");
  s.norm = norm == "rmsnorm" ? NormKind::RmsNorm : NormKind::LayerNorm;
  const std::string ffn = json::get_string_or(j, "ffn_style", path, "gelu");
  s.ffn_style = ffn == "swiglu" ? FfnStyle::SwiGlu : FfnStyle::Gelu;
  const std::string final_norm = json::get_string_or(j, "final_norm", path, "none");
  s.final_norm = final_norm == "all"    ? FinalNorm::All
                 : final_norm == "cls"  ? FinalNorm::Cls
                 : final_norm == "last" ? FinalNorm::Last
                                        : FinalNorm::None;
  if (const Json* heads = json::find(j, "heads_out")) {
    for (std::size_t i = 0; i < heads->size(); ++i) {
      const std::string hp = json::index_path(json::child_path(path, "heads_out"), i);
      s.heads_out.push_back({json::get_string((*heads)[i], "name", hp),
                             static_cast<int>(json::get_integer((*heads)[i], "width", hp, 1, 1 << 24)),
                             json::get_bool_or((*heads)[i], "bias", hp, false)});
    }
  }
  return s;
}

std::vector<ModelPreset> load_presets()
{
  const Json doc = embedded_json("data/model_presets.json");
  std::vector<ModelPreset> out;
  const Json& list = json::require(doc, "presets", "model_presets.json");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string path = json::index_path("presets", i);
    ModelPreset p;
    p.id = json::get_string(list[i], "id", path);
    p.name = json::get_string(list[i], "name", path);
    p.accuracy_family = json::get_string_or(list[i], "accuracy_family", path, "none");
    p.source = json::get_string_or(list[i], "source", path, "");
    const Json& stacks = json::require(list[i], "stacks", path);
    for (std::size_t s = 0; s < stacks.size(); ++s)
      p.stacks.push_back(parse_stack(stacks[s], json::index_path(json::child_path(path, "stacks"), s)));
    out.push_back(std::move(p));
  }
  return out;
}

}   // namespace

const StackPreset* ModelPreset::stack(std::string_view stack_name) const
{
  for (const auto& s : stacks)
    if (s.shape.name == stack_name)
      return &s;
  return nullptr;
}

const std::vector<ModelPreset>& model_presets()
{
  static const std::vector<ModelPreset> presets = load_presets();
  return presets;
}

const ModelPreset& model_preset(std::string_view id, std::string_view where)
{
  for (const auto& p : model_presets())
    if (p.id == id)
      return p;
  std::string valid;
  for (const auto& p : model_presets())
    valid += (valid.empty() ? "" : ", ") + p.id;
  throw InputError(std::string(where), "unknown model preset '" + std::string(id) + "' (valid: " + valid + ")");
}

std::string_view default_model_preset_id() { return "clip-vit-b16"; }

ModelConfig unpruned_config(const ModelPreset& preset)
{
  ModelConfig config;
  config.preset = preset.id;
  for (const auto& s : preset.stacks)
    config.encoders.push_back(s.shape);
  return config;
}

int eighths_of(int original, int eighths) { return static_cast<int>((static_cast<long long>(original) * eighths) / 8); }

}   // namespace cdse
