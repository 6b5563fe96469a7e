#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

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

// ---- The per-knob form (issue 17 item 1; docs/models/accuracy.md section 1) ----

namespace {

// The reference framework's CLIP ViT-B/16 pruning space (CATransformers configurations.py): every
// value of each knob of one encoder.
struct KnobGrid {
  std::vector<int> layers, heads, ffn, embed;
};
KnobGrid text_grid()
{
  return {{6, 7, 8, 9, 10, 11, 12}, {4, 5, 6, 7, 8}, {1024, 1280, 1536, 1792, 2048}, {256, 320, 384, 448, 512}};
}
KnobGrid vision_grid()
{
  return {{6, 7, 8, 9, 10, 11, 12}, {6, 7, 8, 9, 10, 11, 12}, {1536, 1920, 2304, 2688, 3072}, {384, 480, 576, 672, 768}};
}

std::vector<EncoderShape> all_shapes(const char* name, const KnobGrid& g, int tokens)
{
  std::vector<EncoderShape> out;
  for (int l : g.layers)
    for (int h : g.heads)
      for (int f : g.ffn)
        for (int e : g.embed)
          out.push_back(shape(name, l, h, f, e, tokens));
  return out;
}

ModelConfig pruned_reference_model(const json::Json& check)
{
  ModelConfig m = clip_b16();
  for (auto& e : m.encoders) {
    const auto& s = check[e.name];
    e.layers = s["layers"].get<int>();
    e.heads = s["heads"].get<int>();
    e.ffn = s["ffn"].get<int>();
    e.embed = s["embed"].get<int>();
  }
  return m;
}

double published_mean(const json::Json& point)
{
  return 0.5 * (point["image_retrieval_r1"].get<double>() + point["text_retrieval_r1"].get<double>());
}

}   // namespace

TEST(BuiltinAccuracyPerKnob, IsTheDefaultFormAndEveryExponentIsPositive)
{
  const BuiltinAccuracyEstimator est;
  EXPECT_EQ(est.form(), BuiltinAccuracyEstimator::Form::PerKnob);
  for (const bool vision : {false, true}) {
    const auto& s = est.knob_exponents(vision);
    for (double v : {s.layers, s.heads, s.ffn, s.embed, s.tokens})
      EXPECT_GT(v, 0.0) << (vision ? "vision" : "text");
  }
  // The reference framework's per-unit measurements make a head weigh more than its compute share
  // in both encoders (compute form: heads 0.35–0.36 of the attention + FFN weight).
  EXPECT_GT(est.knob_exponents(false).heads, est.knob_exponents(false).ffn);
  EXPECT_GT(est.knob_exponents(true).heads / (est.knob_exponents(true).heads + est.knob_exponents(true).ffn), 0.4);
}

TEST(BuiltinAccuracyPerKnob, UnprunedCheckpointsAreExact)
{
  const BuiltinAccuracyEstimator est;
  const auto cal = embedded_json("data/accuracy_calibration.json");
  for (const auto& point : cal["clip_retrieval"]["points"]) {
    const ModelConfig m = unpruned_config(model_preset(point["preset"].get<std::string>()));
    const auto e = est.estimate_band(m);
    ASSERT_TRUE(e.available);
    EXPECT_NEAR(e.value, published_mean(point), 1e-12) << point["preset"];
    for (const auto& s : m.encoders)
      EXPECT_EQ(est.stack_log_error(m.preset, s), 0.0) << point["preset"] << " " << s.name;
  }
}

TEST(BuiltinAccuracyPerKnob, MonotoneInEveryKnobOverTheWholeReferenceGrid)
{
  // Brute force over all 1,071,875 models of the reference space: raising any one knob of either
  // encoder by one step never lowers the value or either end of the band.
  const BuiltinAccuracyEstimator est;
  const KnobGrid grids[2] = {text_grid(), vision_grid()};
  const auto texts = all_shapes("text", grids[0], 77);
  const auto visions = all_shapes("vision", grids[1], 197);
  // Per stack, the term must fall with every knob (separability makes this sufficient for the
  // value); checked on every stack configuration.
  for (int s = 0; s < 2; ++s) {
    const auto& shapes = s == 0 ? texts : visions;
    for (const EncoderShape& a : shapes) {
      const double term = est.stack_log_error("clip-vit-b16", a);
      ASSERT_TRUE(std::isfinite(term));
      for (int knob = 0; knob < 4; ++knob) {
        EncoderShape b = a;
        int* values[] = {&b.layers, &b.heads, &b.ffn, &b.embed};
        const std::vector<int>* steps[] = {&grids[s].layers, &grids[s].heads, &grids[s].ffn, &grids[s].embed};
        const auto it = std::find(steps[knob]->begin(), steps[knob]->end(), *values[knob]);
        ASSERT_NE(it, steps[knob]->end());
        if (it + 1 == steps[knob]->end())
          continue;
        *values[knob] = *(it + 1);
        ASSERT_LT(est.stack_log_error("clip-vit-b16", b), term) << a.name << " knob " << knob;
      }
    }
  }
  // And the whole models, value and band, one knob up at a time.
  std::size_t checked = 0;
  // The next configuration up in each knob (embed, ffn, heads, layers) sits at a fixed offset in
  // all_shapes' order.
  const std::size_t text_strides[] = {1, 5, 25, 25 * grids[0].heads.size()};
  const std::size_t vision_strides[] = {1, 5, 25, 25 * grids[1].heads.size()};
  ModelConfig m{"clip-vit-b16", {texts[0], visions[0]}};
  for (std::size_t t = 0; t < texts.size(); ++t) {
    for (std::size_t v = 0; v < visions.size(); ++v) {
      m.encoders[0] = texts[t];
      m.encoders[1] = visions[v];
      const AccuracyBand a = est.estimate_band(m);
      ASSERT_TRUE(a.available);
      ASSERT_LE(a.low, a.value);
      ASSERT_GE(a.high, a.value);
      for (std::size_t s = 0; s < 2; ++s) {
        const std::size_t index = s == 0 ? t : v;
        const auto& shapes = s == 0 ? texts : visions;
        const std::size_t* strides = s == 0 ? text_strides : vision_strides;
        const std::size_t sizes[] = {5, 5, grids[s].heads.size(), 7};
        for (int knob = 0; knob < 4; ++knob) {
          if ((index / strides[knob]) % sizes[knob] + 1 == sizes[knob])
            continue;
          m.encoders[s] = shapes[index + strides[knob]];
          const AccuracyBand b = est.estimate_band(m);
          m.encoders[s] = shapes[index];
          ASSERT_GT(b.value, a.value);
          ASSERT_GE(b.low, a.low);
          ASSERT_GE(b.high, a.high);
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 7'000'000u);
}

TEST(BuiltinAccuracyPerKnob, SeparableIntoATextAndAVisionTerm)
{
  // ln(1 − a) − term_text − term_vision = ln error_p over random designs of the reference space.
  const BuiltinAccuracyEstimator est;
  const double ln_error_p = std::log(1.0 - est.estimate_band(clip_b16()).value);
  std::mt19937 rng(4242);
  for (int i = 0; i < 20000; ++i) {
    const ModelConfig m = random_b16(rng);
    const double a = est.estimate_band(m).value;
    const double rest = std::log(1.0 - a) - est.stack_log_error(m.preset, m.encoders[0]) -
                        est.stack_log_error(m.preset, m.encoders[1]);
    ASSERT_NEAR(rest, ln_error_p, 1e-12) << "design " << i;
  }
}

TEST(BuiltinAccuracyPerKnob, BandCoversEveryCalibrationAndHeldOutPoint)
{
  const BuiltinAccuracyEstimator est;
  const auto cal = embedded_json("data/accuracy_calibration.json");
  const auto& clip = cal["clip_retrieval"];
  const double u = clip["per_knob"]["slope_relative_uncertainty"].get<double>();
  const double tol = clip["calibration_tolerance"].get<double>();
  // Used: each checkpoint as its own preset, and the B/32 and L/14 shapes under the B/16 anchor.
  for (const auto& point : clip["points"]) {
    const double published = published_mean(point);
    const std::string preset = point["preset"].get<std::string>();
    ModelConfig m = unpruned_config(model_preset(preset));
    for (const std::string& anchor : {preset, std::string("clip-vit-b16")}) {
      m.preset = anchor;
      const auto b = est.estimate_band(m);
      EXPECT_LE(b.low, published) << point["preset"] << " under " << anchor;
      EXPECT_GE(b.high, published) << point["preset"] << " under " << anchor;
    }
  }
  // Held out: the openai B/32, from the openai B/16 value with the fitted B/16→B/32 slope and its
  // band (same law, the openai checkpoint as anchor).
  {
    const auto& check = clip["cross_checks"][0];
    ModelConfig b32_as_b16 = clip_b32();
    b32_as_b16.preset = "clip-vit-b16";
    const double s = -est.stack_log_error("clip-vit-b16", b32_as_b16.encoders[1]);   // < 0: fewer tokens
    const double e16 = 1.0 - check["vision_b16_mean_r1"].get<double>();
    const double published = check["vision_b32_mean_r1"].get<double>();
    const double steep = 1.0 - e16 * std::exp(-s * (1.0 + u)), shallow = 1.0 - e16 * std::exp(-s * (1.0 - u));
    EXPECT_LE(std::min(steep, shallow) - tol, published);
    EXPECT_GE(std::max(steep, shallow) + tol, published);
  }
  // Held out: the reference framework's pruned, distilled CarbonCLIP ViT-B/16.
  {
    const auto& check = clip["cross_checks"][1];
    const auto b = est.estimate_band(pruned_reference_model(check));
    EXPECT_LE(b.low, check["mean_r1"].get<double>());
    EXPECT_GE(b.high, check["mean_r1"].get<double>());
  }
  // Used and held out: the per-unit measurements (one head or one FFN eighth removed, averaged over
  // the units of even or odd layers), as the law's value for that fraction of the knob kept.
  const auto& split = clip["per_knob"]["head_ffn_split"];
  const double baseline = split["baseline_mean_r1"].get<double>();
  for (const bool vision : {false, true}) {
    const auto& s = est.knob_exponents(vision);
    for (const char* knob : {"heads", "ffn"}) {
      const auto& item = split[vision ? "vision" : "text"][knob];
      const double n = item["units"].get<double>();
      const double exponent = std::string(knob) == "heads" ? s.heads : s.ffn;
      const double ln_step = std::log(n / (n - 1.0));
      const double low = 1.0 - (1.0 - baseline) * std::exp(exponent * (1.0 + u) * ln_step) - tol;
      const double high = 1.0 - (1.0 - baseline) * std::exp(exponent * (1.0 - u) * ln_step) + tol;
      for (const char* part : {"fit_mean_r1", "held_out_mean_r1"}) {
        EXPECT_LE(low, item[part].get<double>()) << knob << " " << part;
        EXPECT_GE(high, item[part].get<double>()) << knob << " " << part;
      }
    }
  }
}

TEST(BuiltinAccuracyPerKnob, HeldOutHalfOfTheUnitMeasurementsSplitsWithinTheSlopeUncertainty)
{
  // The heads/FFN split fitted on even layers, recomputed from odd layers: each knob's weight must
  // stay within the per-knob slope uncertainty, or the band would not cover the held-out half.
  const auto cal = embedded_json("data/accuracy_calibration.json");
  const auto& per_knob = cal["clip_retrieval"]["per_knob"];
  const double u = per_knob["slope_relative_uncertainty"].get<double>();
  const auto& split = per_knob["head_ffn_split"];
  const double baseline = split["baseline_mean_r1"].get<double>();
  const auto sensitivity = [&](const json::Json& item, const char* part) {
    const double n = item["units"].get<double>();
    return std::log((1.0 - item[part].get<double>()) / (1.0 - baseline)) / std::log(n / (n - 1.0));
  };
  for (const char* stack : {"text", "vision"}) {
    const auto& units = split[stack];
    const double fit = sensitivity(units["heads"], "fit_mean_r1") / sensitivity(units["ffn"], "fit_mean_r1");
    const double held = sensitivity(units["heads"], "held_out_mean_r1") / sensitivity(units["ffn"], "held_out_mean_r1");
    const double heads_ratio = (held / (1.0 + held)) / (fit / (1.0 + fit));
    const double ffn_ratio = (1.0 / (1.0 + held)) / (1.0 / (1.0 + fit));
    EXPECT_GT(heads_ratio, 1.0 - u) << stack;
    EXPECT_LT(heads_ratio, 1.0 + u) << stack;
    EXPECT_GT(ffn_ratio, 1.0 - u) << stack;
    EXPECT_LT(ffn_ratio, 1.0 + u) << stack;
  }
}

TEST(BuiltinAccuracyPerKnob, TellsTheKnobsApart)
{
  // Same fraction kept (a half), different knobs, different losses; a head is worth more than its
  // compute share, so halving the text heads costs more than halving the text FFN.
  const BuiltinAccuracyEstimator est;
  const auto value = [&](int encoder, int knob) {
    ModelConfig m = clip_b16();
    EncoderShape& e = m.encoders[static_cast<std::size_t>(encoder)];
    int* knobs[] = {&e.layers, &e.heads, &e.ffn, &e.embed};
    *knobs[knob] /= 2;
    return est.estimate_band(m).value;
  };
  for (int encoder = 0; encoder < 2; ++encoder)
    for (int a = 0; a < 4; ++a)
      for (int b = a + 1; b < 4; ++b)
        EXPECT_GT(std::abs(value(encoder, a) - value(encoder, b)), 1e-4) << encoder << " " << a << " " << b;
  EXPECT_LT(value(0, 1), value(0, 2));
}

TEST(BuiltinAccuracyPerKnob, ComputeFormStaysSelectableAndUnchanged)
{
  auto cal = embedded_json("data/accuracy_calibration.json");
  cal["clip_retrieval"]["form"] = "compute";
  const BuiltinAccuracyEstimator est(cal, "cal.json");
  EXPECT_EQ(est.form(), BuiltinAccuracyEstimator::Form::Compute);
  EXPECT_NEAR(est.vision_exponent(), 0.0466, 5e-5);
  EXPECT_NEAR(est.text_exponent(), 0.0584, 5e-5);
  // The values documented for the compute form: CarbonCLIP 0.465 (band 0.443–0.487), smallest
  // point of the reference space 0.365 (0.283–0.440).
  const auto pruned = est.estimate_band(pruned_reference_model(cal["clip_retrieval"]["cross_checks"][1]));
  EXPECT_NEAR(pruned.value, 0.4651, 5e-4);
  EXPECT_NEAR(pruned.low, 0.4433, 5e-4);
  EXPECT_NEAR(pruned.high, 0.4867, 5e-4);
  const ModelConfig smallest = clip("clip-vit-b16", shape("text", 6, 4, 1024, 256, 77),
                                    shape("vision", 6, 6, 1536, 384, 197));
  EXPECT_NEAR(est.estimate_band(smallest).value, 0.3652, 5e-4);
  // Still separable, per stack through the FLOPs.
  ModelConfig m = smallest;
  const double rest = std::log(1.0 - est.estimate_band(m).value) - est.stack_log_error(m.preset, m.encoders[0]) -
                      est.stack_log_error(m.preset, m.encoders[1]);
  EXPECT_NEAR(rest, std::log(1.0 - 0.4880), 1e-12);
}

TEST(BuiltinAccuracyPerKnob, BadCalibrationIsRefusedNamingTheField)
{
  const auto expect_refused = [](const json::Json& cal, const std::string& field) {
    try {
      BuiltinAccuracyEstimator bad(cal, "cal.json");
      FAIL() << "accepted; expected an error naming " << field;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(field), std::string::npos) << e.what();
    }
  };
  auto form = embedded_json("data/accuracy_calibration.json");
  form["clip_retrieval"]["form"] = "per-knob";
  expect_refused(form, "cal.json.clip_retrieval.form");
  auto missing = embedded_json("data/accuracy_calibration.json");
  missing["clip_retrieval"].erase("per_knob");
  expect_refused(missing, "per_knob");
  auto gain = embedded_json("data/accuracy_calibration.json");
  gain["clip_retrieval"]["per_knob"]["head_ffn_split"]["text"]["ffn"]["fit_mean_r1"] = 0.4900;
  expect_refused(gain, "cal.json.clip_retrieval.per_knob.head_ffn_split.text.ffn.fit_mean_r1");
  auto typo = embedded_json("data/accuracy_calibration.json");
  typo["clip_retrieval"]["per_knob"]["head_ffn_split"]["vision"]["head"] = 1;
  expect_refused(typo, "cal.json.clip_retrieval.per_knob.head_ffn_split.vision");
  auto wide = embedded_json("data/accuracy_calibration.json");
  wide["clip_retrieval"]["per_knob"]["slope_relative_uncertainty"] = 1.5;
  expect_refused(wide, "slope_relative_uncertainty");
}
