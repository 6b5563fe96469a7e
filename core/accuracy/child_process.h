#pragma once
// Runs one command (argv, no shell) to completion: feeds it stdin, collects stdout and the tail of
// stderr, and kills its whole process group when the deadline passes. Used by ExternalEvaluator;
// safe to call from several threads at once (posix_spawn, no global signal handlers).
#include <string>
#include <string_view>
#include <vector>

namespace cdse {

struct ChildProcessResult {
  bool started = false;   // false: the command could not be started (see start_error)
  std::string start_error;
  bool timed_out = false;
  int exit_code = -1;        // valid when the child exited normally
  int signal = 0;            // the terminating signal, 0 when it exited normally
  std::string stdout_text;   // at most max_stdout_bytes (truncated beyond)
  bool stdout_truncated = false;
  std::string stderr_tail;   // the last stderr_tail_bytes of stderr
  double elapsed_s = 0;
};

struct ChildProcessOptions {
  double timeout_s = 600;
  std::string working_directory;   // empty: inherit
  std::size_t max_stdout_bytes = 1 << 20;
  std::size_t stderr_tail_bytes = 4096;
};

ChildProcessResult run_child_process(const std::vector<std::string>& argv, std::string_view stdin_text,
                                     const ChildProcessOptions& options);

}   // namespace cdse
