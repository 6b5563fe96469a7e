// The shipped example (resources/examples/): a measured accuracy table built from published numbers
// only, and a scenario that uses it (docs/tutorial-measured-accuracy.md). Every row parses and says
// where its value comes from; the table gives back each published value as "measured" and
// interpolates between them with a band that holds its value; the built-in estimate's band holds
// every published value (the tutorial says so); and the CLI runs the scenario.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/accuracy/measured_accuracy_table.h"
#include "core/workload/model_config_json.h"

using cdse::test::run_cli;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string k_examples = std::string(CARBONDSE_SOURCE_DIR) + "/resources/examples/";
const std::string k_table = k_examples + "carbonclip-published-accuracy.json";
const std::string k_scenario = k_examples + "measured-carbonclip.json";

Json read_json(const std::string& path)
{
  std::ifstream in(path);
  return Json::parse(in);
}

std::shared_ptr<const cdse::AccuracySource> builtin()
{
  static const auto estimator = std::make_shared<const cdse::BuiltinAccuracyEstimator>();
  return estimator;
}

struct Published {
  double mean = 0, low = 1, high = 0;
  int count = 0;
  cdse::ModelConfig model;
};

// The table's rows grouped by configuration, as the table should average them.
std::map<std::string, Published> published_by_configuration()
{
  std::map<std::string, Published> out;
  const Json rows = read_json(k_table)["rows"];
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const cdse::ModelConfig model = cdse::parse_model_config(rows[i]["model"], "rows[" + std::to_string(i) + "].model");
    const double value = rows[i]["accuracy"].get<double>();
    Published& p = out[cdse::model_key(model)];
    p.model = model;
    p.mean += value;
    p.low = std::min(p.low, value);
    p.high = std::max(p.high, value);
    ++p.count;
  }
  for (auto& [key, p] : out)
    p.mean /= p.count;
  return out;
}

cdse::ModelConfig model_from(const char* text) { return cdse::parse_model_config(Json::parse(text), "test model"); }

}   // namespace

TEST(ExampleMeasuredAccuracy, EveryRowParsesAndNamesItsSource)
{
  const Json table = read_json(k_table);
  ASSERT_TRUE(table.contains("metric"));
  EXPECT_NE(table["metric"].get<std::string>().find("MSCOCO"), std::string::npos);
  const Json& rows = table["rows"];
  ASSERT_EQ(rows.size(), 6u);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    SCOPED_TRACE("row " + std::to_string(i));
    const std::string note = rows[i]["note"].get<std::string>();
    std::string lower = note;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    EXPECT_NE(lower.find("table"), std::string::npos) << "a row must name the table it comes from: " << note;
    // The note quotes the value the row holds (as the paper prints it).
    std::ostringstream value;
    value << rows[i]["accuracy"].get<double>();
    EXPECT_NE(note.find(value.str()), std::string::npos) << "note does not quote " << value.str() << ": " << note;
    EXPECT_EQ(rows[i]["model"]["preset"], "clip-vit-b16");
  }
  // Loads as the program loads it: every row checked, five distinct configurations for the GP.
  const auto loaded = cdse::MeasuredAccuracyTable::from_file(k_table, builtin());
  EXPECT_EQ(loaded->measured_configurations(), 5u);
  EXPECT_TRUE(loaded->interpolates("clip-vit-b16"));
}

TEST(ExampleMeasuredAccuracy, PublishedRowsComeBackMeasuredWithTheirValue)
{
  const auto table = cdse::MeasuredAccuracyTable::from_file(k_table, builtin());
  const auto published = published_by_configuration();
  ASSERT_EQ(published.size(), 5u);
  for (const auto& [key, p] : published) {
    SCOPED_TRACE(key);
    const cdse::AccuracyEstimate e = table->estimate(p.model);
    ASSERT_TRUE(e.available);
    EXPECT_EQ(e.source, "measured");
    EXPECT_DOUBLE_EQ(e.value, p.mean);
    EXPECT_DOUBLE_EQ(e.low, p.low);
    EXPECT_DOUBLE_EQ(e.high, p.high);
    EXPECT_NE(e.metric.find("MSCOCO"), std::string::npos);
  }
  // The unpruned model has two published values (CATransformers 0.49, OpenCLIP 0.488): averaged.
  const auto unpruned = table->estimate(model_from(R"({"preset": "clip-vit-b16"})"));
  EXPECT_EQ(unpruned.source, "measured");
  EXPECT_NEAR(unpruned.value, 0.489, 1e-12);
  EXPECT_DOUBLE_EQ(unpruned.low, 0.488);
  EXPECT_DOUBLE_EQ(unpruned.high, 0.49);
}

TEST(ExampleMeasuredAccuracy, InBetweenConfigurationIsInterpolatedWithItsBand)
{
  const auto table = cdse::MeasuredAccuracyTable::from_file(k_table, builtin());
  // Between CarbonCLIP-M/L and the unpruned model in every knob (the tutorial's "between.json").
  const auto e = table->estimate(model_from(R"({"preset": "clip-vit-b16",
      "text": {"layers": 10, "heads": 6, "ffn": 1792, "embed": 512},
      "vision": {"layers": 10, "heads": 8, "ffn": 2688, "embed": 768}})"));
  ASSERT_TRUE(e.available);
  EXPECT_EQ(e.source, "interpolated");
  EXPECT_LE(e.low, e.value);
  EXPECT_LE(e.value, e.high);
  EXPECT_LT(e.low, e.high) << "an interpolated value has a band";
  EXPECT_GE(e.low, 0.0);
  EXPECT_LE(e.high, 1.0);
  // Between the smallest (0.41) and largest (0.49) published values, give or take its band.
  EXPECT_GT(e.high, 0.41);
  EXPECT_LT(e.low, 0.49);

  // The table holds ViT-B/16 rows only: a ViT-B/32 model is outside it and goes to the fallback
  // (the built-in estimate), labelled as such.
  const auto outside = table->estimate(model_from(R"({"preset": "clip-vit-b32"})"));
  ASSERT_TRUE(outside.available);
  EXPECT_EQ(outside.source, "estimate:clip-retrieval");
}

TEST(ExampleMeasuredAccuracy, BuiltinEstimateBandHoldsEveryPublishedValue)
{
  const cdse::BuiltinAccuracyEstimator estimator;
  for (const auto& [key, p] : published_by_configuration()) {
    const cdse::AccuracyEstimate e = estimator.estimate(p.model);
    ASSERT_TRUE(e.available) << key;
    std::printf("%s\n  published %.4f (%.3f-%.3f)  built-in estimate %.4f, band %.4f-%.4f\n", key.c_str(), p.mean, p.low,
                p.high, e.value, e.low, e.high);
    // The paper prints two decimals: a value of 0.49 is anything in [0.485, 0.495], and the band
    // must reach that interval (the example file's description states the rounding).
    constexpr double k_rounding = 0.005;
    EXPECT_LE(e.low, p.low + k_rounding) << key << ": the published value is below the built-in band";
    EXPECT_GE(e.high, p.high - k_rounding) << key << ": the published value is above the built-in band";
  }
}

TEST(ExampleMeasuredAccuracy, CliEvaluatesAndSearchesTheExampleScenario)
{
  const fs::path dir = fs::path(::testing::TempDir()) / ("example_measured_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  // CarbonCLIP-M on the accelerator the paper paired it with ({1, 256, 4, 64, 128, 2}).
  std::ofstream(dir / "carbonclip-m.json") << R"({"model": {"preset": "clip-vit-b16",
      "text": {"layers": 8, "heads": 6, "ffn": 1536, "embed": 512},
      "vision": {"layers": 9, "heads": 6, "ffn": 2304, "embed": 672}},
    "hardware": {"clusters": 1, "pe_width": 256, "pe_depth": 4, "l2_kb": 64, "l2_bw_words": 128, "glb_mb": 2}})";
  const auto evaluated = run_cli({"evaluate", "--scenario", k_scenario, (dir / "carbonclip-m.json").string()});
  ASSERT_EQ(evaluated.exit_code, 0) << evaluated.err;
  const Json design = Json::parse(evaluated.out);
  EXPECT_EQ(design["accuracy_source"], "measured");
  EXPECT_DOUBLE_EQ(design["accuracy"].get<double>(), 0.44);

  const std::string journal = (dir / "run.jsonl").string();
  const auto search = run_cli({"search", "--scenario", k_scenario, "--algorithm", "nsga2", "--budget", "120", "--threads",
                               "1", "--quiet", "--journal", journal, "--force"});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const Json result = Json::parse(search.out);
  EXPECT_EQ(result["evaluations"], 120);
  ASSERT_FALSE(result["pareto"].empty());
  const std::set<std::string> table_words = {"measured", "interpolated"};
  for (const Json& entry : result["pareto"]) {
    EXPECT_TRUE(table_words.count(entry["accuracy_source"].get<std::string>())) << entry["accuracy_source"];
    const Json& m = entry["metrics"];
    EXPECT_LE(m["accuracy_low"].get<double>(), m["accuracy"].get<double>());
    EXPECT_LE(m["accuracy"].get<double>(), m["accuracy_high"].get<double>());
  }
}
