#include "core/accuracy/slurm_evaluator.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "core/accuracy/evaluation_cancelled.h"
#include "core/accuracy/evaluator_output.h"
#include "core/accuracy/external_evaluator.h"
#include "core/accuracy/external_evaluator_error.h"
#include "core/accuracy/slurm_cli.h"
#include "core/workload/model_config_json.h"

namespace cdse {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A job SLURM answers nothing about right after sbatch returned is a glitch; after this many
// polls it is gone.
constexpr int k_unknown_polls_before_failure = 3;
// squeue failing (controller restarting) is tolerated this long before the jobs are given up.
constexpr double k_squeue_outage_s = 300;
constexpr std::size_t k_stderr_tail_bytes = 4096;

std::string read_file_or_empty(const std::string& path, std::size_t tail_bytes = 0)
{
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return {};
  std::ostringstream text;
  text << in.rdbuf();
  std::string s = text.str();
  if (tail_bytes > 0 && s.size() > tail_bytes)
    s.erase(0, s.size() - tail_bytes);
  return s;
}

std::string why(const std::string& state)
{
  if (state == "FAILED")
    return "the command exited with a non-zero status or could not start";
  if (state == "TIMEOUT")
    return "it reached its time limit (raise --time in sbatch_args)";
  if (state == "CANCELLED")
    return "it was cancelled (scancel, by a user or an administrator)";
  if (state == "OUT_OF_MEMORY")
    return "it ran out of memory (raise --mem in sbatch_args)";
  if (state == "NODE_FAIL")
    return "its node failed";
  if (state == "BOOT_FAIL")
    return "its node failed to boot";
  if (state == "PREEMPTED")
    return "a higher-priority job preempted it";
  if (state == "DEADLINE")
    return "it missed its --deadline";
  return "it did not complete";
}

// How the board shows a state squeue reports for a job that has not ended.
EvaluatorJobState board_state(const std::string& slurm_state)
{
  if (slurm_state == "PENDING" || slurm_state == "REQUEUED" || slurm_state == "REQUEUE_HOLD" ||
      slurm_state == "REQUEUE_FED" || slurm_state == "RESV_DEL_HOLD")
    return EvaluatorJobState::Pending;
  return EvaluatorJobState::Running;   // RUNNING, CONFIGURING, COMPLETING, SUSPENDED, STAGE_OUT...
}

std::string seconds_text(double s)
{
  std::ostringstream text;
  text << s << " s";
  return text.str();
}

}   // namespace

struct SlurmEvaluator::PendingJob {
  std::string key;
  ModelConfig model;
  SlurmJobFiles files;
  std::promise<AccuracyEstimate> promise;
  bool done = false;
  int unknown_polls = 0;
  Clock::time_point since;
};

SlurmEvaluator::SlurmEvaluator(SlurmEvaluatorOptions options)
    : options_(std::move(options)), cache_file_(options_.cache_file, json::Json(options_.command))
{
  if (options_.command.empty() || options_.command.front().empty())
    throw InputError("command", "the evaluator command is empty");
  auto check_duration = [](const char* field, double value, double min_s) {
    if (!(value >= min_s) || value > 7 * 24 * 3600.0)
      throw InputError(field, "must be between " + seconds_text(min_s) + " and 604800 s (one week), got " +
                                  std::to_string(value));
  };
  check_duration("poll_interval_s", options_.poll_interval_s, 0.1);
  check_duration("pending_timeout_s", options_.pending_timeout_s, 1);
  check_duration("timeout_s", options_.timeout_s, 1);
  if (options_.job_dir.empty())
    throw InputError("job_dir", "is empty");
  std::error_code error;
  const fs::path base = options_.working_directory.empty() ? fs::current_path() : fs::path(options_.working_directory);
  options_.job_dir = fs::absolute(base / options_.job_dir).lexically_normal().string();
  // sbatch reads %j, %a, %x ... in --input/--output/--error as patterns: the files would not be found.
  if (options_.job_dir.find('%') != std::string::npos)
    throw InputError("job_dir", "must not contain '%' (sbatch expands it in file names), got '" + options_.job_dir + "'");
  fs::create_directories(options_.job_dir, error);
  if (error)
    throw InputError(options_.job_dir, "cannot create the job folder: " + error.message());
  // sbatch needs a script; this one hands over to the user's command with the job's stdin/stdout.
  wrapper_script_ = (fs::path(options_.job_dir) / "carbondse_job.sh").string();
  std::ofstream script(wrapper_script_, std::ios::trunc);
  script << "#!/bin/sh\n# Written by CarbonDSE: runs the accuracy evaluator command given as arguments.\nexec \"$@\"\n";
  if (!script)
    throw InputError(wrapper_script_, "cannot write the job script");
  script.close();
  fs::permissions(wrapper_script_,
                  fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                      fs::perms::others_exec,
                  error);
  for (const auto& [key, estimate] : cache_file_.results()) {
    std::promise<AccuracyEstimate> ready;
    ready.set_value(estimate);
    results_[key] = ready.get_future().share();
  }
  resumable_ = cache_file_.submitted();
}

SlurmEvaluator::~SlurmEvaluator()
{
  std::vector<std::string> ids;
  {
    std::lock_guard lock(mutex_);
    ids.assign(active_.begin(), active_.end());
  }
  slurm_cancel(ids);
}

std::string SlurmEvaluator::command_text() const
{
  std::string text = "slurm:";
  for (const auto& a : options_.command)
    text += " " + a;
  return text;
}

std::vector<std::string> SlurmEvaluator::active_job_ids() const
{
  std::lock_guard lock(mutex_);
  return {active_.begin(), active_.end()};
}

void SlurmEvaluator::cancel_pending() const
{
  std::vector<std::string> ids;
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    ids.assign(active_.begin(), active_.end());
  }
  slurm_cancel(ids);
  wake_.notify_all();
}

AccuracyEstimate SlurmEvaluator::estimate(const ModelConfig& model) const { return evaluate({model}).front().get(); }

std::vector<AccuracyEstimate> SlurmEvaluator::estimate_batch(const std::vector<ModelConfig>& models,
                                                             int parallel_jobs) const
{
  (void)parallel_jobs;
  const auto futures = evaluate(models);
  std::vector<AccuracyEstimate> results;
  std::exception_ptr first_error;
  for (const auto& f : futures) {
    try {
      results.push_back(f.get());
    } catch (...) {
      if (!first_error)
        first_error = std::current_exception();
      results.emplace_back();
    }
  }
  if (first_error)
    std::rethrow_exception(first_error);
  return results;
}

std::vector<std::shared_future<AccuracyEstimate>> SlurmEvaluator::evaluate(const std::vector<ModelConfig>& models) const
{
  std::vector<std::shared_future<AccuracyEstimate>> futures(models.size());
  std::vector<std::unique_ptr<PendingJob>> owned;
  {
    std::lock_guard lock(mutex_);
    if (cancelled_)
      throw EvaluationCancelled("SLURM evaluator: stopped, no new jobs are submitted");
    for (std::size_t i = 0; i < models.size(); ++i) {
      const std::string key = ExternalEvaluator::cache_key(models[i]);
      if (const auto it = results_.find(key); it != results_.end()) {
        futures[i] = it->second;   // done, failed, or another call is waiting for its job
        continue;
      }
      auto job = std::make_unique<PendingJob>();
      job->key = key;
      job->model = models[i];
      futures[i] = job->promise.get_future().share();
      results_.emplace(key, futures[i]);
      if (const auto r = resumable_.find(key); r != resumable_.end()) {
        job->files = r->second;   // submitted before a restart: wait for it, do not submit again
        resumable_.erase(r);
        jobs_.submitted(key, job->files.job_id, "submitted before a restart");
      }
      owned.push_back(std::move(job));
    }
  }
  std::vector<PendingJob*> to_submit, to_wait;
  for (auto& job : owned) {
    (job->files.job_id.empty() ? to_submit : to_wait).push_back(job.get());
  }
  submit(to_submit);
  for (auto* job : to_submit)
    if (!job->done)
      to_wait.push_back(job);
  wait_for(to_wait);
  return futures;
}

void SlurmEvaluator::submit(std::vector<PendingJob*>& jobs) const
{
  if (jobs.empty())
    return;
  const auto now_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  const std::string tag = (fs::path(options_.job_dir) / (std::to_string(now_ms) + "-" + std::to_string(::getpid()) + "-" +
                                                         std::to_string(next_tag_++)))
                              .string();
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const std::string request = tag + "_" + std::to_string(i) + ".json";
    std::ofstream out(request, std::ios::trunc);
    out << ExternalEvaluator::request_json(jobs[i]->model).dump() << '\n';
    if (!out) {
      for (auto* job : jobs)
        fail(*job, "cannot write the job's request file " + request, false);
      return;
    }
  }
  const bool array = jobs.size() > 1;
  const std::string index = array ? "%a" : "0";
  std::vector<std::string> args = options_.sbatch_args;
  args.push_back("--job-name=" + options_.job_name);
  if (!options_.working_directory.empty())
    args.push_back("--chdir=" + options_.working_directory);
  args.push_back("--input=" + tag + "_" + index + ".json");
  args.push_back("--output=" + tag + "_" + index + ".out");
  args.push_back("--error=" + tag + "_" + index + ".err");
  if (array)
    args.push_back("--array=0-" + std::to_string(jobs.size() - 1));
  args.push_back(wrapper_script_);
  args.insert(args.end(), options_.command.begin(), options_.command.end());

  std::string job_id;
  {
    // cancel_pending() may have run while the request files were written: submit nothing then.
    std::lock_guard lock(mutex_);
    if (cancelled_) {
      for (auto* job : jobs)
        leave_unevaluated(*job, "SLURM evaluator: stopped before the job was submitted");
      return;
    }
  }
  ++sbatch_calls_;
  try {
    job_id = slurm_submit(args);
  } catch (const ExternalEvaluatorError& e) {
    for (auto* job : jobs) {
      jobs_.failed(job->key, e.what());
      job->promise.set_exception(std::make_exception_ptr(e));
      job->done = true;
    }
    return;
  }
  jobs_submitted_ += static_cast<int>(jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    std::string suffix = "_";
    suffix += std::to_string(i);   // (not "_" + ...: GCC 12 warns falsely about that)
    jobs[i]->files = {array ? job_id + suffix : job_id, tag + suffix + ".out", tag + suffix + ".err"};
    jobs_.submitted(jobs[i]->key, jobs[i]->files.job_id);
    try {
      cache_file_.record_submission(jobs[i]->key, to_json(jobs[i]->model), jobs[i]->files);
    } catch (const ExternalEvaluatorError&) {
      // The job runs anyway; only a restart would not know it. The result line is retried later.
    }
  }
}

void SlurmEvaluator::leave_unevaluated(PendingJob& job, const std::string& message) const
{
  jobs_.cancelled(job.key, message);
  job.promise.set_exception(std::make_exception_ptr(EvaluationCancelled(message)));
  job.done = true;
  results_.erase(job.key);   // not a result: a later run submits it again
}

void SlurmEvaluator::fail(PendingJob& job, const std::string& problem, bool cancel_job) const
{
  if (cancel_job && !job.files.job_id.empty())
    slurm_cancel({job.files.job_id});
  const std::string stderr_tail = job.files.error_file.empty()
                                      ? ""
                                      : read_file_or_empty(job.files.error_file, k_stderr_tail_bytes);
  const std::string who = job.files.job_id.empty() ? "" : "SLURM job " + job.files.job_id + " ";
  const ExternalEvaluatorError error(command_text(), who + problem, stderr_tail);
  const bool cancelled_on_cluster = problem.rfind("ended in state CANCELLED", 0) == 0;
  if (cancelled_on_cluster)
    jobs_.cancelled(job.key, error.what());
  else
    jobs_.failed(job.key, error.what());
  job.promise.set_exception(std::make_exception_ptr(error));
  job.done = true;
}

void SlurmEvaluator::settle(PendingJob& job, const std::string& state, const std::string& reason) const
{
  if (state != "COMPLETED") {
    std::string problem = "ended in state " + state + ": " + why(state);
    if (!reason.empty() && reason != "None")
      problem += " (reason: " + reason + ")";
    fail(job, problem, false);
    return;
  }
  AccuracyEstimate result;
  try {
    result = parse_evaluator_output(command_text(), read_file_or_empty(job.files.output_file),
                                    read_file_or_empty(job.files.error_file, k_stderr_tail_bytes));
  } catch (const ExternalEvaluatorError& e) {
    fail(job, "completed, but its output " + job.files.output_file + " is not a result: " + e.problem(), false);
    return;
  }
  jobs_.succeeded(job.key, result.value);
  job.promise.set_value(result);
  job.done = true;
  try {
    cache_file_.record_result(job.key, to_json(job.model), job.files.job_id, result);
  } catch (const ExternalEvaluatorError&) {
    // The result stands; only a restart would not know it and would read the job's output again.
  }
}

void SlurmEvaluator::wait_for(std::vector<PendingJob*>& jobs) const
{
  if (jobs.empty())
    return;
  {
    std::lock_guard lock(mutex_);
    for (auto* job : jobs) {
      job->since = Clock::now();
      active_.insert(job->files.job_id);
    }
  }
  bool squeue_failing = false;
  Clock::time_point squeue_failing_since;
  auto finish = [&] {
    std::lock_guard lock(mutex_);
    for (auto* job : jobs)
      if (job->done)
        active_.erase(job->files.job_id);
  };
  while (true) {
    std::vector<std::string> ids;
    for (auto* job : jobs)
      if (!job->done)
        ids.push_back(job->files.job_id);
    if (ids.empty())
      break;
    if (cancelled_) {
      slurm_cancel(ids);   // cancel_pending() did it for the jobs it saw; this covers late ones
      std::lock_guard lock(mutex_);
      for (auto* job : jobs)
        if (!job->done)
          leave_unevaluated(*job, "SLURM job " + job->files.job_id + " cancelled: the search was stopped");
      break;
    }
    std::map<std::string, SlurmJobStatus> states;
    try {
      states = slurm_job_states(ids);
      squeue_failing = false;
    } catch (const ExternalEvaluatorError& e) {
      const auto now = Clock::now();
      if (!squeue_failing)
        squeue_failing_since = now;
      squeue_failing = true;
      if (std::chrono::duration<double>(now - squeue_failing_since).count() > k_squeue_outage_s) {
        for (auto* job : jobs)
          if (!job->done)
            fail(*job, "cannot be followed: " + std::string(e.what()), false);
        break;
      }
    }
    const auto now = Clock::now();
    for (auto* job : jobs) {
      if (job->done || squeue_failing)
        continue;
      const double waited_s = std::chrono::duration<double>(now - job->since).count();
      const auto it = states.find(job->files.job_id);
      if (it == states.end()) {
        // Ended long ago (or the controller restarted) and no accounting: its output tells.
        if (++job->unknown_polls >= k_unknown_polls_before_failure) {
          if (!read_file_or_empty(job->files.output_file).empty())
            settle(*job, "COMPLETED", "");
          else
            fail(*job, "is no longer known to SLURM (squeue, sacct) and left no output in " + job->files.output_file,
                 false);
        }
        continue;
      }
      const SlurmJobStatus& status = it->second;
      if (!slurm_state_is_final(status.state)) {
        const bool plain = status.state == "PENDING" || status.state == "RUNNING";
        jobs_.progressed(job->key, board_state(status.state),
                         !plain                    ? status.state
                         : status.reason == "None" ? ""
                                                   : status.reason);
      }
      if (slurm_state_is_final(status.state))
        settle(*job, status.state, status.reason);
      else if (status.state == "PENDING" && waited_s > options_.pending_timeout_s)
        fail(*job,
             "still PENDING after " + seconds_text(options_.pending_timeout_s) + " (reason: " + status.reason +
                 "; a drained or down node, a full partition or a request no node satisfies); cancelled it",
             true);
      else if (waited_s > options_.timeout_s)
        fail(*job,
             "not finished after " + seconds_text(options_.timeout_s) + " (state " + status.state + "); cancelled it",
             true);
    }
    finish();
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, std::chrono::duration<double>(options_.poll_interval_s), [&] { return cancelled_.load(); });
  }
  finish();
}

}   // namespace cdse
