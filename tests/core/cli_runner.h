#pragma once
// Runs carbondse-cli as a child process and captures its exit status, stdout and stderr, so CLI
// tests check exactly what a user or script sees.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cdse::test {

struct CliResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string shell_quote(const std::string& s)
{
  std::string q = "'";
  for (char c : s)
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_text = "")
{
  static int counter = 0;
  const std::string base = std::string(::testing::TempDir()) + "cli_" + std::to_string(::getpid()) + "_" +
                           std::to_string(counter++);
  std::string cmd = shell_quote(CARBONDSE_CLI_PATH);
  for (const auto& a : args) {
    cmd += ' ';   // appended in two steps: `" " + quoted` trips GCC 12's -Wrestrict false positive
    cmd += shell_quote(a);
  }
  if (!stdin_text.empty()) {
    std::ofstream(base + ".in") << stdin_text;
    cmd += " < " + shell_quote(base + ".in");
  } else {
    cmd += " < /dev/null";
  }
  cmd += " > " + shell_quote(base + ".out") + " 2> " + shell_quote(base + ".err");
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  r.out = slurp(base + ".out");
  r.err = slurp(base + ".err");
  std::remove((base + ".out").c_str());
  std::remove((base + ".err").c_str());
  std::remove((base + ".in").c_str());
  return r;
}

}   // namespace cdse::test
