// Crash safety with a real child process: `carbondse-cli search --journal J` is killed with
// SIGKILL mid-run; the journal must reopen (library and `rescore`) with every design flushed about
// a second before the kill, a torn last line must be skipped with a warning, and `search --resume`
// must continue the run to its budget without losing or re-evaluating recorded designs.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/search/archive/journal.h"
#include "core/search/run/search_result.h"

using namespace cdse;
using namespace std::chrono_literals;

namespace {

// A space of ~3.5e9 designs: the run cannot finish before it is killed.
const char* const k_scenario = "reference-clip-b16";

// Starts the CLI with stdin/stdout/stderr on /dev/null; returns the child's pid.
pid_t spawn_cli(const std::vector<std::string>& args)
{
  std::vector<std::string> argv_storage{CARBONDSE_CLI_PATH};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  const pid_t pid = fork();
  if (pid == 0) {
    const int null_fd = open("/dev/null", O_RDWR);
    dup2(null_fd, 0);
    dup2(null_fd, 1);
    dup2(null_fd, 2);
    std::vector<char*> argv;
    for (auto& a : argv_storage)
      argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

std::size_t complete_lines(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  std::size_t lines = 0;
  for (char c; in.get(c);)
    lines += c == '\n' ? 1 : 0;
  return lines;
}

std::set<Genome> journal_genomes(const std::string& path)
{
  std::set<Genome> genomes;
  for (const auto& r : read_journal(path).records)
    genomes.insert(r.genome);
  return genomes;
}

}   // namespace

TEST(CliKillResume, KilledSearchReopensAndResumesToItsBudget)
{
  const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / ("kill_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string journal = (dir / "run.jsonl").string();
  std::filesystem::remove(journal);

  const std::vector<std::string> common{"search",    "--scenario", k_scenario,  "--algorithm", "random",  "--seed",   "5",
                                        "--journal", journal,      "--threads", "2",           "--quiet", "--compact"};
  std::vector<std::string> first = common;
  first.insert(first.end(), {"--budget", "1000000"});
  const pid_t child = spawn_cli(first);
  ASSERT_GT(child, 0);

  // Wait for a few flushed designs (header + at least 20 evaluations), at most a minute.
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (complete_lines(journal) < 21) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, WNOHANG), 0) << "the search exited before it was killed (status " << status << ")";
    ASSERT_LT(std::chrono::steady_clock::now(), deadline) << "the journal did not grow";
    std::this_thread::sleep_for(20ms);
  }
  // What had reached the file about a second before the kill must all survive it.
  const std::size_t flushed_before_kill = read_journal(journal).records.size();
  std::this_thread::sleep_for(1100ms);
  ASSERT_EQ(kill(child, SIGKILL), 0);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the child was not killed by SIGKILL";

  const JournalContents after_kill = read_journal(journal);
  const std::size_t recovered = after_kill.records.size();
  EXPECT_GE(recovered, flushed_before_kill);
  EXPECT_GT(recovered, 20u);
  std::printf("kill: %zu designs flushed 1.1 s before SIGKILL, %zu recovered after it\n", flushed_before_kill, recovered);
  {
    const JournalRun run = load_journal_run(journal);
    EXPECT_EQ(run.archive->size(), recovered);
    EXPECT_EQ(run.scenario.name, k_scenario);
  }
  const auto rescored = test::run_cli({"rescore", journal, "--compact"});
  ASSERT_EQ(rescored.exit_code, 0) << rescored.err;
  EXPECT_EQ(nlohmann::json::parse(rescored.out).at("evaluations").get<std::size_t>(), recovered);

  // A torn last line (half of a real evaluation line, no newline) is skipped with a warning.
  std::string last_line;
  {
    std::ifstream in(journal);
    for (std::string line; std::getline(in, line);)
      if (!line.empty())
        last_line = line;
  }
  {
    std::ofstream out(journal, std::ios::app | std::ios::binary);
    if (complete_lines(journal) != 0 && !std::filesystem::is_empty(journal)) {
      std::ifstream probe(journal, std::ios::binary | std::ios::ate);
      probe.seekg(-1, std::ios::end);
      if (probe.get() != '\n')
        out << '\n';   // the kill itself tore a line: finish it so ours is the torn one
    }
    out.write(last_line.data(), static_cast<std::streamsize>(last_line.size() / 2));
  }
  const JournalContents torn = read_journal(journal);
  EXPECT_GE(torn.records.size(), recovered - 1);   // at most the line the kill tore, now closed, is lost
  ASSERT_FALSE(torn.warnings.empty());
  EXPECT_NE(torn.warnings.back().find("torn"), std::string::npos) << torn.warnings.back();
  const auto rescored_torn = test::run_cli({"rescore", journal, "--compact"});
  ASSERT_EQ(rescored_torn.exit_code, 0) << rescored_torn.err;
  EXPECT_NE(rescored_torn.err.find("warning"), std::string::npos) << rescored_torn.err;

  // Resume to a budget a little above what was recorded: the old designs are replayed, not lost.
  const std::set<Genome> before_resume = journal_genomes(journal);
  const std::size_t budget = torn.records.size() + 30;
  std::vector<std::string> second = common;
  second.insert(second.end(), {"--resume", "--budget", std::to_string(budget)});
  const auto resumed = test::run_cli(std::vector<std::string>(second.begin(), second.end()));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const auto result = nlohmann::json::parse(resumed.out);
  EXPECT_EQ(result.at("evaluations").get<std::size_t>(), budget);
  const JournalContents final_journal = read_journal(journal);
  EXPECT_TRUE(final_journal.warnings.empty()) << final_journal.warnings.front();   // the torn tail was cut off
  EXPECT_EQ(final_journal.records.size(), budget);
  const std::set<Genome> after_resume = journal_genomes(journal);
  for (const auto& g : before_resume)
    EXPECT_TRUE(after_resume.count(g)) << "a design recorded before the kill was lost on resume";
  std::filesystem::remove_all(dir);
}
