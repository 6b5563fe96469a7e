#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/io/resources.h"
#include "core/workload/model_preset.h"

using namespace cdse;

namespace {

EncoderShape shape(const char* name, int layers, int heads, int ffn, int embed, int tokens)
{
  EncoderShape s;
  s.name = name;
  s.layers = layers;
  s.heads = heads;
  s.ffn = ffn;
  s.embed = embed;
  s.tokens = tokens;
  return s;
}

ModelConfig clip(const char* preset, EncoderShape text, EncoderShape vision)
{
  return ModelConfig{preset, {std::move(text), std::move(vision)}};
}

ModelConfig clip_b16()
{
  return clip("clip-vit-b16", shape("text", 12, 8, 2048, 512, 77), shape("vision", 12, 12, 3072, 768, 197));
}
ModelConfig clip_b32()
{
  return clip("clip-vit-b32", shape("text", 12, 8, 2048, 512, 77), shape("vision", 12, 12, 3072, 768, 50));
}
ModelConfig clip_l14()
{
  return clip("clip-vit-l14", shape("text", 12, 12, 3072, 768, 77), shape("vision", 24, 16, 4096, 1024, 257));
}

// A random point of the reference framework's CLIP ViT-B/16 pruning space (CATransformers
// configurations.py, docs/references.md R2).
ModelConfig random_b16(std::mt19937& rng)
{
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  return clip("clip-vit-b16", shape("text", pick(6, 12), pick(4, 8), 256 * pick(4, 8), 64 * pick(4, 8), 77),
              shape("vision", pick(6, 12), pick(6, 12), 384 * pick(4, 8), 96 * pick(4, 8), 197));
}

// Lowers one knob of one encoder by at least one step (down to 1).
ModelConfig prune_one_knob(ModelConfig m, std::mt19937& rng)
{
  EncoderShape& e = m.encoders[std::uniform_int_distribution<int>(0, 1)(rng)];
  int* knobs[] = {&e.layers, &e.heads, &e.ffn, &e.embed};
  int& knob = *knobs[std::uniform_int_distribution<int>(0, 3)(rng)];
  knob = std::max(1, knob - std::uniform_int_distribution<int>(1, std::max(1, knob - 1))(rng));
  return m;
}

}   // namespace

TEST(BuiltinAccuracy, ReproducesPublishedClipRetrievalWithinOnePoint)
{
  const BuiltinAccuracyEstimator est;
  const auto b16 = est.estimate(clip_b16());
  const auto b32 = est.estimate(clip_b32());
  const auto l14 = est.estimate(clip_l14());
  ASSERT_TRUE(b16.available && b32.available && l14.available);
  EXPECT_NEAR(b16.value, 0.488, 0.01);
  EXPECT_NEAR(b32.value, 0.453, 0.01);
  EXPECT_NEAR(l14.value, 0.545, 0.01);
  EXPECT_EQ(b16.source, "estimate:clip-retrieval");
  EXPECT_NE(b16.metric.find("MSCOCO"), std::string::npos);
  // At a calibration point the band is the published tolerance only.
  EXPECT_NEAR(b16.high - b16.low, 0.02, 1e-9);
}

TEST(BuiltinAccuracy, OneScalingLawLinksThePresets)
{
  // The B/32 and L/14 values must also follow from the B/16 anchor: evaluate the B/32 and L/14
  // shapes under the B/16 preset (same law, different anchor).
  const BuiltinAccuracyEstimator est;
  ModelConfig b32_as_b16 = clip_b32();
  b32_as_b16.preset = "clip-vit-b16";
  ModelConfig l14_as_b16 = clip_l14();
  l14_as_b16.preset = "clip-vit-b16";
  EXPECT_NEAR(est.estimate(b32_as_b16).value, 0.4534, 0.002);
  EXPECT_NEAR(est.estimate(l14_as_b16).value, 0.5452, 0.002);
  EXPECT_GT(est.vision_exponent(), 0.0);
  EXPECT_GT(est.text_exponent(), 0.0);
}

TEST(BuiltinAccuracy, OpenaiSlopeLiesInsideTheSlopeUncertainty)
{
  // The openai B/16–B/32 pair is not used in the fit; its vision slope must fall inside the
  // documented relative uncertainty of the fitted one.
  const BuiltinAccuracyEstimator est;
  const auto cal = embedded_json("data/accuracy_calibration.json");
  const auto& check = cal["clip_retrieval"]["cross_checks"][0];
  const double u = cal["clip_retrieval"]["slope_relative_uncertainty"].get<double>();
  const double e16 = 1.0 - check["vision_b16_mean_r1"].get<double>();
  const double e32 = 1.0 - check["vision_b32_mean_r1"].get<double>();
  ModelConfig b32_as_b16 = clip_b32();
  b32_as_b16.preset = "clip-vit-b16";
  const double e16_est = 1.0 - est.estimate(clip_b16()).value;
  const double e32_est = 1.0 - est.estimate(b32_as_b16).value;
  const double fitted = std::log(e32_est / e16_est);
  const double openai = std::log(e32 / e16);
  EXPECT_GT(openai, fitted * (1.0 - u));
  EXPECT_LT(openai, fitted * (1.0 + u));
}

TEST(BuiltinAccuracy, PruningAnyKnobNeverRaisesValueOrBand)
{
  const BuiltinAccuracyEstimator est;
  std::mt19937 rng(12345);
  for (int i = 0; i < 20000; ++i) {
    const ModelConfig a = random_b16(rng);
    const ModelConfig b = prune_one_knob(a, rng);
    const auto ea = est.estimate_band(a);
    const auto eb = est.estimate_band(b);
    ASSERT_TRUE(ea.available && eb.available);
    ASSERT_LE(eb.value, ea.value + 1e-12) << "pair " << i;
    ASSERT_LE(eb.low, ea.low + 1e-12) << "pair " << i;
    ASSERT_LE(eb.high, ea.high + 1e-12) << "pair " << i;
    ASSERT_LE(eb.low, eb.value);
    ASSERT_GE(eb.high, eb.value);
  }
}

TEST(BuiltinAccuracy, DominatedConfigurationsNeverScoreHigher)
{
  const BuiltinAccuracyEstimator est;
  std::mt19937 rng(777);
  for (int i = 0; i < 20000; ++i) {
    const ModelConfig a = random_b16(rng);
    ModelConfig b = a;
    const int steps = std::uniform_int_distribution<int>(1, 6)(rng);
    for (int s = 0; s < steps; ++s)
      b = prune_one_knob(b, rng);
    ASSERT_LE(est.estimate_band(b).value, est.estimate_band(a).value + 1e-12) << "pair " << i;
  }
}

TEST(BuiltinAccuracy, ReturnsDiminishWithEveryKnob)
{
  // Equal steps of one knob (quarters of the unpruned value): each further step adds no more
  // than the previous one (concave).
  const BuiltinAccuracyEstimator est;
  for (int encoder = 0; encoder < 2; ++encoder) {
    for (int knob = 0; knob < 4; ++knob) {
      double previous_gain = 1e9;
      double previous_value = -1;
      for (int step = 1; step <= 4; ++step) {
        ModelConfig m = clip_b16();
        EncoderShape& e = m.encoders[encoder];
        int* knobs[] = {&e.layers, &e.heads, &e.ffn, &e.embed};
        ASSERT_EQ(*knobs[knob] % 4, 0);
        *knobs[knob] = *knobs[knob] / 4 * step;
        const double v = est.estimate_band(m).value;
        if (previous_value >= 0 && v > 0) {
          const double gain = v - previous_value;
          EXPECT_GT(gain, 0.0);
          EXPECT_LE(gain, previous_gain + 1e-12) << "encoder " << encoder << " knob " << knob;
          previous_gain = gain;
        }
        previous_value = v;
      }
    }
  }
}

TEST(BuiltinAccuracy, WeighsVisionAndTextSeparately)
{
  const BuiltinAccuracyEstimator est;
  const double full = est.estimate(clip_b16()).value;
  ModelConfig text_halved = clip_b16();
  text_halved.encoders[0].layers = 6;
  ModelConfig vision_halved = clip_b16();
  vision_halved.encoders[1].layers = 6;
  const double t = est.estimate(text_halved).value;
  const double v = est.estimate(vision_halved).value;
  EXPECT_LT(t, full);
  EXPECT_LT(v, full);
  // Same relative cut, different exponents: the two losses differ.
  EXPECT_GT(std::abs((full - t) - (full - v)), 1e-4);
}

TEST(BuiltinAccuracy, BandWidensWithPruningDistance)
{
  const BuiltinAccuracyEstimator est;
  double previous_width = 0;
  for (int layers = 12; layers >= 4; layers -= 2) {
    ModelConfig m = clip_b16();
    m.encoders[0].layers = layers;
    m.encoders[1].layers = layers;
    const auto b = est.estimate_band(m);
    const double width = b.high - b.low;
    EXPECT_GE(width, previous_width - 1e-12) << layers;
    previous_width = width;
  }
  EXPECT_GT(previous_width, 0.05);
}

TEST(BuiltinAccuracy, PublishedValuesForUnprunedBertAndVitOnly)
{
  const BuiltinAccuracyEstimator est;
  ModelConfig bert{"bert-base", {shape("encoder", 12, 12, 3072, 768, 512)}};
  const auto b = est.estimate(bert);
  ASSERT_TRUE(b.available);
  EXPECT_DOUBLE_EQ(b.value, 0.889);
  EXPECT_EQ(b.source, "published");
  EXPECT_NE(b.metric.find("MRPC"), std::string::npos);
  bert.encoders[0].layers = 10;
  const auto pruned = est.estimate(bert);
  EXPECT_FALSE(pruned.available);
  EXPECT_EQ(pruned.source, "none");

  ModelConfig vit{"vit-b16", {shape("vision", 12, 12, 3072, 768, 197)}};
  EXPECT_TRUE(est.estimate(vit).available);
  EXPECT_NE(est.estimate(vit).metric.find("CIFAR-10"), std::string::npos);
  vit.encoders[0].ffn = 1536;
  EXPECT_FALSE(est.estimate(vit).available);
}

TEST(BuiltinAccuracy, NoEstimateForLlamaUnknownPresetsOrBrokenShapes)
{
  const BuiltinAccuracyEstimator est;
  ModelConfig llama{"llama-3.1-8b", {shape("decoder", 32, 32, 14336, 4096, 2048)}};
  const auto l = est.estimate(llama);
  EXPECT_FALSE(l.available);
  EXPECT_EQ(l.source, "none");
  EXPECT_FALSE(est.estimate(ModelConfig{"my-model", {}}).available);
  ModelConfig broken = clip_b16();
  broken.encoders[1].layers = 0;
  EXPECT_FALSE(est.estimate(broken).available);
  ModelConfig missing_text = clip_b16();
  missing_text.encoders.erase(missing_text.encoders.begin());
  EXPECT_FALSE(est.estimate(missing_text).available);
}

TEST(BuiltinAccuracy, RejectsCalibrationThatContradictsMonotonicity)
{
  auto cal = embedded_json("data/accuracy_calibration.json");
  // Make the smaller-vision B/32 checkpoint better than B/16: more compute would lower accuracy.
  cal["clip_retrieval"]["points"][1]["image_retrieval_r1"] = 0.60;
  EXPECT_THROW(BuiltinAccuracyEstimator(cal, "cal.json"), InputError);
  auto typo = embedded_json("data/accuracy_calibration.json");
  typo["clip_retrieval"]["points"][0]["vision"]["layer"] = 12;
  try {
    BuiltinAccuracyEstimator bad(typo, "cal.json");
    FAIL() << "unknown key accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("clip_retrieval.points[0].vision"), std::string::npos) << e.what();
  }
}

TEST(BuiltinAccuracy, CalibrationShapesMatchTheModelPresets)
{
  // The calibration file records the architecture of each published checkpoint; it must be the
  // preset's unpruned shape, or the anchor would be off.
  const auto cal = embedded_json("data/accuracy_calibration.json");
  for (const auto& point : cal["clip_retrieval"]["points"]) {
    const ModelConfig m = unpruned_config(model_preset(point["preset"].get<std::string>()));
    for (const char* stack : {"text", "vision"}) {
      const EncoderShape* e = m.encoder(stack);
      ASSERT_NE(e, nullptr);
      const auto& s = point[stack];
      EXPECT_EQ(e->layers, s["layers"].get<int>()) << point["preset"] << " " << stack;
      EXPECT_EQ(e->heads, s["heads"].get<int>());
      EXPECT_EQ(e->ffn, s["ffn"].get<int>());
      EXPECT_EQ(e->embed, s["embed"].get<int>());
      EXPECT_EQ(e->tokens, s["tokens"].get<int>());
    }
  }
  for (const auto& fixed : cal["fixed_points"]) {
    const ModelConfig m = unpruned_config(model_preset(fixed["preset"].get<std::string>()));
    ASSERT_EQ(m.encoders.size(), 1u);
    EXPECT_EQ(m.encoders[0].name, fixed["encoder"]["name"].get<std::string>());
  }
}

TEST(BuiltinAccuracy, EveryPresetGetsWhatItsAccuracyFamilyPromises)
{
  const BuiltinAccuracyEstimator est;
  for (const ModelPreset& preset : model_presets()) {
    const auto e = est.estimate(unpruned_config(preset));
    if (preset.accuracy_family == "clip-retrieval") {
      EXPECT_EQ(e.source, "estimate:clip-retrieval") << preset.id;
    } else if (preset.accuracy_family == "bert-mrpc" || preset.accuracy_family == "vit-cifar10") {
      EXPECT_EQ(e.source, "published") << preset.id;
    } else {
      EXPECT_FALSE(e.available) << preset.id;
      EXPECT_EQ(e.source, "none") << preset.id;
    }
    EXPECT_EQ(e.available, e.source != "none");
  }
}

TEST(BuiltinAccuracy, PrunedReferenceResultLiesInsideTheBand)
{
  // CATransformers' evaluated pruned ViT-B/16 (see cross_checks[1] in the calibration file; the
  // configuration is inferred from its training script). Trained with distillation, it beats the
  // from-scratch scaling law: the central estimate is pessimistic, but the band must contain it.
  const BuiltinAccuracyEstimator est;
  const auto cal = embedded_json("data/accuracy_calibration.json");
  const auto& check = cal["clip_retrieval"]["cross_checks"][1];
  ModelConfig m = clip_b16();
  for (std::size_t i = 0; i < 2; ++i) {
    const auto& s = check[m.encoders[i].name];
    m.encoders[i].layers = s["layers"].get<int>();
    m.encoders[i].heads = s["heads"].get<int>();
    m.encoders[i].ffn = s["ffn"].get<int>();
    m.encoders[i].embed = s["embed"].get<int>();
  }
  const auto e = est.estimate(m);
  const double measured = check["mean_r1"].get<double>();
  EXPECT_LE(e.low, measured);
  EXPECT_GE(e.high, measured);
  EXPECT_LT(e.value, measured);
}
