#include "core/accuracy/evaluator_job_board.h"

namespace cdse {

EvaluatorJobBoard::Entry& EvaluatorJobBoard::entry(const std::string& key)
{
  if (const auto it = by_key_.find(key); it != by_key_.end())
    return entries_[it->second];
  by_key_.emplace(key, entries_.size());
  Entry& added = entries_.emplace_back();
  added.job.key = key;
  added.job.submitted_at = std::chrono::system_clock::now();
  added.since = Clock::now();
  return added;
}

void EvaluatorJobBoard::begin(const std::string& key, const std::string& job_id, EvaluatorJobState state,
                              const std::string& detail)
{
  std::lock_guard lock(mutex_);
  Entry& e = entry(key);
  // Submitted again (after a failure, or by a restarted evaluator): a new job, a new clock.
  e.job.job_id = job_id;
  e.job.state = state;
  e.job.detail = detail;
  e.job.accuracy.reset();
  e.job.submitted_at = std::chrono::system_clock::now();
  e.since = Clock::now();
  ++version_;
}

void EvaluatorJobBoard::submitted(const std::string& key, const std::string& job_id, const std::string& detail)
{
  begin(key, job_id, EvaluatorJobState::Submitted, detail);
}

void EvaluatorJobBoard::started(const std::string& key, const std::string& job_id)
{
  begin(key, job_id, EvaluatorJobState::Running, "");
}

void EvaluatorJobBoard::progressed(const std::string& key, EvaluatorJobState state, const std::string& detail)
{
  std::lock_guard lock(mutex_);
  const auto it = by_key_.find(key);
  if (it == by_key_.end())
    return;
  EvaluatorJob& job = entries_[it->second].job;
  if (evaluator_job_state_is_final(job.state) || (job.state == state && job.detail == detail))
    return;
  job.state = state;
  job.detail = detail;
  ++version_;
}

void EvaluatorJobBoard::end(const std::string& key, EvaluatorJobState state, const std::string& detail,
                            std::optional<double> accuracy)
{
  std::lock_guard lock(mutex_);
  Entry& e = entry(key);
  e.job.state = state;
  e.job.detail = detail;
  e.job.accuracy = accuracy;
  e.ended = Clock::now();
  ++version_;
}

void EvaluatorJobBoard::succeeded(const std::string& key, double accuracy)
{
  end(key, EvaluatorJobState::Done, "", accuracy);
}

void EvaluatorJobBoard::failed(const std::string& key, const std::string& reason)
{
  end(key, EvaluatorJobState::Failed, reason, std::nullopt);
}

void EvaluatorJobBoard::cancelled(const std::string& key, const std::string& reason)
{
  end(key, EvaluatorJobState::Cancelled, reason, std::nullopt);
}

EvaluatorJobsSnapshot EvaluatorJobBoard::snapshot(std::size_t max_jobs) const
{
  EvaluatorJobsSnapshot s;
  s.source_runs_jobs = true;
  const auto now = Clock::now();
  std::lock_guard lock(mutex_);
  s.version = version_;
  const std::size_t first = entries_.size() > max_jobs ? entries_.size() - max_jobs : 0;
  s.jobs_left_out = first;
  s.jobs.reserve(entries_.size() - first);
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    s.counts.add(e.job.state);
    if (i < first)
      continue;
    EvaluatorJob& job = s.jobs.emplace_back(e.job);
    const auto until = evaluator_job_state_is_final(e.job.state) ? e.ended : now;
    job.elapsed_s = std::chrono::duration<double>(until - e.since).count();
  }
  return s;
}

std::uint64_t EvaluatorJobBoard::version() const
{
  std::lock_guard lock(mutex_);
  return version_;
}

}   // namespace cdse
