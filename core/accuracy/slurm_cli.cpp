#include "core/accuracy/slurm_cli.h"

#include <sstream>

#include "core/accuracy/child_process.h"
#include "core/accuracy/external_evaluator_error.h"

namespace cdse {
namespace {

// Client commands answer in well under a second on a healthy cluster; a minute means trouble.
constexpr double k_client_timeout_s = 60;

ChildProcessResult run_client(const std::vector<std::string>& argv)
{
  ChildProcessOptions options;
  options.timeout_s = k_client_timeout_s;
  return run_child_process(argv, "", options);
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
  std::string text;
  for (const auto& p : parts)
    text += (text.empty() ? "" : separator) + p;
  return text;
}

std::string trimmed(const std::string& text)
{
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos)
    return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

std::string failure_text(const ChildProcessResult& r)
{
  if (!r.started)
    return r.start_error;
  if (r.timed_out)
    return "no answer within " + std::to_string(static_cast<int>(k_client_timeout_s)) + " s";
  return "exited with status " + std::to_string(r.exit_code);
}

// "a|b|c" lines → {first field: rest}; the first word of the state ("CANCELLED by 0" → CANCELLED).
void read_state_lines(const std::string& text, bool has_reason, std::map<std::string, SlurmJobStatus>& out)
{
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::istringstream fields(line);
    std::string id, state, reason;
    if (!std::getline(fields, id, '|') || !std::getline(fields, state, '|'))
      continue;
    if (has_reason)
      std::getline(fields, reason);
    state = trimmed(state.substr(0, state.find(' ')));
    if (!id.empty() && !state.empty())
      out[trimmed(id)] = {state, trimmed(reason)};
  }
}

}   // namespace

std::string slurm_submit(const std::vector<std::string>& arguments)
{
  std::vector<std::string> argv = {"sbatch", "--parsable"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  const ChildProcessResult r = run_client(argv);
  const std::string command = joined(argv, " ");
  if (!r.started || r.timed_out || r.exit_code != 0)
    throw ExternalEvaluatorError(command, "sbatch failed: " + failure_text(r), r.stderr_tail);
  // --parsable prints "jobid" or "jobid;cluster".
  std::string id = trimmed(r.stdout_text);
  id = id.substr(0, id.find(';'));
  if (id.empty() || id.find_first_not_of("0123456789") != std::string::npos)
    throw ExternalEvaluatorError(command, "sbatch printed no job id: '" + trimmed(r.stdout_text) + "'", r.stderr_tail);
  return id;
}

std::map<std::string, SlurmJobStatus> slurm_job_states(const std::vector<std::string>& job_ids)
{
  std::map<std::string, SlurmJobStatus> states;
  if (job_ids.empty())
    return states;
  // An array's elements that never started are merged back into one record under the array's id
  // when cancelled ("123" CANCELLED for 123_2 and 123_3): ask for the arrays too.
  std::vector<std::string> query = job_ids;
  for (const auto& id : job_ids)
    if (const auto underscore = id.find('_'); underscore != std::string::npos)
      query.push_back(id.substr(0, underscore));
  const std::string ids = joined(query, ",");
  const ChildProcessResult q = run_client({"squeue", "-h", "-r", "-t", "all", "-j", ids, "-o", "%i|%T|%r"});
  // squeue fails with "Invalid job id" when none of the ids is still held: that is an answer.
  const bool none_held = q.started && !q.timed_out && q.stderr_tail.find("Invalid job id") != std::string::npos;
  if (!none_held && (!q.started || q.timed_out || q.exit_code != 0))
    throw ExternalEvaluatorError("squeue -j " + ids, "cannot read job states: " + failure_text(q), q.stderr_tail);
  read_state_lines(q.stdout_text, true, states);

  std::vector<std::string> missing;
  for (const auto& id : job_ids) {
    if (states.count(id))
      continue;
    const auto underscore = id.find('_');
    const auto array = underscore == std::string::npos ? states.end() : states.find(id.substr(0, underscore));
    if (array != states.end() && slurm_state_is_final(array->second.state))
      states[id] = array->second;
    else
      missing.push_back(id);
  }
  if (missing.empty())
    return states;
  // Accounting keeps ended jobs after the controller forgets them; clusters without it answer
  // with an error, which leaves those jobs unknown (the caller then looks for their result file).
  const ChildProcessResult a = run_client({"sacct", "-n", "-P", "-X", "-j", joined(missing, ","), "-o", "JobID,State"});
  if (a.started && !a.timed_out && a.exit_code == 0)
    read_state_lines(a.stdout_text, false, states);
  return states;
}

void slurm_cancel(const std::vector<std::string>& job_ids)
{
  if (job_ids.empty())
    return;
  std::vector<std::string> argv = {"scancel"};
  argv.insert(argv.end(), job_ids.begin(), job_ids.end());
  run_client(argv);
}

bool slurm_state_is_final(const std::string& state)
{
  static const char* const k_final[] = {"COMPLETED", "FAILED",   "CANCELLED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL",
                                        "BOOT_FAIL", "DEADLINE", "PREEMPTED", "REVOKED", "SPECIAL_EXIT"};
  for (const char* s : k_final)
    if (state == s)
      return true;
  return false;
}

}   // namespace cdse
