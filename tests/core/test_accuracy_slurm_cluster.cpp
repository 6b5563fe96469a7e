// The SLURM evaluator against a real single-node SLURM cluster (Debian's slurm-wlm + munge,
// started by tests/slurm/start_cluster.sh on localhost; the suite starts it when needed, which
// needs root). Jobs run tests/data/evaluators/fake_finetune.py, which sleeps briefly and prints an
// accuracy. Nothing is mocked: sbatch, squeue, scancel and scontrol talk to slurmctld.
// Registered with RESOURCE_LOCK slurm_cluster: tests that drain the node must not overlap others.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <future>
#include <map>
#include <set>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "core/accuracy/evaluation_cancelled.h"
#include "core/accuracy/external_evaluator.h"
#include "core/accuracy/slurm_evaluator.h"
#include "slurm_test_cluster.h"

using namespace cdse;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using test::shell;

namespace {

const std::string k_source_dir = CARBONDSE_SOURCE_DIR;
const std::string k_script = k_source_dir + "/tests/data/evaluators/fake_finetune.py";

std::string node_name() { return shell("hostname -s | tr -d '\\n'"); }

// The distinct states of array `array_id`'s records ("CANCELLED", "PENDING RUNNING"), from
// squeue; with `all_states` false, only the jobs still queued or running.
std::string array_states(const std::string& array_id, bool all_states = true)
{
  return shell("squeue -h -r " + std::string(all_states ? "-t all " : "") + "-j " + array_id +
               " -o '%T' | sort -u | tr '\\n' ' ' | sed 's/ $//'");
}

ModelConfig model(int text_layers, int vision_layers = 12)
{
  EncoderShape text{"text", text_layers, 8, 0, 64, 2048, 512, 77};
  EncoderShape vision{"vision", vision_layers, 12, 0, 64, 3072, 768, 197};
  return ModelConfig{"clip-vit-b16", {text, vision}};
}

class SlurmClusterTest : public ::testing::Test {
protected:
  static void SetUpTestSuite() { cluster_error_ = test::start_slurm_test_cluster(); }

  void SetUp() override
  {
    ASSERT_TRUE(cluster_error_.empty()) << "the test cluster did not start:\n" << cluster_error_;
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("cdse_slurm_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const char* name) const { return (dir_ / name).string(); }

  std::vector<std::string> command(std::vector<std::string> flags) const
  {
    std::vector<std::string> c = {"python3", k_script, "--count-file", path("runs.txt")};
    c.insert(c.end(), flags.begin(), flags.end());
    return c;
  }

  SlurmEvaluatorOptions options(std::vector<std::string> flags) const
  {
    SlurmEvaluatorOptions o;
    o.command = command(std::move(flags));
    o.working_directory = dir_.string();
    o.job_dir = "jobs";
    o.job_name = "cdse-test";
    o.poll_interval_s = 0.2;
    o.pending_timeout_s = 60;
    o.timeout_s = 60;
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

  static inline std::string cluster_error_;
  fs::path dir_;
};

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

}   // namespace

TEST_F(SlurmClusterTest, BatchOfFourIsOneJobArrayWithFourResults)
{
  const SlurmEvaluator eval(options({"--sleep", "1"}));
  const std::vector<ModelConfig> models = {model(6), model(8), model(10), model(12)};
  const auto start = Clock::now();
  const auto results = eval.estimate_batch(models, 4);
  const double elapsed_s = seconds_since(start);
  EXPECT_EQ(eval.sbatch_calls(), 1);
  EXPECT_EQ(eval.jobs_submitted(), 4);
  EXPECT_EQ(runs_recorded(), 4);
  EXPECT_TRUE(eval.active_job_ids().empty());
  // The same script run locally gives the same numbers: the results came through the job files.
  ExternalEvaluatorOptions local;
  local.command = command({});
  const ExternalEvaluator reference(local);
  ASSERT_EQ(results.size(), 4u);
  for (std::size_t i = 0; i < models.size(); ++i) {
    EXPECT_EQ(results[i].source, "external");
    EXPECT_DOUBLE_EQ(results[i].value, reference.estimate(models[i]).value) << i;
  }
  EXPECT_LT(results[0].value, results[3].value);
  std::printf("q = 4 array: %.1f s from sbatch to 4 results\n", elapsed_s);
  // Cached: no second submission.
  EXPECT_DOUBLE_EQ(eval.estimate(model(8)).value, results[1].value);
  EXPECT_EQ(eval.sbatch_calls(), 1);
}

TEST_F(SlurmClusterTest, JobsSnapshotFollowsRealJobsFromTheQueueToTheirResults)
{
  const SlurmEvaluator eval(options({"--sleep", "2"}));
  const std::vector<ModelConfig> models = {model(6), model(8), model(10)};
  auto batch = std::async(std::launch::async, [&] { return eval.estimate_batch(models, 3); });
  // Watch the board the way the GUI does, while the evaluator waits for SLURM.
  std::map<std::string, std::set<EvaluatorJobState>> seen;   // key -> states observed
  std::set<std::string> ids_while_active;
  const auto start = Clock::now();
  while (batch.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready && seconds_since(start) < 60) {
    const auto snapshot = eval.jobs_snapshot();
    for (const auto& job : snapshot.jobs) {
      seen[job.key].insert(job.state);
      if (!evaluator_job_state_is_final(job.state))
        ids_while_active.insert(job.job_id);
    }
  }
  ASSERT_EQ(batch.wait_for(std::chrono::seconds(0)), std::future_status::ready);
  const auto results = batch.get();
  const auto done = eval.jobs_snapshot();
  ASSERT_EQ(done.jobs.size(), 3u);
  EXPECT_EQ(done.counts.done, 3u);
  EXPECT_EQ(done.counts.active(), 0u);
  const std::string array_id = done.jobs[0].job_id.substr(0, done.jobs[0].job_id.find('_'));
  for (std::size_t i = 0; i < models.size(); ++i) {
    const auto& job = done.jobs[i];
    EXPECT_EQ(job.key, ExternalEvaluator::cache_key(models[i]));
    EXPECT_EQ(job.job_id, array_id + "_" + std::to_string(i));   // one array, element i
    EXPECT_EQ(job.state, EvaluatorJobState::Done);
    ASSERT_TRUE(job.accuracy.has_value());
    EXPECT_DOUBLE_EQ(*job.accuracy, results[i].value);
    EXPECT_GE(job.elapsed_s, 2.0);   // each job slept 2 s
    // Seen queued or running before it was done, under the id SLURM gave it.
    const auto& states = seen[job.key];
    EXPECT_TRUE(states.count(EvaluatorJobState::Submitted) || states.count(EvaluatorJobState::Pending) ||
                states.count(EvaluatorJobState::Running))
        << job.job_id;
    EXPECT_TRUE(ids_while_active.count(job.job_id)) << job.job_id;
  }
  // squeue reported them running (2 CPUs: at least two ran while the test watched).
  std::size_t seen_running = 0;
  for (const auto& [key, states] : seen)
    seen_running += states.count(EvaluatorJobState::Running);
  EXPECT_GE(seen_running, 2u);
}

TEST_F(SlurmClusterTest, SingleConfigurationIsOnePlainJob)
{
  const SlurmEvaluator eval(options({}));
  const auto e = eval.estimate(model(7));
  EXPECT_TRUE(e.available);
  EXPECT_EQ(eval.sbatch_calls(), 1);
  EXPECT_EQ(eval.jobs_submitted(), 1);
}

TEST_F(SlurmClusterTest, CancelMidRunScancelsEveryJob)
{
  const SlurmEvaluator eval(options({"--sleep", "30"}));
  auto running = std::async(std::launch::async, [&] {
    try {
      eval.estimate_batch({model(6), model(7), model(8), model(9)}, 4);
      return std::string("(finished)");
    } catch (const EvaluationCancelled& e) {
      return std::string(e.what());
    } catch (const std::exception& e) {
      return std::string("(other error) ") + e.what();
    }
  });
  std::vector<std::string> ids;
  const auto start = Clock::now();
  while (ids.size() < 4 && seconds_since(start) < 20) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ids = eval.active_job_ids();
  }
  ASSERT_EQ(ids.size(), 4u);
  const std::string array_id = ids.front().substr(0, ids.front().find('_'));
  // Wait until SLURM has started some of them (2 CPUs: two run, two wait).
  while (array_states(array_id).find("RUNNING") == std::string::npos && seconds_since(start) < 20)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_NE(array_states(array_id).find("RUNNING"), std::string::npos) << array_states(array_id);
  const auto cancelled_at = Clock::now();
  eval.cancel_pending();
  ASSERT_EQ(running.wait_for(std::chrono::seconds(10)), std::future_status::ready);
  const std::string message = running.get();
  EXPECT_NE(message.find("cancelled: the search was stopped"), std::string::npos) << message;
  EXPECT_LT(seconds_since(cancelled_at), 10.0);
  // Gone from the queue, and every record of the array is CANCELLED.
  std::string active = array_states(array_id, false);
  for (int i = 0; i < 50 && !active.empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    active = array_states(array_id, false);
  }
  EXPECT_EQ(active, "");
  EXPECT_EQ(array_states(array_id), "CANCELLED");
  EXPECT_TRUE(eval.active_job_ids().empty());
  // The Jobs panel's view: the four jobs, each cancelled because the search was stopped.
  const auto jobs = eval.jobs_snapshot();
  EXPECT_EQ(jobs.counts.cancelled, 4u);
  EXPECT_EQ(jobs.counts.total(), 4u);
  for (const auto& job : jobs.jobs)
    EXPECT_NE(job.detail.find("the search was stopped"), std::string::npos) << job.detail;
  EXPECT_THROW(eval.estimate(model(6)), EvaluationCancelled);
}

TEST_F(SlurmClusterTest, RestartReusesFinishedAndRunningJobsWithoutResubmitting)
{
  SlurmEvaluatorOptions o = options({"--sleep", "2"});
  o.cache_file = path("cache.jsonl");
  {
    const SlurmEvaluator first(o);
    first.estimate_batch({model(6), model(7)}, 2);
    EXPECT_EQ(first.sbatch_calls(), 1);
  }
  // A second process submits a job for model(8) and is killed while it waits (a crash: no
  // scancel), so the job is still queued or running when the search restarts.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    try {
      const SlurmEvaluator crashing(o);
      crashing.estimate(model(8));
    } catch (...) {
    }
    ::_exit(0);
  }
  const auto start = Clock::now();
  auto lines_without_result = [&] {
    std::ifstream in(o.cache_file);
    int n = 0;
    for (std::string line; std::getline(in, line);)
      n += line.find("\"accuracy\"") == std::string::npos ? 1 : 0;
    return n;
  };
  while (lines_without_result() < 3 && seconds_since(start) < 20)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  ASSERT_EQ(lines_without_result(), 3);   // submissions of 6, 7 and 8

  const SlurmEvaluator resumed(o);
  const auto results = resumed.estimate_batch({model(6), model(7), model(8)}, 3);
  EXPECT_EQ(resumed.sbatch_calls(), 0);
  EXPECT_TRUE(results[2].available);
  EXPECT_LT(results[0].value, results[2].value);
  EXPECT_EQ(runs_recorded(), 3);   // the script ran once per configuration in all
  // The board lists only the job it waited for (the finished ones came from the cache file), under
  // the id the killed process got for it.
  const auto jobs = resumed.jobs_snapshot();
  ASSERT_EQ(jobs.jobs.size(), 1u);
  EXPECT_EQ(jobs.jobs[0].key, ExternalEvaluator::cache_key(model(8)));
  EXPECT_FALSE(jobs.jobs[0].job_id.empty());
  EXPECT_EQ(jobs.jobs[0].state, EvaluatorJobState::Done);
  ASSERT_TRUE(jobs.jobs[0].accuracy.has_value());
  EXPECT_DOUBLE_EQ(*jobs.jobs[0].accuracy, results[2].value);
}

TEST_F(SlurmClusterTest, CacheWriteFailureKeepsTheJobsResult)
{
  SlurmEvaluatorOptions o = options({});
  o.cache_file = path("cache.jsonl");
  const SlurmEvaluator eval(o);
  // The cache file turns into a folder (a full or vanished disk, say): no line can be appended.
  fs::remove(o.cache_file);
  fs::create_directory(o.cache_file);
  const auto e = eval.estimate(model(9));
  EXPECT_TRUE(e.available);
  EXPECT_EQ(e.source, "external");
  EXPECT_EQ(eval.sbatch_calls(), 1);
  EXPECT_DOUBLE_EQ(eval.estimate(model(9)).value, e.value);   // kept in memory all the same
  EXPECT_EQ(eval.sbatch_calls(), 1);
}

TEST_F(SlurmClusterTest, FailedJobIsAClearErrorNamingTheJobAndState)
{
  const SlurmEvaluator eval(options({"--exit-code", "1"}));
  std::string message;
  try {
    eval.estimate(model(8));
  } catch (const ExternalEvaluatorError& e) {
    message = e.what();
  }
  EXPECT_NE(message.find("SLURM job "), std::string::npos) << message;
  EXPECT_NE(message.find("ended in state FAILED"), std::string::npos) << message;
  EXPECT_NE(message.find("CUDA out of memory (simulated)"), std::string::npos) << message;   // its stderr
  const auto jobs = eval.jobs_snapshot();
  ASSERT_EQ(jobs.jobs.size(), 1u);
  EXPECT_EQ(jobs.jobs[0].state, EvaluatorJobState::Failed);
  EXPECT_EQ(jobs.jobs[0].detail, message);
  EXPECT_FALSE(jobs.jobs[0].accuracy.has_value());
  // Remembered: the failing configuration is not resubmitted for the next design that uses it.
  EXPECT_THROW(eval.estimate(model(8)), ExternalEvaluatorError);
  EXPECT_EQ(eval.sbatch_calls(), 1);
}

TEST_F(SlurmClusterTest, DrainedNodeIsReportedWithinThePendingTimeout)
{
  const std::string node = node_name();
  struct Undrain {
    std::string node;
    ~Undrain() { shell("scontrol update nodename=" + node + " state=resume"); }
  } undrain{node};
  int status = 0;
  const std::string out = shell("scontrol update nodename=" + node + " state=drain reason=carbondse-test", &status);
  ASSERT_EQ(status, 0) << out;
  SlurmEvaluatorOptions o = options({});
  o.pending_timeout_s = 3;
  const SlurmEvaluator eval(o);
  const auto start = Clock::now();
  std::string message;
  try {
    eval.estimate(model(8));
  } catch (const ExternalEvaluatorError& e) {
    message = e.what();
  }
  const double elapsed_s = seconds_since(start);
  EXPECT_NE(message.find("still PENDING after 3 s"), std::string::npos) << message;
  EXPECT_NE(message.find("cancelled it"), std::string::npos) << message;
  EXPECT_GE(elapsed_s, 3.0);
  EXPECT_LT(elapsed_s, 10.0);
  EXPECT_EQ(runs_recorded(), 0);
  std::printf("drained node: reported after %.1f s: %s\n", elapsed_s, message.c_str());
}
