#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/accuracy/external_evaluator.h"
#include "core/workload/model_preset.h"

using namespace cdse;

namespace {

const std::string k_evaluators = std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/evaluators";

std::string error_of(const char* spec_text, const std::string& base_dir = "")
{
  try {
    make_accuracy_source(json::Json::parse(spec_text), "scenario.accuracy", base_dir);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}   // namespace

TEST(AccuracySourceFactory, BuildsTheBuiltinEstimate)
{
  const auto source = make_accuracy_source(json::Json::parse(R"({"kind": "builtin"})"), "accuracy", "");
  EXPECT_EQ(source->name(), "built-in estimate");
  EXPECT_FALSE(source->is_expensive());
  EXPECT_NEAR(source->estimate(unpruned_config(model_preset("clip-vit-b16"))).value, 0.488, 0.01);
}

TEST(AccuracySourceFactory, MeasuredTableResolvesRelativeToTheScenario)
{
  const auto dir = std::filesystem::temp_directory_path() / ("cdse_factory_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "acc.csv") << "preset,text_layers,accuracy\nclip-vit-b16,8,0.40\n";
  const auto source = make_accuracy_source(
      json::Json::parse(R"({"kind": "measured", "file": "acc.csv", "fallback": "builtin"})"), "accuracy", dir.string());
  ModelConfig m = unpruned_config(model_preset("clip-vit-b16"));
  m.encoders[0].layers = 8;
  EXPECT_EQ(source->estimate(m).source, "measured");
  m.encoders[0].layers = 9;
  EXPECT_EQ(source->estimate(m).source, "estimate:clip-retrieval");
  std::filesystem::remove_all(dir);
}

TEST(AccuracySourceFactory, ExternalCommandRunsInTheScenarioFolder)
{
  const auto source = make_accuracy_source(
      json::Json::parse(R"({"kind": "external", "command": ["python3", "fake_finetune.py"], "timeout_s": 60})"),
      "accuracy", k_evaluators);
  EXPECT_TRUE(source->is_expensive());
  const auto e = source->estimate(unpruned_config(model_preset("vit-b16")));
  EXPECT_TRUE(e.available);
  EXPECT_EQ(e.source, "external");
  EXPECT_NEAR(e.value, 0.5, 1e-9);   // fake_finetune.py: 0.2 + 0.3 × (all knobs at ViT-B size)
  const auto* external = dynamic_cast<const ExternalEvaluator*>(source.get());
  ASSERT_NE(external, nullptr);
  EXPECT_EQ(external->options().timeout_s, 60.0);
}

TEST(AccuracySourceFactory, ErrorsNameTheJsonPath)
{
  EXPECT_NE(error_of(R"({"kind": "oracle"})").find("scenario.accuracy.kind"), std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "builtin", "calibraton": 1})").find("calibraton"), std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "command": "python3 x.py"})").find("scenario.accuracy.command"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "command": []})").find("scenario.accuracy.command"), std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "command": ["python3", 3]})").find("scenario.accuracy.command[1]"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "command": ["x"], "timeout_s": -5})").find("scenario.accuracy.timeout_s"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "measured", "file": "x.csv", "fallback": "guess"})").find("scenario.accuracy.fallback"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "measured", "file": "no_such_table.csv"})", "/nonexistent").find("no_such_table.csv"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "measured"})").find("file"), std::string::npos);
  EXPECT_NE(error_of(R"(["builtin"])").find("scenario.accuracy"), std::string::npos);
}


TEST(AccuracySourceFactory, EverySourceAnswersBatches)
{
  const auto builtin = make_accuracy_source(json::Json::parse(R"({"kind": "builtin"})"), "accuracy", "");
  ModelConfig a = unpruned_config(model_preset("clip-vit-b16"));
  ModelConfig b = a;
  b.encoders[1].layers = 6;
  const auto results = builtin->estimate_batch({a, b, a}, 4);
  ASSERT_EQ(results.size(), 3u);
  EXPECT_DOUBLE_EQ(results[0].value, builtin->estimate(a).value);
  EXPECT_DOUBLE_EQ(results[1].value, builtin->estimate(b).value);
  EXPECT_DOUBLE_EQ(results[2].value, results[0].value);
}
