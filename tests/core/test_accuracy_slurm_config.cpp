// The SLURM backend's scenario fields and cache file: parsed strictly, errors name the JSON path
// or file:line. No cluster needed (nothing is submitted here; test_accuracy_slurm_cluster.cpp
// runs real jobs).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/accuracy/accuracy_source_factory.h"
#include "core/accuracy/slurm_evaluator.h"
#include "core/accuracy/slurm_job_cache.h"
#include "core/io/input_error.h"

using namespace cdse;
namespace fs = std::filesystem;

namespace {

class SlurmConfigTest : public ::testing::Test {
protected:
  void SetUp() override
  {
    dir_ = fs::temp_directory_path() / ("cdse_slurm_config_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<AccuracySource> make(const std::string& spec_text) const
  {
    return make_accuracy_source(json::Json::parse(spec_text), "scenario.accuracy", dir_.string());
  }

  std::string error_of(const std::string& spec_text) const
  {
    try {
      make(spec_text);
    } catch (const InputError& e) {
      return e.what();
    }
    return "(no error)";
  }

  fs::path dir_;
};

}   // namespace

TEST_F(SlurmConfigTest, BuildsTheSlurmBackendWithItsFields)
{
  const auto source = make(R"({"kind": "external", "backend": "slurm", "command": ["python3", "ft.py"],
      "sbatch_args": ["--partition=gpu", "--gres=gpu:1"], "cache_file": "c.jsonl", "job_dir": "jobs",
      "job_name": "prune", "poll_interval_s": 2, "pending_timeout_s": 600, "timeout_s": 7200})");
  const auto* slurm = dynamic_cast<const SlurmEvaluator*>(source.get());
  ASSERT_NE(slurm, nullptr);
  EXPECT_TRUE(slurm->is_expensive());
  EXPECT_TRUE(slurm->prefers_batches());
  const auto& o = slurm->options();
  EXPECT_EQ(o.command, (std::vector<std::string>{"python3", "ft.py"}));
  EXPECT_EQ(o.sbatch_args, (std::vector<std::string>{"--partition=gpu", "--gres=gpu:1"}));
  EXPECT_EQ(o.cache_file, (dir_ / "c.jsonl").string());
  EXPECT_EQ(o.job_dir, (dir_ / "jobs").string());
  EXPECT_TRUE(fs::is_regular_file(dir_ / "jobs" / "carbondse_job.sh"));
  EXPECT_EQ(o.job_name, "prune");
  EXPECT_DOUBLE_EQ(o.poll_interval_s, 2);
  EXPECT_DOUBLE_EQ(o.pending_timeout_s, 600);
  EXPECT_DOUBLE_EQ(o.timeout_s, 7200);
  EXPECT_EQ(o.working_directory, dir_.string());
}

TEST_F(SlurmConfigTest, DefaultsAndTheLocalBackend)
{
  const auto source = make(R"({"kind": "external", "backend": "slurm", "command": ["ft"]})");
  const auto& o = dynamic_cast<const SlurmEvaluator&>(*source).options();
  EXPECT_TRUE(o.sbatch_args.empty());
  EXPECT_EQ(o.job_dir, (dir_ / "slurm_jobs").string());
  EXPECT_DOUBLE_EQ(o.poll_interval_s, 10);
  EXPECT_EQ(dynamic_cast<const SlurmEvaluator*>(
                make(R"({"kind": "external", "backend": "local", "command": ["ft"]})").get()),
            nullptr);
}

TEST_F(SlurmConfigTest, ErrorsNameTheOffendingField)
{
  const std::string head = R"({"kind": "external", "backend": "slurm", "command": ["ft"], )";
  EXPECT_NE(error_of(head + R"("sbatch_arg": []})").find("sbatch_arg"), std::string::npos);
  EXPECT_NE(error_of(head + R"("sbatch_args": "--gres=gpu:1"})").find("scenario.accuracy.sbatch_args"),
            std::string::npos);
  EXPECT_NE(error_of(head + R"("sbatch_args": ["-p", 4]})").find("scenario.accuracy.sbatch_args[1]"), std::string::npos);
  // Options the evaluator sets itself, long and short spellings.
  for (const char* reserved : {"--output=x", "-o", "--array=0-3", "-a0-3", "--parsable", "--input=f", "-J",
                               "--job-name=x", "--chdir=/", "--wrap=ls", "-e"}) {
    const std::string message = error_of(head + R"("sbatch_args": ["--time=1:00:00", ")" + reserved + R"("]})");
    EXPECT_NE(message.find("scenario.accuracy.sbatch_args[1]"), std::string::npos) << reserved << ": " << message;
  }
  EXPECT_EQ(error_of(head + R"("sbatch_args": ["--exclusive", "--export=ALL", "-N1"]})"), "(no error)");
  EXPECT_NE(error_of(head + R"("poll_interval_s": 0})").find("scenario.accuracy.poll_interval_s"), std::string::npos);
  EXPECT_NE(error_of(head + R"("pending_timeout_s": -1})").find("scenario.accuracy.pending_timeout_s"),
            std::string::npos);
  EXPECT_NE(error_of(head + R"("timeout_s": 1e9})").find("scenario.accuracy.timeout_s"), std::string::npos);
  EXPECT_NE(error_of(head + R"("job_dir": ""})").find("scenario.accuracy.job_dir"), std::string::npos);
  // sbatch would read %j, %a, %x in the request/output file names as patterns.
  const std::string percent = error_of(head + R"("job_dir": "jobs_%j"})");
  EXPECT_NE(percent.find("scenario.accuracy.job_dir"), std::string::npos) << percent;
  EXPECT_NE(percent.find("jobs_%j"), std::string::npos) << percent;
  EXPECT_FALSE(fs::exists(dir_ / "jobs_%j"));
  SlurmEvaluatorOptions direct;
  direct.command = {"ft"};
  direct.job_dir = (dir_ / "a%x").string();
  try {
    SlurmEvaluator evaluator(direct);
    ADD_FAILURE() << "a '%' in job_dir was accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("job_dir"), std::string::npos) << e.what();
  }
  EXPECT_NE(error_of(head + R"("job_name": "a b"})").find("scenario.accuracy.job_name"), std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "backend": "pbs", "command": ["ft"]})").find("scenario.accuracy.backend"),
            std::string::npos);
  EXPECT_NE(error_of(R"({"kind": "external", "backend": "slurm"})").find("command"), std::string::npos);
  // SLURM-only fields are unknown to the local backend.
  EXPECT_NE(error_of(R"({"kind": "external", "command": ["ft"], "sbatch_args": []})").find("sbatch_args"),
            std::string::npos);
}

TEST_F(SlurmConfigTest, CacheFileErrorsNameTheLine)
{
  const fs::path cache = dir_ / "c.jsonl";
  {
    std::ofstream out(cache);
    out << R"({"key": "k1", "command": ["ft"], "job_id": "12", "output": "a.out", "error": "a.err", "model": {}})"
           "\n";
    out << "{not json\n";
    out << R"({"key": "k2", "command": ["ft"], "job_id": "13"})"
           "\n";
  }
  const std::string spec = R"({"kind": "external", "backend": "slurm", "command": ["ft"], "cache_file": "c.jsonl"})";
  EXPECT_NE(error_of(spec).find("c.jsonl:2"), std::string::npos) << error_of(spec);
  {
    std::ofstream out(cache);
    out << R"({"key": "k2", "command": ["ft"], "job_id": "13"})"
           "\n";
  }
  EXPECT_NE(error_of(spec).find("c.jsonl:1"), std::string::npos) << error_of(spec);   // no "output"
  {
    // Another command's lines are ignored, and a truncated last line (a crash) is dropped.
    std::ofstream out(cache);
    out << R"({"key": "k2", "command": ["other"], "job_id": "13"})"
           "\n";
    out << R"({"key": "k3", "command": ["ft"], "job_id": "14", "accuracy": 0.5)";
  }
  EXPECT_EQ(error_of(spec), "(no error)");
}

TEST_F(SlurmConfigTest, AppendsAfterATornLastLineStartANewLine)
{
  // A kill -9 mid-append leaves a last line without '\n'; the next appends must not be glued to
  // it, or every later start fails on that line.
  const fs::path cache = dir_ / "c.jsonl";
  const std::string whole =
      R"({"key": "k1", "command": ["ft"], "job_id": "12", "output": "a.out", "error": "a.err", "model": {}})";
  {
    std::ofstream out(cache);
    out << whole << "\n"
        << R"({"key": "k2", "command": ["ft"], "job_id": "13", "accur)";
  }
  const json::Json command = json::Json::array({"ft"});
  const AccuracyEstimate estimate{true, 0.61, 0.6, 0.62, "external", "top1"};
  {
    SlurmJobCache first(cache.string(), command);
    EXPECT_EQ(first.submitted().size(), 1u);
    first.record_submission("k3", json::Json::object(), {"14", "c.out", "c.err"});
  }
  {
    SlurmJobCache second(cache.string(), command);
    EXPECT_EQ(second.submitted().count("k3"), 1u);
    second.record_result("k3", json::Json::object(), "14", estimate);
  }
  const SlurmJobCache third(cache.string(), command);
  EXPECT_EQ(third.submitted().size(), 1u);
  ASSERT_EQ(third.results().count("k3"), 1u);
  EXPECT_DOUBLE_EQ(third.results().at("k3").value, 0.61);
  // Through the evaluator, too: its construction loads the same file without an error.
  EXPECT_EQ(error_of(R"({"kind": "external", "backend": "slurm", "command": ["ft"], "cache_file": "c.jsonl"})"),
            "(no error)");

  // A whole last line that only lacks its '\n' is kept, and ended.
  {
    std::ofstream out(cache);
    out << whole;
  }
  {
    SlurmJobCache kept(cache.string(), command);
    EXPECT_EQ(kept.submitted().count("k1"), 1u);
    kept.record_result("k1", json::Json::object(), "12", estimate);
  }
  const SlurmJobCache reloaded(cache.string(), command);
  EXPECT_EQ(reloaded.results().count("k1"), 1u);
  EXPECT_TRUE(reloaded.submitted().empty());
}
