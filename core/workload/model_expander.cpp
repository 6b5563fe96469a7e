#include "core/workload/model_expander.h"

#include "core/io/input_error.h"
#include "core/workload/model_preset.h"

// Operator list of one Transformer stack, batch 1 (see docs/models/workloads.md):
//   [patch embedding GEMM] [+ position add] [embedding / pre norm]
//   per layer (count = layers, the real number — not layers + 1):
//     norm → Q, K, V projections (E → 64·H, E → 64·H_kv) → per-head Q·Kᵀ (T×d · d×T)
//     → softmax over rows of T → per-head P·V (T×T · T×d) → out projection (64·H → E) → residual add
//     → norm → FC1 (E → F) → GELU (or SwiGLU: gate and up E → F, SiLU, multiply) → FC2 (F → E) → add
//   final norm (on all T tokens or on one, per preset) → output heads on one token (CLS / EOT / last).
// Per-head GEMMs keep their true contraction sizes (k = head dim for Q·Kᵀ, k = T for P·V) and run
// `layers × heads` times, the heads of a layer independent of each other (parallel_instances = heads).
// CATransformers used the output width as the contraction size of these matmuls and ran each CLIP
// encoder L + 1 times; neither happens here (docs/references.md).

namespace cdse {
namespace {

struct Emitter {
  Workload& workload;
  std::string prefix;   // stack name

  void gemm(const char* name, const char* group, std::int64_t m, std::int64_t k, std::int64_t n, std::int64_t count,
            OperandSource b = OperandSource::Weights, std::int64_t parallel_instances = 1)
  {
    Operator op;
    op.name = prefix + "." + name;
    op.group = prefix + "." + group;
    op.kind = OpKind::Gemm;
    op.m = m;
    op.k = k;
    op.n = n;
    op.b_source = b;
    op.count = count;
    op.parallel_instances = parallel_instances;
    workload.ops.push_back(std::move(op));
  }
  void vector(const char* name, const char* group, OpKind kind, std::int64_t elements, std::int64_t row_length,
              std::int64_t count)
  {
    Operator op;
    op.name = prefix + "." + name;
    op.group = prefix + "." + group;
    op.kind = kind;
    op.elements = elements;
    op.row_length = row_length;
    op.count = count;
    workload.ops.push_back(std::move(op));
  }
};

std::int64_t norm_params(const StackPreset& sp, std::int64_t width)
{
  return sp.norm == NormKind::RmsNorm ? width : 2 * width;
}

void expand_stack(const StackPreset& sp, const EncoderShape& s, Workload& w)
{
  Emitter emit{w, s.name};
  const std::int64_t T = s.tokens, E = s.embed, F = s.ffn, L = s.layers, H = s.heads;
  const std::int64_t d = s.head_dim, A = s.attention_width(), Akv = s.kv_width();
  const OpKind norm = OpKind::LayerNorm;   // RMSNorm costs like LayerNorm on the vector core
  std::int64_t params = 0;

  // Embedding.
  if (sp.patch_size > 0) {
    const std::int64_t patches = sp.class_token ? T - 1 : T;
    const std::int64_t patch_k = static_cast<std::int64_t>(sp.channels) * sp.patch_size * sp.patch_size;
    emit.gemm("patch_embed", "embed", patches, patch_k, E, 1);
    params += patch_k * E + (sp.patch_bias ? E : 0) + (sp.class_token ? E : 0);
  } else {
    params += static_cast<std::int64_t>(sp.vocab) * E + static_cast<std::int64_t>(sp.token_types) * E;
  }
  if (sp.learned_positions) {
    emit.vector("position_add", "embed", OpKind::Add, T * E, 0, 1);
    params += T * E;
  }
  if (sp.pre_norm || sp.embed_norm) {
    emit.vector(sp.pre_norm ? "ln_pre" : "embed_norm", "embed", norm, T * E, E, 1);
    params += norm_params(sp, E);
  }

  // Encoder layers.
  const bool ab = sp.attention_bias, mb = sp.mlp_bias;
  emit.vector("ln_1", "layers", norm, T * E, E, L);
  emit.gemm("q_proj", "layers", T, E, A, L);
  emit.gemm("k_proj", "layers", T, E, Akv, L);
  emit.gemm("v_proj", "layers", T, E, Akv, L);
  emit.gemm("qk_matmul", "layers", T, d, T, L * H, OperandSource::Activations, H);
  emit.vector("softmax", "layers", OpKind::Softmax, H * T * T, T, L);
  emit.gemm("pv_matmul", "layers", T, T, d, L * H, OperandSource::Activations, H);
  emit.gemm("out_proj", "layers", T, A, E, L);
  emit.vector("residual_add_1", "layers", OpKind::Add, T * E, 0, L);
  emit.vector("ln_2", "layers", norm, T * E, E, L);
  std::int64_t layer_params = E * A + 2 * E * Akv + A * E + 2 * norm_params(sp, E);
  if (ab)
    layer_params += A + 2 * Akv + E;
  if (sp.ffn_style == FfnStyle::SwiGlu) {
    emit.gemm("gate_proj", "layers", T, E, F, L);
    emit.gemm("up_proj", "layers", T, E, F, L);
    emit.vector("silu", "layers", OpKind::Silu, T * F, 0, L);
    emit.vector("gate_mul", "layers", OpKind::Mul, T * F, 0, L);
    emit.gemm("down_proj", "layers", T, F, E, L);
    layer_params += 3 * E * F + (mb ? 2 * F + E : 0);
  } else {
    emit.gemm("fc1", "layers", T, E, F, L);
    emit.vector("gelu", "layers", OpKind::Gelu, T * F, 0, L);
    emit.gemm("fc2", "layers", T, F, E, L);
    layer_params += 2 * E * F + (mb ? F + E : 0);
  }
  emit.vector("residual_add_2", "layers", OpKind::Add, T * E, 0, L);
  params += L * layer_params;

  // Final norm (all tokens, e.g. OpenCLIP's ln_post and ln_final, or the pooled token only) and the
  // output heads (on one token: CLS, EOT or the last token).
  if (sp.final_norm != FinalNorm::None) {
    const std::int64_t rows = sp.final_norm == FinalNorm::All ? T : 1;
    emit.vector("ln_final", "head", norm, rows * E, E, 1);
    params += norm_params(sp, E);
  }
  std::int64_t in_width = E;
  for (const auto& head : sp.heads_out) {
    emit.gemm(head.name.c_str(), "head", 1, in_width, head.width, 1);
    params += in_width * head.width + (head.bias ? head.width : 0);
    in_width = head.width;
  }
  w.parameter_count += params;
}

}   // namespace

Workload expand_model(const ModelConfig& config)
{
  const ModelPreset& preset = model_preset(config.preset);
  if (config.encoders.size() != preset.stacks.size())
    throw InputError("model", "preset '" + preset.id + "' has " + std::to_string(preset.stacks.size()) +
                                  " stacks, the configuration has " + std::to_string(config.encoders.size()));
  Workload w;
  w.name = preset.name;
  w.ops.reserve(24 * preset.stacks.size());
  for (std::size_t i = 0; i < preset.stacks.size(); ++i) {
    const EncoderShape& s = config.encoders[i];
    if (s.name != preset.stacks[i].shape.name)
      throw InputError("model", "stack " + std::to_string(i) + " should be '" + preset.stacks[i].shape.name + "'");
    if (s.layers < 1 || s.heads < 1 || s.ffn < 1 || s.embed < 1 || s.tokens < 1 || s.head_dim < 1)
      throw InputError("model." + s.name, "every dimension must be a positive integer");
    const std::int64_t parameters_before = w.parameter_count;
    expand_stack(preset.stacks[i], s, w);
    w.parts.push_back({s.name, w.ops.size(), w.parameter_count - parameters_before});
  }
  return w;
}

}   // namespace cdse
