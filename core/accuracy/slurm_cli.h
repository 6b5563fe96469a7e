#pragma once
// The four SLURM client commands the SLURM evaluator needs, run as child processes (argv, no
// shell; they find the cluster through the usual SLURM_CONF / /etc/slurm/slurm.conf):
//   sbatch --parsable ...          submit, returns the job id ("123", or "123;cluster")
//   squeue -h -r -t all -j ids     state and pending reason of jobs the controller still holds
//   sacct -n -P -X -j ids          state of older jobs (needs accounting; optional)
//   scancel ids                    cancel
// Job ids are "123" for a single job and "123_4" for element 4 of array job 123.
#include <map>
#include <string>
#include <vector>

namespace cdse {

struct SlurmJobStatus {
  std::string state;    // PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, ...
  std::string reason;   // squeue's %r (why a job is pending), "" from sacct
};

// Runs `sbatch --parsable <arguments>`; returns the job id. Throws ExternalEvaluatorError with
// sbatch's message when it fails.
std::string slurm_submit(const std::vector<std::string>& arguments);

// States of `job_ids`; ids SLURM no longer knows (purged and no accounting) are absent. Throws
// ExternalEvaluatorError when squeue itself cannot talk to the controller.
std::map<std::string, SlurmJobStatus> slurm_job_states(const std::vector<std::string>& job_ids);

// scancel; best effort (a job that has already ended is not an error).
void slurm_cancel(const std::vector<std::string>& job_ids);

// True for states after which a job never runs again.
bool slurm_state_is_final(const std::string& state);

}   // namespace cdse
