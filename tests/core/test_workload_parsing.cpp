#include <gtest/gtest.h>

#include "core/io/input_error.h"
#include "core/workload/custom_workload.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_preset.h"

using namespace cdse;
using json::Json;

namespace {

std::string error_of(const std::function<void()>& f)
{
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}   // namespace

TEST(ModelConfigJson, PrunedStackOverridesOnlyGivenFields)
{
  const Json j = Json::parse(R"({"preset": "clip-vit-b16", "vision": {"layers": 8, "ffn": 1536}})");
  const ModelConfig c = parse_model_config(j, "model");
  EXPECT_EQ(c.encoder("vision")->layers, 8);
  EXPECT_EQ(c.encoder("vision")->ffn, 1536);
  EXPECT_EQ(c.encoder("vision")->embed, 768);
  EXPECT_EQ(c.encoder("text")->layers, 12);
}

TEST(ModelConfigJson, RoundTripsThroughJson)
{
  const Json j = Json::parse(
      R"({"preset": "llama-3.1-8b", "decoder": {"layers": 16, "heads": 16}, "sequence_length": 512})");
  const ModelConfig c = parse_model_config(j, "model");
  EXPECT_EQ(c.encoders[0].kv_heads, 8);
  EXPECT_EQ(c.encoders[0].tokens, 512);
  const ModelConfig again = parse_model_config(to_json(c), "model");
  EXPECT_EQ(again, c);
  EXPECT_EQ(model_key(again), model_key(c));
}

TEST(ModelConfigJson, KeysDistinguishConfigurations)
{
  ModelConfig a = unpruned_config(model_preset("clip-vit-b16"));
  ModelConfig b = a;
  b.encoders[0].ffn = 1024;
  EXPECT_NE(model_key(a), model_key(b));
}

TEST(ModelConfigJson, BadInputNamesTheField)
{
  EXPECT_EQ(error_of([] { parse_model_config(Json::parse(R"({"preset": "gpt-9"})"), "model"); }).substr(0, 13),
            "model.preset:");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "clip-vit-b16", "vision": {"layers": 0}})"), "model");
            }),
            "model.vision.layers: must be a positive integer, got 0");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "clip-vit-b16", "vision": {"layers": 1000000000}})"), "model");
            }).substr(0, 20),
            "model.vision.layers:");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "clip-vit-b16", "audio": {}})"), "model");
            }).substr(0, 12),
            "model.audio:");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "clip-vit-b16", "text": {"heads": "8"}})"), "model");
            }).substr(0, 17),
            "model.text.heads:");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "clip-vit-b16", "sequence_length": 10})"), "model");
            }).substr(0, 22),
            "model.sequence_length:");
  EXPECT_EQ(error_of([] {
              parse_model_config(Json::parse(R"({"preset": "llama-3.1-8b", "decoder": {"kv_heads": 5}})"), "model");
            }).substr(0, 23),
            "model.decoder.kv_heads:");
}

TEST(CustomWorkload, ParsesGemmsAndVectorOps)
{
  const Json j = Json::parse(R"({"name": "net", "parameters": 1000, "ops": [
      {"kind": "gemm", "name": "fc", "m": 128, "k": 512, "n": 256, "count": 4},
      {"kind": "gemm", "name": "attn", "m": 128, "k": 64, "n": 128, "b_source": "activations", "count": 16,
       "parallel_instances": 8},
      {"kind": "softmax", "name": "sm", "elements": 16384, "row_length": 128, "count": 2},
      {"kind": "gelu", "name": "act", "elements": 4096}]})");
  const Workload w = parse_custom_workload(j, "workload");
  ASSERT_EQ(w.ops.size(), 4u);
  EXPECT_EQ(w.ops[0].total_macs(), 4.0 * 128 * 512 * 256);
  EXPECT_EQ(w.ops[1].b_source, OperandSource::Activations);
  EXPECT_EQ(w.ops[1].parallel_instances, 8);
  EXPECT_EQ(w.ops[0].parallel_instances, 1);
  EXPECT_EQ(w.ops[2].row_length, 128);
  EXPECT_EQ(w.ops[3].count, 1);
  const Workload again = parse_custom_workload(to_json(w), "workload");
  EXPECT_EQ(again.ops.size(), w.ops.size());
  EXPECT_EQ(again.total_macs(), w.total_macs());
  EXPECT_EQ(again.ops[1].parallel_instances, 8);
}

TEST(CustomWorkload, BadOpsNameTheirPath)
{
  auto err = [](const char* text) { return error_of([text] { parse_custom_workload(Json::parse(text), "workload"); }); };
  EXPECT_EQ(
      err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 1, "k": 1, "n": 1}, {"kind": "gemm", "name": "b", "m": 4, "k": 0, "n": 2}]})"),
      "workload.ops[1].k: must be a positive integer, got 0");
  EXPECT_EQ(err(R"({"ops": [{"kind": "conv", "name": "a"}]})").substr(0, 21), "workload.ops[0].kind:");
  EXPECT_EQ(err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 1, "n": 1}]})"),
            "workload.ops[0].k: missing required field");
  EXPECT_EQ(err(R"({"ops": []})").substr(0, 13), "workload.ops:");
  EXPECT_EQ(err(R"({"ops": [{"kind": "softmax", "name": "s", "elements": 10, "row_length": 3}]})").substr(0, 27),
            "workload.ops[0].row_length:");
  EXPECT_EQ(err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 16777216, "k": 16777216, "n": 16777216}]})").substr(0, 16),
            "workload.ops[0]:");
  EXPECT_EQ(err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 1.5, "k": 1, "n": 1}]})").substr(0, 18),
            "workload.ops[0].m:");
  EXPECT_EQ(
      err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 1, "k": 1, "n": 1, "count": 12, "parallel_instances": 5}]})"),
      "workload.ops[0].parallel_instances: must divide count (12), got 5");
  EXPECT_EQ(
      err(R"({"ops": [{"kind": "gemm", "name": "a", "m": 1, "k": 1, "n": 1, "count": 2, "parallel_instances": 4}]})")
          .substr(0, 36),
      "workload.ops[0].parallel_instances: ");
}
