// Session files: version-2 round trip of every field of every run (and of everything derived from
// them), version-1 files still open, progress reports, atomic saves that never damage the previous
// file, a 20,000-design session, and the corpus of bad session files in tests/data/bad_inputs/session.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>

#include <sys/resource.h>
#include <unistd.h>

#include "core/io/input_error.h"
#include "core/session/session_binary.h"
#include "core/session/session_file.h"
#include "core/session/session_json_v1.h"
#include "corpus_case_name.h"
#include "session_test_support.h"

namespace fs = std::filesystem;
using namespace cdse;
using cdse::test::fresh_dir;
using cdse::test::read_bytes;
using cdse::test::write_bytes;

namespace {

const Session& shared_sample()
{
  static const Session s = cdse::test::sample_session();
  return s;
}

std::string error_of(const std::function<void()>& f)
{
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

std::vector<std::string> folder_entries(const fs::path& dir)
{
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}   // namespace

TEST(SessionFile, Version2RoundTripKeepsEveryFieldOfEveryRun)
{
  const Session& original = shared_sample();
  ASSERT_EQ(original.runs.size(), 2u);
  const fs::path file = fresh_dir("roundtrip") / "s.cdse";
  save_session(file.string(), original);
  const std::string bytes = read_bytes(file);
  ASSERT_TRUE(has_session_signature(bytes));
  EXPECT_EQ(bytes[8], 2);   // version, little-endian
  const Session loaded = load_session(file.string());
  cdse::test::expect_same_session(original, loaded);

  // The sample exercises what it should: failures with messages, missing accuracy, two scenarios.
  std::size_t failed = 0, no_accuracy = 0;
  for (const auto& r : loaded.runs[1].designs) {
    failed += r.failed;
    no_accuracy += !r.failed && !r.invariants.accuracy_available;
  }
  EXPECT_GT(failed, 5u);
  EXPECT_GT(no_accuracy, 5u);
  EXPECT_NE(loaded.runs[0].scenario.name, loaded.runs[1].scenario.name);
}

TEST(SessionFile, Version1FileStillOpensAsOneRun)
{
  const Session& original = shared_sample();
  const fs::path file = fresh_dir("v1") / "old.cdse.json";
  std::ofstream(file) << session_to_v1_json(original).dump(1) << "\n";
  const Session loaded = load_session(file.string());

  Session expected;
  expected.runs.push_back(original.runs[original.active_run]);
  expected.runs[0].name = "Run 1";
  expected.runs[0].started_utc.clear();
  expected.carbon = original.carbon;
  for (const auto& p : original.pinned)
    if (p.run == original.active_run)
      expected.pinned.push_back({0, p.index});
  expected.selected = SessionDesignRef{0, original.selected->index};
  cdse::test::expect_same_session(expected, loaded);
}

TEST(SessionFile, CheckedInVersion1SessionOpens)
{
  // Written by the version-1 save_session (commit 4a795af): 40 designs of reference-clip-b16.
  const Session s = load_session(CARBONDSE_SOURCE_DIR "/tests/data/sessions/v1_reference_40.cdse.json");
  ASSERT_EQ(s.runs.size(), 1u);
  EXPECT_EQ(s.runs[0].name, "Run 1");
  EXPECT_EQ(s.runs[0].designs.size(), 40u);
  EXPECT_EQ(s.runs[0].settings.algorithm, "random");
  EXPECT_EQ(s.pinned, (std::vector<SessionDesignRef>{{0, 3}, {0, 9}}));
  EXPECT_EQ(s.selected, (SessionDesignRef{0, 9}));
  EXPECT_FALSE(make_session_archive(s, 0)->front().empty());
  // Saved before power gating and Murphy's yield existed (issue 15): its settings keep the behaviour
  // they were saved with, so the session re-scores to the numbers it showed.
  EXPECT_DOUBLE_EQ(s.carbon.idle_power_fraction, 1.0);
  EXPECT_EQ(s.carbon.yield_model, YieldModel::Constant);
  EXPECT_DOUBLE_EQ(s.runs[0].scenario.carbon.idle_power_fraction, 1.0);
  EXPECT_EQ(s.runs[0].scenario.carbon.yield_model, YieldModel::Constant);
}

TEST(SessionFile, ProgressRisesToOneAtAModestRate)
{
  const fs::path file = fresh_dir("progress") / "s.cdse";
  for (const bool saving : {true, false}) {
    std::vector<double> seen;
    const SessionProgress record = [&](double f) { seen.push_back(f); };
    if (saving)
      save_session(file.string(), shared_sample(), record);
    else
      (void)load_session(file.string(), record);
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_GE(seen.front(), 0.0);
    EXPECT_EQ(seen.back(), 1.0);
    EXPECT_LE(seen.size(), 110u);
  }
  EXPECT_NO_THROW(save_session(file.string(), shared_sample(), {}));   // an empty callback is fine
}

TEST(SessionFile, LargeSessionRoundTripsQuicklyAndCompactly)
{
  Session big;
  big.runs.push_back(cdse::test::searched_run("reference-clip-b16", 20000, 11));
  big.carbon = big.runs[0].scenario.carbon;
  const fs::path file = fresh_dir("large") / "big.cdse";
  const auto t0 = std::chrono::steady_clock::now();
  save_session(file.string(), big);
  const Session loaded = load_session(file.string());
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(loaded.runs[0].designs.size(), 20000u);
  cdse::test::expect_same_session(big, loaded);
  // ~106 bytes a design for a real search (bench_session); version 1 took ~1,360.
  EXPECT_LT(fs::file_size(file), 20000u * 200u);
  EXPECT_LT(seconds, 5.0);   // 0.2 s measured; generous for a loaded CI machine
}

TEST(SessionFile, SavingRefusesBrokenReferencesAndWritesNothing)
{
  Session s = shared_sample();
  s.pinned.push_back({0, 1'000'000});
  const fs::path file = fresh_dir("badref") / "s.cdse";
  const std::string message = error_of([&] { save_session(file.string(), s); });
  EXPECT_NE(message.find("pinned[3].index"), std::string::npos) << message;
  EXPECT_NE(message.find(file.string()), std::string::npos) << message;
  EXPECT_FALSE(fs::exists(file));

  s = shared_sample();
  s.pinned[2].run = 7;
  EXPECT_NE(error_of([&] { validate_session(s); }).find("pinned[2].run"), std::string::npos);
  s = shared_sample();
  s.selected = SessionDesignRef{0, s.runs[0].designs[0].index};   // not the active run
  EXPECT_NE(error_of([&] { validate_session(s); }).find("selected.run"), std::string::npos);
  s = shared_sample();
  s.active_run = 2;
  EXPECT_NE(error_of([&] { validate_session(s); }).find("active_run"), std::string::npos);
  s.runs.clear();
  EXPECT_NE(error_of([&] { validate_session(s); }).find("runs"), std::string::npos);
}

TEST(SessionFile, SessionRunFromALiveArchive)
{
  const SessionRun& run = shared_sample().runs[0];
  const auto archive = make_session_archive(shared_sample(), 0);
  const Session again = make_single_run_session(make_session_run(run.scenario, *archive, run.baselines, run.settings,
                                                                 "Run 1", run.started_utc),
                                                archive->carbon_settings());
  ASSERT_EQ(again.runs.size(), 1u);
  EXPECT_EQ(again.runs[0].designs.size(), run.designs.size());
  EXPECT_EQ(again.carbon, shared_sample().carbon);
  EXPECT_EQ(make_session_archive(again, 0)->front(), archive->front());
}

TEST(SessionFile, FailedSaveLeavesThePreviousFileIntact)
{
  const fs::path dir = fresh_dir("atomic");
  const fs::path file = dir / "s.cdse";
  Session small = shared_sample();
  small.runs.resize(1);
  small.active_run = 0;
  small.pinned.clear();
  small.selected.reset();
  save_session(file.string(), small);
  const std::string before = read_bytes(file);
  ASSERT_FALSE(before.empty());

  // Writing the temporary file fails part-way: a file size limit of 512 bytes (EFBIG, as on a full disk).
  {
    const auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small_limit = saved;
    small_limit.rlim_cur = 512;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small_limit), 0);
    try {
      save_session(file.string(), shared_sample());
      ADD_FAILURE() << "save should have failed";
    } catch (const InputError& e) {
      EXPECT_EQ(e.where(), file.string());
      EXPECT_NE(std::string(e.what()).find("previous file is unchanged"), std::string::npos) << e.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previous_handler);
  }
  EXPECT_EQ(read_bytes(file), before);
  EXPECT_EQ(load_session(file.string()).runs.size(), 1u);
  EXPECT_EQ(folder_entries(dir), std::vector<std::string>{"s.cdse"});   // no temporary left behind

  // A successful save replaces the file and leaves no temporary behind.
  save_session(file.string(), shared_sample());
  EXPECT_EQ(load_session(file.string()).runs.size(), 2u);
  EXPECT_EQ(folder_entries(dir), std::vector<std::string>{"s.cdse"});
  EXPECT_EQ(fs::status(file).permissions() & fs::perms::others_read, fs::perms::others_read);
}

TEST(SessionFile, SaveNeverWritesThroughAPlantedTemporaryName)
{
  const fs::path dir = fresh_dir("planted");
  const fs::path file = dir / "s.cdse";
  const fs::path victim = dir / "victim.txt";
  write_bytes(victim, "keep me");
  // The name a fixed-name temporary would use, pointing at another file of the user's.
  fs::create_symlink(victim, file.string() + ".tmp");
  save_session(file.string(), shared_sample());
  EXPECT_TRUE(read_bytes(victim) == "keep me") << "the victim now holds " << fs::file_size(victim) << " bytes";
  EXPECT_TRUE(fs::is_symlink(file.string() + ".tmp"));
  EXPECT_FALSE(fs::is_symlink(file));
  EXPECT_EQ(load_session(file.string()).runs.size(), 2u);
  EXPECT_EQ(folder_entries(dir), (std::vector<std::string>{"s.cdse", "s.cdse.tmp", "victim.txt"}));
}

TEST(SessionFile, SaveIntoMissingFolderNamesThePath)
{
  const fs::path file = fresh_dir("missing") / "no" / "such" / "s.cdse";
  try {
    save_session(file.string(), shared_sample());
    FAIL() << "save should have failed";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), file.string());
  }
  EXPECT_FALSE(fs::exists(file));
}

TEST(SessionFile, UnwritableFolderLeavesThePreviousFileIntact)
{
  if (::geteuid() == 0)
    GTEST_SKIP() << "root ignores directory permissions";
  const fs::path dir = fresh_dir("readonly");
  const fs::path file = dir / "s.cdse";
  save_session(file.string(), shared_sample());
  const std::string before = read_bytes(file);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_THROW(save_session(file.string(), shared_sample()), InputError);
  fs::permissions(dir, fs::perms::owner_all);
  EXPECT_EQ(read_bytes(file), before);
}

TEST(SessionFile, OversizedJsonSessionIsRefusedBeforeItIsRead)
{
  // A sparse JSON file one byte over the version-1 limit (2 GiB): refused from its size alone, so
  // loading it needs no memory for its text (here at most 256 MB more address space).
  const fs::path file = fresh_dir("v1_oversized") / "huge.cdse.json";
  write_bytes(file, "{");
  fs::resize_file(file, k_max_session_v1_bytes + 1);
  std::string message;
  {
    const cdse::test::AddressSpaceLimit limit(256u << 20);
    ASSERT_TRUE(limit.active());
    message = error_of([&] { (void)load_session(file.string()); });
  }
  EXPECT_NE(message.find("more than the limit of " + std::to_string(k_max_session_v1_bytes)), std::string::npos)
      << message;
  EXPECT_NE(message.find(file.string()), std::string::npos) << message;
}

namespace {

// The session files of the bad-input corpus (.json: version 1, .cdse: version 2), sorted.
std::vector<fs::path> bad_session_files()
{
  const fs::path corpus = fs::path(CARBONDSE_SOURCE_DIR) / "tests/data/bad_inputs/session";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus))
    if (entry.path().extension() == ".json" || entry.path().extension() == ".cdse")
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}   // namespace

TEST(SessionFile, BadFileCorpusCoversBothVersions)
{
  const auto files = bad_session_files();
  const auto json_cases = std::count_if(files.begin(), files.end(),
                                        [](const fs::path& f) { return f.extension() == ".json"; });
  EXPECT_GE(json_cases, 10);
  EXPECT_GE(static_cast<long>(files.size()) - json_cases, 8);
}

// One test case per corpus file, named after it, so a failure names the file.
class BadSessionFile : public ::testing::TestWithParam<fs::path> {};

TEST_P(BadSessionFile, IsRejectedWithTheExpectedMessage)
{
  const fs::path& file = GetParam();
  fs::path expect_file = file;
  expect_file.replace_extension(".expect");
  std::string expected = read_bytes(expect_file);
  while (!expected.empty() && (expected.back() == '\n' || expected.back() == '\r'))
    expected.pop_back();
  ASSERT_FALSE(expected.empty()) << expect_file;
  try {
    (void)load_session(file.string());
    ADD_FAILURE() << file << " was accepted";
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(expected), std::string::npos)
        << file.filename() << ": \"" << message << "\" does not contain \"" << expected << "\"";
    EXPECT_NE(message.find(file.string()), std::string::npos) << message;   // names the file
  }
}

INSTANTIATE_TEST_SUITE_P(SessionFile, BadSessionFile, ::testing::ValuesIn(bad_session_files()),
                         [](const ::testing::TestParamInfo<fs::path>& case_info) {
                           return cdse::test::corpus_case_name(case_info.param.filename().string());
                         });
