// `search --journal FILE` never overwrites an existing journal silently: it refuses (exit 2, one
// line naming the file and suggesting --resume or --force) unless --force is given.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using cdse::test::slurp;

namespace {

std::string temp_path(const std::string& name)
{
  return std::string(::testing::TempDir()) + "cli_journal_" + std::to_string(::getpid()) + "_" + name;
}

std::vector<std::string> small_search(const std::string& journal)
{
  return {"search", "--scenario", "reference-clip-b16", "--budget", "6", "--threads",
          "1",      "--quiet",    "--journal",          journal};
}

}   // namespace

TEST(CliSearchJournal, RefusesToOverwriteAnExistingJournal)
{
  const std::string journal = temp_path("existing.jsonl");
  {
    std::ofstream out(journal);
    for (int i = 0; i < 2001; ++i)
      out << "{\"line\": " << i << "}\n";
  }
  const std::string before = slurp(journal);
  const auto r = run_cli(small_search(journal));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(journal), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2001 lines"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--resume"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--force"), std::string::npos) << r.err;
  EXPECT_EQ(slurp(journal), before);   // not a byte lost

  auto forced = small_search(journal);
  forced.push_back("--force");
  const auto f = run_cli(forced);
  ASSERT_EQ(f.exit_code, 0) << f.err;
  const std::string after = slurp(journal);
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("carbondse-journal"), std::string::npos);
  std::filesystem::remove(journal);
}

TEST(CliSearchJournal, NewFileAndResumeNeedNoForce)
{
  const std::string journal = temp_path("fresh.jsonl");
  std::filesystem::remove(journal);
  const auto first = run_cli(small_search(journal));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  auto resumed = small_search(journal);
  resumed.push_back("--resume");
  EXPECT_EQ(run_cli(resumed).exit_code, 0);
  resumed.push_back("--force");
  const auto both = run_cli(resumed);
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("--force"), std::string::npos) << both.err;
  std::filesystem::remove(journal);
}

// A journal written before unset carbon values became null (placeholders -1 and 0, unused fields
// written) still resumes: the header is compared as this version writes it.
TEST(CliSearchJournal, OldStyleHeaderStillResumes)
{
  const std::string journal = temp_path("old_style.jsonl");
  std::filesystem::remove(journal);
  ASSERT_EQ(run_cli(small_search(journal)).exit_code, 0);
  std::string text = slurp(journal);
  const auto first_end = text.find('\n');
  auto header = nlohmann::json::parse(text.substr(0, first_end));
  auto& carbon = header["scenario"]["carbon"];
  ASSERT_TRUE(carbon["fab_intensity_g_per_kwh"].is_null()) << carbon;
  carbon["fab_intensity_g_per_kwh"] = -1.0;
  carbon["node_nm"] = 0;
  carbon["packaging_kg"] = 0.15;
  carbon["hardware_lifetime_years"] = 3.0;
  std::ofstream(journal, std::ios::binary) << header.dump() << text.substr(first_end);
  auto resumed = small_search(journal);
  resumed[4] = "10";   // a larger budget
  resumed.push_back("--resume");
  const auto r = run_cli(resumed);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["evaluations"], 10);
  std::filesystem::remove(journal);
}
