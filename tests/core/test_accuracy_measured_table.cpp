#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/accuracy/builtin_accuracy_estimator.h"
#include "core/accuracy/measured_accuracy_table.h"
#include "core/workload/model_preset.h"

using namespace cdse;

namespace {

// A smooth, made-up "truth" for the interpolation tests (not a model of CLIP).
double truth(int text_layers, int vision_layers)
{
  return 0.30 + 0.10 * std::sqrt(text_layers / 12.0) + 0.08 * std::sqrt(vision_layers / 12.0);
}

std::string grid_csv(int step)
{
  std::ostringstream csv;
  csv.precision(17);
  csv << "preset,text_layers,vision_layers,accuracy\n";
  for (int t = 4; t <= 12; t += step)
    for (int v = 4; v <= 12; v += step)
      csv << "clip-vit-b16," << t << "," << v << "," << truth(t, v) << "\n";
  return csv.str();
}

ModelConfig b16(int text_layers, int vision_layers)
{
  ModelConfig m = unpruned_config(model_preset("clip-vit-b16"));
  m.encoders[0].layers = text_layers;
  m.encoders[1].layers = vision_layers;
  return m;
}

std::string error_of_csv(const std::string& text)
{
  try {
    read_measured_accuracy_csv(text, "acc.csv");
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

}   // namespace

TEST(MeasuredAccuracyTable, ExactMatchesReturnTheMeasurement)
{
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(grid_csv(4), "acc.csv"), "acc.csv", nullptr);
  EXPECT_EQ(table.measured_configurations(), 9u);
  const auto e = table.estimate(b16(8, 12));
  ASSERT_TRUE(e.available);
  EXPECT_EQ(e.source, "measured");
  EXPECT_DOUBLE_EQ(e.value, truth(8, 12));
}

TEST(MeasuredAccuracyTable, InterpolatesBetweenMeasurementsWithHonestBand)
{
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(grid_csv(2), "acc.csv"), "acc.csv", nullptr);
  ASSERT_TRUE(table.interpolates("clip-vit-b16"));
  int inside = 0, total = 0;
  for (int t = 5; t <= 11; t += 2) {
    for (int v = 5; v <= 11; v += 2) {
      const auto e = table.estimate(b16(t, v));
      ASSERT_TRUE(e.available);
      EXPECT_EQ(e.source, "interpolated");
      EXPECT_NEAR(e.value, truth(t, v), 0.005) << t << "," << v;
      EXPECT_LE(e.low, e.value);
      EXPECT_GE(e.high, e.value);
      inside += (e.low <= truth(t, v) && truth(t, v) <= e.high) ? 1 : 0;
      ++total;
    }
  }
  EXPECT_GE(inside, total * 8 / 10) << "the 90 % band misses the truth too often";
}

TEST(MeasuredAccuracyTable, UncertaintyGrowsAwayFromTheMeasurements)
{
  const std::string csv = "preset,text_layers,vision_layers,accuracy\n"
                          "clip-vit-b16,10,10,0.45\nclip-vit-b16,11,10,0.46\nclip-vit-b16,10,11,0.455\n"
                          "clip-vit-b16,11,11,0.465\nclip-vit-b16,12,12,0.48\n";
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(csv, "acc.csv"), "acc.csv", nullptr);
  const auto near = table.estimate(b16(11, 12));
  const auto away = table.estimate(b16(2, 2));   // far below every measured configuration
  ASSERT_EQ(away.source, "interpolated");
  EXPECT_LT(near.high - near.low, away.high - away.low);
}

TEST(MeasuredAccuracyTable, KnobsTheTableNeverVariesAreOutsideIt)
{
  // Every row has the original text FFN: the table says nothing about pruning it.
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(grid_csv(2), "acc.csv"), "acc.csv", nullptr);
  ModelConfig m = b16(8, 8);
  m.encoders[0].ffn = 1024;
  EXPECT_EQ(table.estimate(m).source, "none");
  const MeasuredAccuracyTable with_builtin(read_measured_accuracy_csv(grid_csv(2), "acc.csv"), "acc.csv",
                                           std::make_shared<BuiltinAccuracyEstimator>());
  EXPECT_EQ(with_builtin.estimate(m).source, "estimate:clip-retrieval");
}

TEST(MeasuredAccuracyTable, RepeatedMeasurementsAreAveraged)
{
  const std::string csv = "preset,text_layers,accuracy\nclip-vit-b16,8,0.40\nclip-vit-b16,8,0.44\n"
                          "clip-vit-b16,10,0.45\n";
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(csv, "acc.csv"), "acc.csv", nullptr);
  const auto e = table.estimate(b16(8, 12));
  EXPECT_NEAR(e.value, 0.42, 1e-12);
  EXPECT_NEAR(e.low, 0.40, 1e-12);
  EXPECT_NEAR(e.high, 0.44, 1e-12);
}

TEST(MeasuredAccuracyTable, FewerThanTwoConfigurationsFallBack)
{
  const std::string csv = "preset,text_layers,accuracy\nclip-vit-b16,8,0.40\n";
  const MeasuredAccuracyTable alone(read_measured_accuracy_csv(csv, "acc.csv"), "acc.csv", nullptr);
  EXPECT_EQ(alone.estimate(b16(8, 12)).source, "measured");
  const auto none = alone.estimate(b16(9, 12));
  EXPECT_FALSE(none.available);
  EXPECT_EQ(none.source, "none");

  const MeasuredAccuracyTable with_builtin(read_measured_accuracy_csv(csv, "acc.csv"), "acc.csv",
                                           std::make_shared<BuiltinAccuracyEstimator>());
  EXPECT_EQ(with_builtin.estimate(b16(9, 12)).source, "estimate:clip-retrieval");
  // Other presets are not interpolated from CLIP measurements either.
  const ModelConfig bert = unpruned_config(model_preset("bert-base"));
  EXPECT_EQ(with_builtin.estimate(bert).source, "published");
}

TEST(MeasuredAccuracyTable, ReadsJsonTables)
{
  const auto doc = json::Json::parse(R"({"metric": "MSCOCO R@1 after 10 epochs", "rows": [
      {"model": {"preset": "clip-vit-b16", "text": {"layers": 8}}, "accuracy": 0.41},
      {"model": {"preset": "clip-vit-b16", "vision": {"heads": 8, "ffn": 1536}}, "accuracy": 0.43, "note": "seed 1"}
  ]})");
  const MeasuredAccuracyTable table(read_measured_accuracy_json(doc, "acc.json"), "acc.json", nullptr);
  ModelConfig m = b16(12, 12);
  m.encoders[1].heads = 8;
  m.encoders[1].ffn = 1536;
  const auto e = table.estimate(m);
  EXPECT_EQ(e.source, "measured");
  EXPECT_DOUBLE_EQ(e.value, 0.43);
  EXPECT_EQ(e.metric, "MSCOCO R@1 after 10 epochs");
  EXPECT_EQ(table.estimate(b16(10, 12)).source, "interpolated");
}

TEST(MeasuredAccuracyTable, CsvErrorsNameFileLineAndColumn)
{
  const std::string head = "preset,text_layers,accuracy\n";
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,eight,0.4\n").find("acc.csv:2, column 'text_layers'"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,8,nan\n").find("finite"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,8,abc\n").find("not a number: 'abc'"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,8,47.5\n").find("percentages"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,8,-0.1\n").find("outside [0, 1]"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,8\n").find("acc.csv:2"), std::string::npos);
  EXPECT_NE(error_of_csv("preset,text_layrs,accuracy\n").find("unknown column 'text_layrs'"), std::string::npos);
  EXPECT_NE(error_of_csv("preset,text_layers\n").find("'accuracy'"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b99,8,0.4\n").find("acc.csv:2"), std::string::npos);
  EXPECT_NE(error_of_csv("preset,audio_layers,accuracy\nclip-vit-b16,8,0.4\n").find("audio"), std::string::npos);
  EXPECT_NE(error_of_csv(head + "clip-vit-b16,100000000,0.4\n").find("acc.csv:2"), std::string::npos);
  EXPECT_NE(error_of_csv("").find("empty"), std::string::npos);
  // Comments and blank lines are fine; the line numbers still count them.
  EXPECT_NE(error_of_csv("# measured on 8 A100\n" + head + "\nclip-vit-b16,x,0.4\n").find("acc.csv:4"),
            std::string::npos);
}

TEST(MeasuredAccuracyTable, FileLoadingChecksTheFormat)
{
  const auto dir = std::filesystem::temp_directory_path() / ("cdse_measured_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto csv = (dir / "acc.csv").string();
  std::ofstream(csv) << grid_csv(4);
  const auto table = MeasuredAccuracyTable::from_file(csv, nullptr);
  EXPECT_EQ(table->measured_configurations(), 9u);
  EXPECT_THROW(MeasuredAccuracyTable::from_file((dir / "acc.xlsx").string(), nullptr), InputError);
  EXPECT_THROW(MeasuredAccuracyTable::from_file((dir / "missing.csv").string(), nullptr), InputError);
  std::filesystem::remove_all(dir);
}

TEST(MeasuredAccuracyTable, ConcurrentReadersSeeTheSameValues)
{
  const MeasuredAccuracyTable table(read_measured_accuracy_csv(grid_csv(2), "acc.csv"), "acc.csv", nullptr);
  std::vector<double> serial;
  for (int t = 4; t <= 12; ++t)
    serial.push_back(table.estimate(b16(t, 7)).value);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int r = 0; r < 50; ++r)
        for (int t = 4; t <= 12; ++t)
          if (table.estimate(b16(t, 7)).value != serial[static_cast<std::size_t>(t - 4)])
            ++mismatches[static_cast<std::size_t>(k)];
    });
  }
  for (auto& th : threads)
    th.join();
  for (int m : mismatches)
    EXPECT_EQ(m, 0);
}

TEST(MeasuredAccuracyTable, JsonErrorsNameThePath)
{
  auto error_of_json = [](const char* text) {
    try {
      read_measured_accuracy_json(json::Json::parse(text), "acc.json");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_NE(error_of_json(R"([{"model": {"preset": "clip-vit-b16"}, "accuracy": 1.2}])").find("acc.json[0].accuracy"),
            std::string::npos);
  EXPECT_NE(error_of_json(R"([{"model": {"preset": "clip-vit-b16"}, "acc": 0.4}])").find("acc.json[0]"),
            std::string::npos);
  EXPECT_NE(error_of_json(
                R"({"rows": [{"model": {"preset": "clip-vit-b16", "text": {"layers": "8"}}, "accuracy": 0.4}]})")
                .find("acc.json.rows[0].model.text.layers"),
            std::string::npos);
  EXPECT_NE(error_of_json(R"({"metric": "x"})").find("rows"), std::string::npos);
}

TEST(MeasuredAccuracyTable, RefusesOversizedTablesUpFront)
{
  std::string csv = "preset,text_layers,accuracy\n";
  for (std::size_t i = 0; i <= k_max_measured_rows; ++i)
    csv += "clip-vit-b16,8,0.4\n";
  EXPECT_NE(error_of_csv(csv).find("more than 1000 rows"), std::string::npos);
}
