// `carbondse-cli search --session FILE` writes a one-run session with the search's designs that
// loads back (and re-scores to the same front); an existing FILE is refused without --force; and
// `rescore` reads version-2 and version-1 sessions alike.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "core/session/session_file.h"
#include "core/session/session_json_v1.h"
#include "unique_temp_path.h"

namespace fs = std::filesystem;
using cdse::test::run_cli;

namespace {

fs::path fresh_dir(const std::string& name)
{
  const fs::path dir = cdse::test::unique_temp_path("cli_session_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> search_args(const fs::path& session)
{
  return {"search",        "--scenario", "reference-clip-b16", "--algorithm", "random",  "--budget",  "150",
          "--seed",        "4",          "--threads",          "1",           "--quiet", "--compact", "--session",
          session.string()};
}

std::size_t lines(const std::string& text)
{
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}   // namespace

TEST(CliSession, SearchWritesASessionWithTheSameDesigns)
{
  const fs::path file = fresh_dir("write") / "run.cdse";
  const auto r = run_cli(search_args(file));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto result = nlohmann::json::parse(r.out);

  const cdse::Session s = cdse::load_session(file.string());
  ASSERT_EQ(s.runs.size(), 1u);
  const cdse::SessionRun& run = s.runs[0];
  EXPECT_EQ(run.name, "Run 1");
  EXPECT_TRUE(std::regex_match(run.started_utc, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)"))) << run.started_utc;
  EXPECT_EQ(run.scenario.name, "reference-clip-b16");
  EXPECT_EQ(run.settings, (cdse::SessionRunSettings{"random", 150, 1, 4}));
  EXPECT_EQ(run.designs.size(), result["evaluations"].get<std::size_t>());
  EXPECT_EQ(run.baselines.size(), result["baselines"].size());

  // The session re-scores to the search's own result: same front, same metrics, same hypervolume.
  const auto again = run_cli({"rescore", file.string(), "--compact"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  const auto rescored = nlohmann::json::parse(again.out);
  EXPECT_FALSE(result["pareto"].empty());
  EXPECT_EQ(rescored["pareto"], result["pareto"]);
  EXPECT_EQ(rescored["hypervolume"], result["hypervolume"]);
  EXPECT_EQ(rescored["feasible"], result["feasible"]);
}

TEST(CliSession, ExistingSessionNeedsForce)
{
  const fs::path file = fresh_dir("force") / "run.cdse";
  std::ofstream(file) << "precious";
  const auto refused = run_cli(search_args(file));
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_EQ(lines(refused.err), 1u) << refused.err;
  EXPECT_NE(refused.err.find(file.string()), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  EXPECT_TRUE(refused.out.empty());
  EXPECT_EQ(cdse::test::slurp(file.string()), "precious");

  auto args = search_args(file);
  args.push_back("--force");
  const auto forced = run_cli(args);
  ASSERT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_EQ(cdse::load_session(file.string()).runs[0].designs.size(), 150u);

  const auto missing_folder = run_cli(search_args(file.parent_path() / "no" / "such" / "run.cdse"));
  EXPECT_EQ(missing_folder.exit_code, 2);
  EXPECT_NE(missing_folder.err.find("does not exist"), std::string::npos) << missing_folder.err;
  const auto lone_force = run_cli({"search", "--scenario", "reference-clip-b16", "--budget", "4", "--force"});
  EXPECT_EQ(lone_force.exit_code, 2);
  EXPECT_NE(lone_force.err.find("--session FILE"), std::string::npos) << lone_force.err;
}

TEST(CliSession, FailedSaveStillPrintsTheResult)
{
  // The target passes the checks before the run (it exists, --force is given) but cannot be
  // replaced by a file when the run ends: a directory squats on the name.
  const fs::path target = fresh_dir("failed_save") / "run.cdse";
  fs::create_directory(target);
  auto args = search_args(target);
  args.push_back("--force");
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(lines(r.err), 1u) << r.err;
  EXPECT_NE(r.err.find(target.string()), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not saved"), std::string::npos) << r.err;
  ASSERT_FALSE(r.out.empty());
  const auto result = nlohmann::json::parse(r.out);
  EXPECT_EQ(result["evaluations"], 150);
  EXPECT_FALSE(result["pareto"].empty());
  EXPECT_TRUE(fs::is_directory(target));
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(target.parent_path()))
    ++entries;
  EXPECT_EQ(entries, 1u);   // no temporary file left next to it
}

TEST(CliSession, RescoreReadsBothFormatsAlike)
{
  const fs::path dir = fresh_dir("formats");
  const fs::path v2 = dir / "run.cdse";
  ASSERT_EQ(run_cli(search_args(v2)).exit_code, 0);
  const fs::path v1 = dir / "run.cdse.json";
  std::ofstream(v1) << cdse::session_to_v1_json(cdse::load_session(v2.string())).dump(1);
  const auto a = run_cli({"rescore", v2.string(), "--grid-intensity", "300"});
  const auto b = run_cli({"rescore", v1.string(), "--grid-intensity", "300"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(a.out, b.out);

  // Detected by content, whatever the name.
  const fs::path renamed = dir / "run.bin";
  fs::copy_file(v2, renamed);
  const auto c = run_cli({"rescore", renamed.string(), "--grid-intensity", "300"});
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_EQ(c.out, a.out);
}
