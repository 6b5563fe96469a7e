#pragma once
// For tests that need the real single-node SLURM cluster: starts it once per test program with
// tests/slurm/start_cluster.sh (idempotent; needs root) and exports its SLURM_CONF, so sbatch,
// squeue and scancel run by the code under test find it.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <sys/wait.h>

namespace cdse::test {

// Runs a shell command; returns its stdout and stderr, sets `status` to its exit status.
inline std::string shell(const std::string& command, int* status = nullptr)
{
  std::string out;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe)
    return "popen failed";
  char buffer[4096];
  while (std::fgets(buffer, sizeof buffer, pipe))
    out += buffer;
  const int rc = ::pclose(pipe);
  if (status)
    *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

// "" when the cluster runs (SLURM_CONF is then set), else the start script's output and logs.
inline std::string start_slurm_test_cluster()
{
  int status = 0;
  const std::string out = shell("bash " + std::string(CARBONDSE_SOURCE_DIR) + "/tests/slurm/start_cluster.sh", &status);
  const auto at = out.rfind("SLURM_CONF=");
  if (status != 0 || at == std::string::npos)
    return out.empty() ? "start_cluster.sh failed without output" : out;
  std::string conf = out.substr(at + 11);
  conf.erase(conf.find_last_not_of(" \n") + 1);
  ::setenv("SLURM_CONF", conf.c_str(), 1);
  return "";
}

}   // namespace cdse::test
