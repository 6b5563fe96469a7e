#pragma once
// Built-in model presets (resources/data/model_presets.json): the exact dimensions of every stack
// of a model and the structural facts the operator expansion needs (patch embedding, norms, FFN
// style, output heads).
#include <string>
#include <string_view>
#include <vector>

#include "core/workload/encoder_shape.h"
#include "core/workload/model_config.h"

namespace cdse {

enum class NormKind { LayerNorm, RmsNorm };
enum class FfnStyle { Gelu, SwiGlu };
// Which tokens the final norm runs on: none, all tokens, the class token, or the last token.
enum class FinalNorm { None, All, Cls, Last };

struct OutputHead {
  std::string name;   // "projection", "pooler", "classifier", "lm_head"
  int width = 0;      // output features
  bool bias = false;
};

struct StackPreset {
  EncoderShape shape;    // original (unpruned) dimensions, name included
  int max_tokens = 0;    // > 0: the sequence length may be changed up to this value
  int vocab = 0;         // token-embedding rows (0 for vision stacks)
  int token_types = 0;   // BERT segment embeddings
  int patch_size = 0;    // > 0: a vision stack with a patch-embedding GEMM
  int image_size = 0;
  int channels = 3;
  bool patch_bias = false;
  bool class_token = false;
  bool pre_norm = false;           // CLIP's ln_pre after the patch embedding
  bool embed_norm = false;         // BERT's embedding LayerNorm
  bool learned_positions = true;   // false for RoPE (no position table)
  bool attention_bias = true;
  bool mlp_bias = true;
  NormKind norm = NormKind::LayerNorm;
  FfnStyle ffn_style = FfnStyle::Gelu;
  FinalNorm final_norm = FinalNorm::None;
  std::vector<OutputHead> heads_out;
};

struct ModelPreset {
  std::string id;
  std::string name;
  std::string accuracy_family;   // "clip-retrieval", "bert-mrpc", "vit-cifar10", "none"
  std::string source;
  std::vector<StackPreset> stacks;

  const StackPreset* stack(std::string_view stack_name) const;
};

const std::vector<ModelPreset>& model_presets();
// Throws InputError(where, ...) for an unknown id, listing the valid ones.
const ModelPreset& model_preset(std::string_view id, std::string_view where = "model.preset");
std::string_view default_model_preset_id();
ModelConfig unpruned_config(const ModelPreset& preset);
// Width of `eighths`/8 of the original (the reference framework prunes FFN and embedding in eighths).
int eighths_of(int original, int eighths);

}   // namespace cdse
