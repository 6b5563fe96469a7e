// The job board an external evaluator keeps for the GUI's Jobs panel: states as jobs progress,
// counts, the cap, frozen elapsed times, versions, concurrent readers; and the local external
// evaluator (a real child process running tests/data/evaluators/fake_finetune.py) filling it.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "core/accuracy/evaluator_job_board.h"
#include "core/accuracy/external_evaluator.h"

using namespace cdse;
using namespace std::chrono_literals;

namespace {

const EvaluatorJob* find_job(const EvaluatorJobsSnapshot& s, const std::string& key)
{
  for (const auto& job : s.jobs)
    if (job.key == key)
      return &job;
  return nullptr;
}

ModelConfig model(int text_layers)
{
  EncoderShape text{"text", text_layers, 8, 0, 64, 2048, 512, 77};
  EncoderShape vision{"vision", 12, 12, 0, 64, 3072, 768, 197};
  return ModelConfig{"clip-vit-b16", {text, vision}};
}

}   // namespace

TEST(EvaluatorJobBoard, FollowsAJobFromSubmissionToItsResult)
{
  EvaluatorJobBoard board;
  EXPECT_TRUE(board.snapshot().source_runs_jobs);
  EXPECT_TRUE(board.snapshot().jobs.empty());

  board.submitted("a", "41_0");
  board.submitted("b", "41_1");
  auto s = board.snapshot();
  ASSERT_EQ(s.jobs.size(), 2u);
  EXPECT_EQ(s.jobs[0].key, "a");   // submission order
  EXPECT_EQ(s.jobs[0].job_id, "41_0");
  EXPECT_EQ(s.jobs[0].state, EvaluatorJobState::Submitted);
  EXPECT_EQ(s.counts.queued(), 2u);

  board.progressed("a", EvaluatorJobState::Pending, "Resources");
  board.progressed("b", EvaluatorJobState::Running, "");
  s = board.snapshot();
  EXPECT_EQ(find_job(s, "a")->state, EvaluatorJobState::Pending);
  EXPECT_EQ(find_job(s, "a")->detail, "Resources");
  EXPECT_EQ(find_job(s, "b")->state, EvaluatorJobState::Running);
  EXPECT_EQ(s.counts.pending, 1u);
  EXPECT_EQ(s.counts.running, 1u);
  EXPECT_EQ(s.counts.active(), 2u);

  board.succeeded("b", 0.47);
  board.failed("a", "SLURM job 41_0 ended in state FAILED");
  s = board.snapshot();
  EXPECT_EQ(find_job(s, "b")->state, EvaluatorJobState::Done);
  ASSERT_TRUE(find_job(s, "b")->accuracy.has_value());
  EXPECT_DOUBLE_EQ(*find_job(s, "b")->accuracy, 0.47);
  EXPECT_EQ(find_job(s, "a")->state, EvaluatorJobState::Failed);
  EXPECT_FALSE(find_job(s, "a")->accuracy.has_value());
  EXPECT_EQ(find_job(s, "a")->detail, "SLURM job 41_0 ended in state FAILED");
  EXPECT_EQ(s.counts.done, 1u);
  EXPECT_EQ(s.counts.failed, 1u);
  EXPECT_EQ(s.counts.active(), 0u);
  EXPECT_EQ(s.counts.total(), 2u);

  // A late poll does not bring an ended job back to life.
  board.progressed("b", EvaluatorJobState::Running, "");
  EXPECT_EQ(find_job(board.snapshot(), "b")->state, EvaluatorJobState::Done);
  // Nor does a poll for a job the board never saw add one.
  board.progressed("unknown", EvaluatorJobState::Running, "");
  EXPECT_EQ(board.snapshot().jobs.size(), 2u);
}

TEST(EvaluatorJobBoard, CancelledAndRefusedJobsAreListed)
{
  EvaluatorJobBoard board;
  board.submitted("a", "7");
  board.cancelled("a", "the search was stopped");
  board.failed("never-submitted", "sbatch: error: invalid partition");   // no job id existed
  const auto s = board.snapshot();
  ASSERT_EQ(s.jobs.size(), 2u);
  EXPECT_EQ(s.jobs[0].state, EvaluatorJobState::Cancelled);
  EXPECT_EQ(s.jobs[1].state, EvaluatorJobState::Failed);
  EXPECT_EQ(s.jobs[1].job_id, "");
  EXPECT_EQ(s.counts.cancelled, 1u);
  EXPECT_EQ(s.counts.failed, 1u);
}

TEST(EvaluatorJobBoard, ElapsedRunsWhileActiveAndStopsAtTheEnd)
{
  EvaluatorJobBoard board;
  board.submitted("running", "1");
  board.submitted("ended", "2");
  std::this_thread::sleep_for(60ms);
  board.succeeded("ended", 0.5);
  const double ended_at_s = find_job(board.snapshot(), "ended")->elapsed_s;
  EXPECT_GE(ended_at_s, 0.05);
  std::this_thread::sleep_for(60ms);
  const auto s = board.snapshot();
  EXPECT_DOUBLE_EQ(find_job(s, "ended")->elapsed_s, ended_at_s);   // frozen
  EXPECT_GE(find_job(s, "running")->elapsed_s, 0.11);              // still counting
}

TEST(EvaluatorJobBoard, VersionChangesWithEveryChangeAndOnlyThen)
{
  EvaluatorJobBoard board;
  const auto v0 = board.version();
  board.submitted("a", "1");
  const auto v1 = board.version();
  EXPECT_GT(v1, v0);
  board.progressed("a", EvaluatorJobState::Pending, "Priority");
  const auto v2 = board.version();
  EXPECT_GT(v2, v1);
  board.progressed("a", EvaluatorJobState::Pending, "Priority");   // the same poll answer again
  EXPECT_EQ(board.version(), v2);
  EXPECT_EQ(board.snapshot().version, v2);
}

TEST(EvaluatorJobBoard, ResubmittingAKeyStartsItsRowAfresh)
{
  EvaluatorJobBoard board;
  board.submitted("a", "1");
  board.failed("a", "FAILED");
  board.submitted("a", "2");
  const auto s = board.snapshot();
  ASSERT_EQ(s.jobs.size(), 1u);
  EXPECT_EQ(s.jobs[0].job_id, "2");
  EXPECT_EQ(s.jobs[0].state, EvaluatorJobState::Submitted);
  EXPECT_EQ(s.jobs[0].detail, "");
}

TEST(EvaluatorJobBoard, CapListsTheNewestAndCountsAll)
{
  EvaluatorJobBoard board;
  for (int i = 0; i < 10; ++i) {
    std::string key = "k";
    key += std::to_string(i);   // (not "k" + ...: GCC 12 warns falsely about that)
    board.submitted(key, std::to_string(i));
  }
  board.succeeded("k0", 0.1);
  const auto s = board.snapshot(3);
  ASSERT_EQ(s.jobs.size(), 3u);
  EXPECT_EQ(s.jobs.front().key, "k7");
  EXPECT_EQ(s.jobs.back().key, "k9");
  EXPECT_EQ(s.jobs_left_out, 7u);
  EXPECT_EQ(s.counts.total(), 10u);
  EXPECT_EQ(s.counts.done, 1u);
  EXPECT_EQ(s.counts.submitted, 9u);
}

TEST(EvaluatorJobBoard, SnapshotsWhileJobsAreRecordedOnOtherThreads)
{
  EvaluatorJobBoard board;
  std::atomic<bool> writing{true};
  std::vector<std::thread> writers;
  for (int t = 0; t < 3; ++t)
    writers.emplace_back([&, t] {
      for (int i = 0; i < 300; ++i) {
        const std::string key = std::to_string(t) + ":" + std::to_string(i);
        board.submitted(key, key);
        board.progressed(key, EvaluatorJobState::Running, "");
        board.succeeded(key, 0.25);
      }
    });
  std::size_t last_total = 0;
  std::thread reader([&] {
    while (writing) {
      const auto s = board.snapshot();
      EXPECT_GE(s.counts.total(), last_total);   // never loses a job
      EXPECT_EQ(s.counts.total(), s.jobs.size());
      for (const auto& job : s.jobs) {
        if (job.state == EvaluatorJobState::Done) {
          EXPECT_TRUE(job.accuracy.has_value());   // a Done job always carries its accuracy
        }
      }
      last_total = s.counts.total();
    }
  });
  for (auto& w : writers)
    w.join();
  writing = false;
  reader.join();
  EXPECT_EQ(board.snapshot().counts.done, 900u);
}

TEST(EvaluatorJobBoard, SourcesWithoutJobsSaySo)
{
  struct NoJobs : AccuracySource {
    AccuracyEstimate estimate(const ModelConfig&) const override { return {}; }
    std::string name() const override { return "none"; }
  };
  EXPECT_FALSE(NoJobs().jobs_snapshot().source_runs_jobs);
}

TEST(EvaluatorJobBoard, LocalExternalEvaluatorListsRunningThenDoneAndFailed)
{
  const std::string script = std::string(CARBONDSE_SOURCE_DIR) + "/tests/data/evaluators/fake_finetune.py";
  ExternalEvaluatorOptions o;
  o.command = {"python3", script, "--sleep", "1", "--fail-if-layers", "6"};
  const ExternalEvaluator eval(o);
  EXPECT_TRUE(eval.jobs_snapshot().source_runs_jobs);
  EXPECT_TRUE(eval.jobs_snapshot().jobs.empty());

  auto good = std::async(std::launch::async, [&] { return eval.estimate(model(8)); });
  auto bad = std::async(std::launch::async, [&] {
    try {
      eval.estimate(model(6));
    } catch (const ExternalEvaluatorError& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  });
  // While the commands sleep, both are listed as running.
  EvaluatorJobsSnapshot s;
  const auto start = std::chrono::steady_clock::now();
  while (s.counts.running < 2 && std::chrono::steady_clock::now() - start < 5s) {
    std::this_thread::sleep_for(20ms);
    s = eval.jobs_snapshot();
  }
  EXPECT_EQ(s.counts.running, 2u);
  EXPECT_EQ(s.counts.done, 0u);

  const double accuracy = good.get().value;
  const std::string error = bad.get();
  s = eval.jobs_snapshot();
  const auto* done = find_job(s, ExternalEvaluator::cache_key(model(8)));
  const auto* failed = find_job(s, ExternalEvaluator::cache_key(model(6)));
  ASSERT_NE(done, nullptr);
  ASSERT_NE(failed, nullptr);
  EXPECT_EQ(done->state, EvaluatorJobState::Done);
  ASSERT_TRUE(done->accuracy.has_value());
  EXPECT_DOUBLE_EQ(*done->accuracy, accuracy);
  EXPECT_GE(done->elapsed_s, 0.9);
  EXPECT_EQ(failed->state, EvaluatorJobState::Failed);
  EXPECT_EQ(failed->detail, error);
  // A cache hit is not a job.
  eval.estimate(model(8));
  EXPECT_EQ(eval.jobs_snapshot().counts.total(), 2u);
}
