// A search whose accuracies come from jobs on the real single-node SLURM cluster
// (tests/slurm/start_cluster.sh): each Bayesian-optimisation batch of q = 4 is one job array, and
// stopping the search scancels its jobs and records nothing as failed.
// Registered with RESOURCE_LOCK slurm_cluster (see tests/CMakeLists.txt).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <thread>

#include <unistd.h>

#include "core/search/archive/journal.h"
#include "core/search/run/search_runner.h"
#include "slurm_test_cluster.h"

using namespace cdse;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

class SearchOnSlurmTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { cluster_error_ = test::start_slurm_test_cluster(); }

  void SetUp() override
  {
    ASSERT_TRUE(cluster_error_.empty()) << "the test cluster did not start:\n" << cluster_error_;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("cdse_search_slurm_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A small CLIP space (5 x 3 x 5 models, 4 accelerators), accuracies from fake_finetune.py jobs.
  Scenario scenario(double job_sleep_s, std::int64_t budget) const
  {
    const std::string script = std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/evaluators/fake_finetune.py";
    nlohmann::json j = nlohmann::json::parse(R"({
      "name": "slurm-search-test",
      "model": {"preset": "clip-vit-b16",
                "text": {"layers": {"min": 8, "max": 12}, "heads": {"min": 6, "max": 8}},
                "vision": {"layers": {"min": 8, "max": 12}}},
      "hardware": {"clusters": [1, 2], "pe_width": [32, 64], "pe_depth": [16], "l2_kb": [256],
                   "l2_bw_words": [64], "glb_mb": [2], "glb_bw_words": 512, "dram_bw_words": 128,
                   "frequency_mhz": 625, "node_nm": 22, "precision_bits": 8, "dram_type": "lpddr4",
                   "dram_gb": 1},
      "mode": "carbon",
      "search": {"algorithm": "bo", "seed": 1, "options": {"batch_size": 4, "initial_samples": 4}}
    })");
    j["search"]["budget"] = budget;
    j["accuracy"] = {{"kind", "external"},
                     {"backend", "slurm"},
                     {"command", {"python3", script, "--sleep", std::to_string(job_sleep_s), "--count-file", "runs.txt"}},
                     {"job_name", "cdse-search-test"},
                     {"cache_file", "cache.jsonl"},
                     {"poll_interval_s", 0.2}};
    const fs::path file = dir_ / "scenario.json";
    std::ofstream(file) << j.dump(2);
    return load_scenario(file.string());
  }

  static inline std::string cluster_error_;
  fs::path dir_;
};

}   // namespace

TEST_F(SearchOnSlurmTest, EachBatchOfFourIsOneJobArray)
{
  SearchRunOptions options;
  options.threads = 2;
  SearchRunner runner(scenario(0.5, 8), options);
  runner.run();
  ASSERT_EQ(runner.latest_progress().state, SearchState::Finished) << runner.latest_progress().error;
  EXPECT_EQ(runner.archive().size(), 8u);
  EXPECT_EQ(runner.latest_progress().failed, 0);
  // The reference designs' models are single jobs; the two batches of q = 4 are arrays.
  std::map<std::string, int> elements;
  for (const auto& entry : fs::directory_iterator(dir_ / "slurm_jobs"))
    if (entry.path().extension() == ".json") {
      const std::string stem = entry.path().stem().string();
      ++elements[stem.substr(0, stem.rfind('_'))];
    }
  int arrays = 0;
  for (const auto& [tag, count] : elements)
    arrays += count > 1 ? 1 : 0;
  EXPECT_GE(arrays, 2);
  // Every design's accuracy came from a job, and no configuration ran twice.
  std::set<std::string> keys;
  for (std::size_t i = 0; i < runner.archive().size(); ++i)
    EXPECT_TRUE(runner.archive().record(i).invariants.accuracy_available) << i;
  std::ifstream runs(dir_ / "runs.txt");
  int run_count = 0;
  for (std::string key; std::getline(runs, key); ++run_count)
    keys.insert(key);
  EXPECT_EQ(static_cast<std::size_t>(run_count), keys.size());
  EXPECT_EQ(run_count, [&] {
    int n = 0;
    for (const auto& [tag, count] : elements)
      n += count;
    return n;
  }());
}

TEST_F(SearchOnSlurmTest, StoppingTheSearchCancelsItsJobsAndRecordsNoFailure)
{
  // Stopped while a batch array runs, and while the first reference design's job runs.
  for (const bool during_batch : {true, false}) {
    SCOPED_TRACE(during_batch ? "stopped during a batch" : "stopped during the reference designs");
    const std::string journal = (dir_ / (during_batch ? "batch.jsonl" : "reference.jsonl")).string();
    fs::remove_all(dir_ / "slurm_jobs");
    fs::remove(dir_ / "cache.jsonl");
    SearchRunOptions options;
    options.threads = 2;
    options.journal_path = journal;
    SearchRunner runner(scenario(6, 8), options);   // 6-s jobs: the two reference designs first, one by one
    runner.start();
    const auto start = Clock::now();
    // Array elements are listed as "<id>_<i>"; the reference designs are single jobs.
    auto running = [&] {
      const std::string q = test::shell("squeue -h -r -t running -n cdse-search-test -o '%i'");
      return during_batch ? q.find('_') != std::string::npos : !q.empty();
    };
    while (!running() && std::chrono::duration<double>(Clock::now() - start).count() < 40)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(running());
    const auto stopped_at = Clock::now();
    runner.cancel();
    runner.wait();
    const double stop_s = std::chrono::duration<double>(Clock::now() - stopped_at).count();
    EXPECT_LT(stop_s, 10.0);
    EXPECT_EQ(runner.latest_progress().state, SearchState::Cancelled) << runner.latest_progress().error;
    EXPECT_EQ(runner.latest_progress().failed, 0);
    EXPECT_TRUE(runner.warnings().empty()) << runner.warnings().front();
    std::string still = test::shell("squeue -h -r -n cdse-search-test -o '%i %T'");
    for (int i = 0; i < 50 && !still.empty(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      still = test::shell("squeue -h -r -n cdse-search-test -o '%i %T'");
    }
    EXPECT_EQ(still, "");
    // Nothing was journaled as failed: a resumed search evaluates these designs again.
    if (fs::exists(journal)) {
      for (const auto& record : read_journal(journal).records)
        EXPECT_FALSE(record.failed) << record.error;
    }
    std::printf("%s: search stopped %.2f s after cancel(), its jobs gone from squeue\n",
                during_batch ? "batch" : "reference designs", stop_s);
  }
}
