#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/accuracy/external_evaluator.h"

using namespace cdse;
namespace fs = std::filesystem;

namespace {

const std::string k_script = std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/evaluators/fake_finetune.py";

// A fresh scratch directory per test.
class ExternalEvaluatorTest : public ::testing::Test {
protected:
  void SetUp() override
  {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("cdse_external_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const char* name) const { return (dir_ / name).string(); }

  ExternalEvaluatorOptions options(std::vector<std::string> flags, double timeout_s = 30) const
  {
    ExternalEvaluatorOptions o;
    o.command = {"python3", k_script, "--count-file", path("runs.txt")};
    o.command.insert(o.command.end(), flags.begin(), flags.end());
    o.timeout_s = timeout_s;
    return o;
  }

  int runs_recorded() const
  {
    std::ifstream in(dir_ / "runs.txt");
    int n = 0;
    for (std::string line; std::getline(in, line);)
      ++n;
    return n;
  }

  fs::path dir_;
};

ModelConfig model(int text_layers, int vision_layers = 12)
{
  EncoderShape text{"text", text_layers, 8, 0, 64, 2048, 512, 77};
  EncoderShape vision{"vision", vision_layers, 12, 0, 64, 3072, 768, 197};
  return ModelConfig{"clip-vit-b16", {text, vision}};
}

// The script's documented formula (fake_finetune.py: accuracy_of).
double script_accuracy(const ModelConfig& m)
{
  double score = 0;
  for (const auto& e : m.encoders)
    score += (std::min(1.0, e.layers / 12.0) + std::min(1.0, e.heads / 12.0) + std::min(1.0, e.ffn / 3072.0) +
              std::min(1.0, e.embed / 768.0)) /
             4.0;
  return 0.2 + 0.3 * score / static_cast<double>(m.encoders.size());
}

template <typename F>
std::string error_of(F&& f)
{
  try {
    f();
  } catch (const ExternalEvaluatorError& e) {
    return e.what();
  }
  return "(no error)";
}

}   // namespace

TEST_F(ExternalEvaluatorTest, ReturnsTheCommandsAccuracyAndBand)
{
  const ExternalEvaluator eval(options({"--log-lines"}));
  EXPECT_TRUE(eval.is_expensive());
  const auto e = eval.estimate(model(8));
  ASSERT_TRUE(e.available);
  EXPECT_EQ(e.source, "external");
  EXPECT_NEAR(e.value, script_accuracy(model(8)), 1e-6);
  EXPECT_NEAR(e.low, e.value - 0.01, 1e-6);
  EXPECT_NEAR(e.high, e.value + 0.01, 1e-6);
  EXPECT_LT(e.value, eval.estimate(model(12)).value);
}

TEST_F(ExternalEvaluatorTest, RunsTheCommandOncePerConfiguration)
{
  const ExternalEvaluator eval(options({}));
  for (int i = 0; i < 3; ++i)
    eval.estimate(model(8));
  eval.estimate(model(9));
  eval.estimate(model(8));
  EXPECT_EQ(eval.command_runs(), 2);
  EXPECT_EQ(runs_recorded(), 2);
  EXPECT_EQ(eval.cached_results(), 2u);
}

TEST_F(ExternalEvaluatorTest, ConcurrentRequestsForOneConfigurationShareOneRun)
{
  const ExternalEvaluator eval(options({"--sleep", "0.3"}));
  std::vector<std::thread> threads;
  std::vector<double> values(6);
  for (int i = 0; i < 6; ++i)
    threads.emplace_back([&, i] { values[static_cast<std::size_t>(i)] = eval.estimate(model(7)).value; });
  for (auto& t : threads)
    t.join();
  EXPECT_EQ(runs_recorded(), 1);
  for (double v : values)
    EXPECT_DOUBLE_EQ(v, values[0]);
}

TEST_F(ExternalEvaluatorTest, TimeoutKillsTheCommandAndSaysSo)
{
  const ExternalEvaluator eval(options({"--sleep", "20"}, 0.5));
  const auto start = std::chrono::steady_clock::now();
  const std::string message = error_of([&] { eval.estimate(model(8)); });
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_NE(message.find("timed out after 0.5 s"), std::string::npos) << message;
  EXPECT_NE(message.find("fake_finetune.py"), std::string::npos) << message;
  EXPECT_LT(elapsed, 5.0);
}

TEST_F(ExternalEvaluatorTest, TimeoutKillsTheWholeProcessGroup)
{
  // The command starts a helper process (as a real job would start workers) that would write a
  // ".finished" marker 5 s after it started, i.e. always after the 4 s timeout; the timeout must
  // take it down too. Watching for 6 s after the timeout covers every helper start time.
  const std::string marker = path("helper");
  const double timeout_s = 4.0;
  const ExternalEvaluator eval(options({"--grandchild", marker, "--grandchild-delay", "5", "--sleep", "60"}, timeout_s));
  EXPECT_THROW(eval.estimate(model(8)), ExternalEvaluatorError);
  if (!fs::exists(marker + ".started"))
    GTEST_SKIP() << "the helper did not start within " << timeout_s << " s (machine too busy)";
  std::this_thread::sleep_for(std::chrono::seconds(6));
  EXPECT_FALSE(fs::exists(marker + ".finished")) << "a process of the timed-out command survived";
}

TEST_F(ExternalEvaluatorTest, ReportsMalformedOutput)
{
  EXPECT_NE(error_of([&] { ExternalEvaluator(options({"--garbage"})).estimate(model(8)); }).find("not JSON"),
            std::string::npos);
  EXPECT_NE(error_of([&] { ExternalEvaluator(options({"--no-accuracy"})).estimate(model(8)); }).find("no \"accuracy\""),
            std::string::npos);
  EXPECT_NE(error_of([&] { ExternalEvaluator(options({"--out-of-range"})).estimate(model(8)); }).find("outside [0, 1]"),
            std::string::npos);
}

TEST_F(ExternalEvaluatorTest, NonZeroExitCarriesStatusAndStderrTail)
{
  const ExternalEvaluator eval(options({"--exit-code", "3"}));
  try {
    eval.estimate(model(8));
    FAIL() << "no error";
  } catch (const ExternalEvaluatorError& e) {
    EXPECT_NE(std::string(e.what()).find("exited with status 3"), std::string::npos) << e.what();
    EXPECT_NE(e.stderr_tail().find("CUDA out of memory"), std::string::npos) << e.stderr_tail();
    EXPECT_NE(e.command().find("python3"), std::string::npos);
  }
  // Failures are not cached: the next request runs the command again.
  EXPECT_THROW(eval.estimate(model(8)), ExternalEvaluatorError);
  EXPECT_EQ(eval.command_runs(), 2);
}

TEST_F(ExternalEvaluatorTest, MissingProgramIsAClearError)
{
  ExternalEvaluatorOptions o;
  o.command = {"carbondse-no-such-program-xyz"};
  const std::string message = error_of([&] { ExternalEvaluator(o).estimate(model(8)); });
  EXPECT_NE(message.find("cannot start 'carbondse-no-such-program-xyz'"), std::string::npos) << message;
}

TEST_F(ExternalEvaluatorTest, CommandsThatIgnoreStdinAreFine)
{
  ExternalEvaluatorOptions o;
  o.command = {"sh", "-c", "echo '{\"accuracy\": 0.3}'"};
  const ExternalEvaluator eval(o);
  EXPECT_DOUBLE_EQ(eval.estimate(model(8)).value, 0.3);
  EXPECT_DOUBLE_EQ(eval.estimate(model(9)).value, 0.3);
}

TEST_F(ExternalEvaluatorTest, RejectsBadOptions)
{
  ExternalEvaluatorOptions empty;
  EXPECT_THROW(ExternalEvaluator{empty}, InputError);
  auto o = options({});
  o.timeout_s = -1;
  EXPECT_THROW(ExternalEvaluator{o}, InputError);
  auto missing_dir = options({});
  missing_dir.working_directory = path("no_such_dir");
  EXPECT_THROW(ExternalEvaluator{missing_dir}, InputError);
  auto unwritable_cache = options({});
  unwritable_cache.cache_file = path("no_such_dir/cache.jsonl");
  EXPECT_THROW(ExternalEvaluator{unwritable_cache}, InputError);
}

TEST_F(ExternalEvaluatorTest, PersistentCacheSurvivesARestart)
{
  auto o = options({});
  o.cache_file = path("cache.jsonl");
  double first = 0;
  {
    const ExternalEvaluator eval(o);
    first = eval.estimate(model(8)).value;
    eval.estimate(model(10));
  }
  {
    const ExternalEvaluator restarted(o);
    EXPECT_DOUBLE_EQ(restarted.estimate(model(8)).value, first);
    restarted.estimate(model(10));
    EXPECT_EQ(restarted.command_runs(), 0);
  }
  EXPECT_EQ(runs_recorded(), 2);
  // A different command (other flags) does not reuse those results.
  auto other = o;
  other.command.push_back("--log-lines");
  const ExternalEvaluator changed(other);
  changed.estimate(model(8));
  EXPECT_EQ(changed.command_runs(), 1);
}

TEST_F(ExternalEvaluatorTest, CacheFileToleratesATruncatedTailButNotCorruption)
{
  auto o = options({});
  o.cache_file = path("cache.jsonl");
  {
    const ExternalEvaluator eval(o);
    eval.estimate(model(8));
  }
  {
    std::ofstream out(o.cache_file, std::ios::app);
    out << "{\"key\": \"clip-vit-b16|te";   // crash mid-write
  }
  EXPECT_NO_THROW(ExternalEvaluator{o});
  {
    std::ofstream out(o.cache_file);
    out << "{\"key\": \"a\", \"accuracy\": 0.4}\nthis is not json\n{\"key\": \"b\", \"accuracy\": 0.4}\n";
  }
  try {
    ExternalEvaluator bad(o);
    FAIL() << "corrupt cache accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("cache.jsonl:2"), std::string::npos) << e.what();
  }
  {
    std::ofstream out(o.cache_file);
    out << "{\"key\": \"a\", \"accuracy\": 1.7}\n";
  }
  EXPECT_THROW(ExternalEvaluator{o}, InputError);
}

TEST_F(ExternalEvaluatorTest, ResultsAppendedAfterATornLastLineAreReadBack)
{
  // A kill -9 mid-append leaves a last line without '\n'; the next result must not be glued to it
  // (that line would then be corrupt, not last, and every later start would fail on it).
  auto o = options({});
  o.cache_file = path("cache.jsonl");
  {
    const ExternalEvaluator eval(o);
    eval.estimate(model(8));
  }
  std::ofstream(o.cache_file, std::ios::app) << "{\"key\": \"clip-vit-b16|te";
  {
    const ExternalEvaluator after_crash(o);
    after_crash.estimate(model(10));
    EXPECT_EQ(after_crash.command_runs(), 1);
  }
  const ExternalEvaluator restarted(o);
  restarted.estimate(model(8));
  restarted.estimate(model(10));
  EXPECT_EQ(restarted.command_runs(), 0);
}

TEST_F(ExternalEvaluatorTest, BatchRunsCommandsInParallelAndKeepsOrder)
{
  // Each run records its [start, end] interval; with parallel jobs, intervals must overlap
  // (a wall-clock threshold would be flaky on a loaded machine, an overlap is not).
  const ExternalEvaluator eval(options({"--sleep", "1.0", "--timeline-file", path("timeline.txt")}));
  const std::vector<ModelConfig> models = {model(6), model(7), model(8), model(9)};
  const auto results = eval.estimate_batch(models, 4);
  ASSERT_EQ(results.size(), models.size());
  for (std::size_t i = 0; i < models.size(); ++i)
    EXPECT_NEAR(results[i].value, script_accuracy(models[i]), 1e-6);
  EXPECT_EQ(runs_recorded(), 4);

  std::ifstream in(dir_ / "timeline.txt");
  std::vector<std::pair<double, double>> runs;
  for (double start = 0, end = 0; in >> start >> end;)
    runs.emplace_back(start, end);
  ASSERT_EQ(runs.size(), 4u);
  int max_overlap = 0;
  for (const auto& r : runs) {
    int overlapping = 0;
    for (const auto& other : runs)
      if (other.first <= r.first && r.first < other.second)
        ++overlapping;
    max_overlap = std::max(max_overlap, overlapping);
  }
  EXPECT_GE(max_overlap, 2) << "batch did not run commands concurrently";
}

TEST_F(ExternalEvaluatorTest, SerialBatchDoesNotOverlap)
{
  const ExternalEvaluator eval(options({"--sleep", "0.2", "--timeline-file", path("timeline.txt")}));
  eval.estimate_batch({model(6), model(7), model(8)}, 1);
  std::ifstream in(dir_ / "timeline.txt");
  std::vector<std::pair<double, double>> runs;
  for (double start = 0, end = 0; in >> start >> end;)
    runs.emplace_back(start, end);
  ASSERT_EQ(runs.size(), 3u);
  for (std::size_t i = 1; i < runs.size(); ++i)
    EXPECT_GE(runs[i].first, runs[i - 1].second);
}

TEST_F(ExternalEvaluatorTest, BatchFinishesTheOthersWhenOneFails)
{
  const ExternalEvaluator eval(options({"--fail-if-layers", "7"}));
  const std::vector<ModelConfig> models = {model(6), model(7), model(8), model(6)};
  const std::string message = error_of([&] { eval.estimate_batch(models, 2); });
  EXPECT_NE(message.find("exited with status 2"), std::string::npos) << message;
  EXPECT_NE(message.find("diverged"), std::string::npos) << message;
  EXPECT_EQ(eval.cached_results(), 2u);   // 6 and 8 (6 twice, run once)
  EXPECT_EQ(runs_recorded(), 3);
}
