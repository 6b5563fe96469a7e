#include <gtest/gtest.h>

#include <map>

#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"

using namespace cdse;

namespace {

const Operator& find_op(const Workload& w, const std::string& name)
{
  for (const auto& op : w.ops)
    if (op.name == name)
      return op;
  throw std::runtime_error("no op " + name);
}

double stack_macs(const Workload& w, const std::string& prefix)
{
  double sum = 0;
  for (const auto& op : w.ops)
    if (op.name.rfind(prefix + ".", 0) == 0)
      sum += op.total_macs();
  return sum;
}

}   // namespace

TEST(WorkloadExpansion, ClipB16MacsMatchHandCount)
{
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  // Vision, by hand: patch 196·768·768 = 115,605,504; per layer Q,K,V 3·197·768·768 = 348,585,984,
  // Q·Kᵀ and P·V 2·197·197·64·12 = 59,610,624, out 116,195,328, FC1+FC2 2·197·768·3072 = 929,562,624
  // → 1,453,954,560 per layer × 12 = 17,447,454,720; projection 768·512 = 393,216.
  EXPECT_DOUBLE_EQ(stack_macs(w, "vision"), 115605504.0 + 17447454720.0 + 393216.0);
  // Text: per layer 60,555,264 + 6,071,296 + 20,185,088 + 161,480,704 = 248,292,352 × 12; proj 262,144.
  EXPECT_DOUBLE_EQ(stack_macs(w, "text"), 2979508224.0 + 262144.0);
}

TEST(WorkloadExpansion, AttentionMatmulsHaveTrueContractionSizes)
{
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  const Operator& qk = find_op(w, "vision.qk_matmul");
  EXPECT_EQ(qk.m, 197);
  EXPECT_EQ(qk.k, 64);   // T×64 · 64×T (CATransformers used T here)
  EXPECT_EQ(qk.n, 197);
  EXPECT_EQ(qk.count, 12 * 12);
  EXPECT_EQ(qk.parallel_instances, 12);   // the heads of one layer are independent
  EXPECT_EQ(qk.b_source, OperandSource::Activations);
  EXPECT_EQ(find_op(w, "vision.q_proj").parallel_instances, 1);   // layers run one after another
  const Operator& pv = find_op(w, "vision.pv_matmul");
  EXPECT_EQ(pv.m, 197);
  EXPECT_EQ(pv.k, 197);   // T×T · T×64
  EXPECT_EQ(pv.n, 64);
  EXPECT_EQ(pv.parallel_instances, 12);
  const Operator& sm = find_op(w, "text.softmax");
  EXPECT_EQ(sm.row_length, 77);
  EXPECT_EQ(sm.elements, 8 * 77 * 77);
}

TEST(WorkloadExpansion, LayersCountedExactlyOnce)
{
  // The reference (CATransformers) counted each CLIP encoder L+1 times.
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  for (const auto& op : w.ops) {
    if (op.group == "vision.layers" || op.group == "text.layers") {
      const bool per_head = op.name.find("_matmul") != std::string::npos;
      const std::int64_t heads = op.group == "vision.layers" ? 12 : 8;
      EXPECT_EQ(op.count, per_head ? 12 * heads : 12) << op.name;
    } else {
      EXPECT_EQ(op.count, 1) << op.name;
    }
  }
}

TEST(WorkloadExpansion, PrunedConfigurationChangesShapes)
{
  ModelConfig c = unpruned_config(model_preset("clip-vit-b16"));
  EncoderShape& v = c.encoders[1];
  v.layers = 6;
  v.heads = 6;
  v.ffn = eighths_of(3072, 4);
  v.embed = eighths_of(768, 5);
  EXPECT_EQ(v.ffn, 1536);
  EXPECT_EQ(v.embed, 480);
  const Workload w = expand_model(c);
  const Operator& q = find_op(w, "vision.q_proj");
  EXPECT_EQ(q.k, 480);
  EXPECT_EQ(q.n, 384);   // 6 heads × 64
  EXPECT_EQ(q.count, 6);
  EXPECT_EQ(find_op(w, "vision.fc1").n, 1536);
  EXPECT_EQ(find_op(w, "vision.projection").k, 480);
  // Per layer: QKV 3·197·480·384 + attention 2·197²·64·6 + out 197·384·480 + FFN 2·197·480·1536.
  const double per_layer = 3.0 * 197 * 480 * 384 + 2.0 * 197 * 197 * 64 * 6 + 197.0 * 384 * 480 + 2.0 * 197 * 480 * 1536;
  EXPECT_DOUBLE_EQ(stack_macs(w, "vision"), 196.0 * 768 * 480 + 6 * per_layer + 480.0 * 512);
}

TEST(WorkloadExpansion, ArbitraryWidthsAreAccepted)
{
  ModelConfig c = unpruned_config(model_preset("clip-vit-b16"));
  c.encoders[0].ffn = 1000;
  c.encoders[0].embed = 333;
  const Workload w = expand_model(c);
  EXPECT_EQ(find_op(w, "text.fc1").n, 1000);
  EXPECT_EQ(find_op(w, "text.fc2").k, 1000);
  EXPECT_EQ(find_op(w, "text.q_proj").k, 333);
}

TEST(WorkloadExpansion, ParameterCountsMatchPublishedSizes)
{
  // OpenCLIP ViT-B-16: 149.62 M parameters (OpenCLIP results table); Llama 3.1 8B: 8.03 B.
  EXPECT_NEAR(expand_model(unpruned_config(model_preset("clip-vit-b16"))).parameter_count, 149.62e6, 0.01e6);
  EXPECT_NEAR(expand_model(unpruned_config(model_preset("clip-vit-b32"))).parameter_count, 151.28e6, 0.01e6);
  EXPECT_NEAR(expand_model(unpruned_config(model_preset("clip-vit-l14"))).parameter_count, 427.62e6, 0.01e6);
  EXPECT_NEAR(static_cast<double>(expand_model(unpruned_config(model_preset("llama-3.1-8b"))).parameter_count), 8.03e9,
              0.005e9);
}

TEST(WorkloadExpansion, LlamaUsesGroupedQueryAttentionAndSwiGlu)
{
  const Workload w = expand_model(unpruned_config(model_preset("llama-3.1-8b")));
  EXPECT_EQ(find_op(w, "decoder.k_proj").n, 1024);   // 8 KV heads × 128
  EXPECT_EQ(find_op(w, "decoder.v_proj").n, 1024);
  EXPECT_EQ(find_op(w, "decoder.q_proj").n, 4096);
  EXPECT_EQ(find_op(w, "decoder.qk_matmul").k, 128);
  EXPECT_EQ(find_op(w, "decoder.qk_matmul").m, 2048);
  EXPECT_EQ(find_op(w, "decoder.gate_proj").n, 14336);
  EXPECT_EQ(find_op(w, "decoder.down_proj").k, 14336);
  EXPECT_EQ(find_op(w, "decoder.lm_head").m, 1);
  EXPECT_EQ(find_op(w, "decoder.lm_head").n, 128256);
}

TEST(WorkloadExpansion, EveryPresetExpands)
{
  for (const auto& p : model_presets()) {
    const Workload w = expand_model(unpruned_config(p));
    EXPECT_GT(w.total_macs(), 1e8) << p.id;
    EXPECT_GT(w.parameter_count, 0) << p.id;
    for (const auto& op : w.ops) {
      EXPECT_GT(op.count, 0) << op.name;
      if (op.kind == OpKind::Gemm)
        EXPECT_TRUE(op.m > 0 && op.k > 0 && op.n > 0) << op.name;
      else
        EXPECT_GT(op.elements, 0) << op.name;
    }
  }
}

TEST(WorkloadExpansion, ClipFinalNormsRunOnEveryToken)
{
  // OpenCLIP applies the vision tower's ln_post to all 197 tokens before pooling the CLS token
  // (final_ln_after_pool is false by default), and the text tower's ln_final to all 77 tokens.
  const Workload w = expand_model(unpruned_config(model_preset("clip-vit-b16")));
  const Operator& vision = find_op(w, "vision.ln_final");
  EXPECT_EQ(vision.elements, 197 * 768);
  EXPECT_EQ(vision.row_length, 768);
  const Operator& text = find_op(w, "text.ln_final");
  EXPECT_EQ(text.elements, 77 * 512);
  // The projections still run on the pooled token only.
  EXPECT_EQ(find_op(w, "vision.projection").m, 1);
}
