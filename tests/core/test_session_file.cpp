// Session files: round trip (same designs, same front after re-scoring), atomic saves that never
// damage the previous file, and the corpus of bad session files in tests/data/bad_inputs/session.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include <unistd.h>
#include <sstream>

#include "io/input_error.h"
#include "search/search_space.h"
#include "session/session_file.h"

namespace fs = std::filesystem;
using namespace cdse;

namespace {

std::string slurp(const fs::path& p)
{
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path temp_dir(const std::string& name)
{
  const fs::path dir = fs::path(::testing::TempDir()) / ("cdse_session_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Invariants that vary with the genome so the front is non-trivial; the values are synthetic on
// purpose: this test is about the file, not the models.
DesignInvariants synthetic_invariants(std::mt19937& rng)
{
  std::uniform_real_distribution<double> u(0.0, 1.0);
  DesignInvariants inv;
  inv.accuracy_available = true;
  inv.accuracy = 0.4 + 0.3 * u(rng);
  inv.accuracy_low = inv.accuracy - 0.01;
  inv.accuracy_high = inv.accuracy + 0.01;
  inv.latency_s = 0.001 + 0.04 * u(rng);
  inv.energy_per_inference_j = 0.01 + 0.2 * u(rng);
  inv.dynamic_energy_j = inv.energy_per_inference_j * 0.9;
  inv.static_power_w = 0.05 * u(rng);
  inv.area_mm2 = 5 + 20 * u(rng);
  inv.peak_tops = 1 + 10 * u(rng);
  inv.weight_bytes = 1.0e8 * u(rng);
  return inv;
}

Session sample_session(std::size_t designs)
{
  Session s;
  SessionRun& run = s.runs.emplace_back();
  run.name = "Run 1";
  run.scenario = builtin_scenario("reference-clip-b16");
  s.carbon = run.scenario.carbon;
  s.carbon.grid_intensity_g_per_kwh = 224.0;
  run.settings = {"random", 500, 2, 7};
  const SearchSpace space = run.scenario.space();
  const auto sizes = space.knob_sizes();
  std::mt19937 rng(42);
  std::set<Genome> seen;
  while (run.designs.size() < designs) {
    Genome g;
    for (int size : sizes)
      g.push_back(std::uniform_int_distribution<int>(0, size - 1)(rng));
    if (!seen.insert(g).second)
      continue;
    ArchiveRecord r;
    r.index = static_cast<std::int64_t>(run.designs.size());
    r.genome = g;
    if (run.designs.size() % 17 == 5) {
      r.failed = true;
      r.error = "accelerator refused";
    } else {
      r.invariants = synthetic_invariants(rng);
    }
    run.designs.push_back(r);
  }
  s.pinned = {{0, 3}, {0, 9}};
  s.selected = SessionDesignRef{0, 9};
  return s;
}

} // namespace

TEST(SessionFile, RoundTripKeepsDesignsSettingsAndFront)
{
  const Session original = sample_session(120);
  const fs::path file = temp_dir("roundtrip") / "s.json";
  save_session(file.string(), original);
  const Session loaded = load_session(file.string());

  EXPECT_EQ(loaded.carbon, original.carbon);
  EXPECT_EQ(loaded.runs[0].settings, original.runs[0].settings);
  EXPECT_EQ(loaded.pinned, original.pinned);
  ASSERT_TRUE(loaded.selected.has_value());
  EXPECT_EQ(loaded.selected->index, 9);
  ASSERT_EQ(loaded.runs[0].designs.size(), original.runs[0].designs.size());
  EXPECT_TRUE(loaded.runs[0].designs[5].failed);
  EXPECT_EQ(loaded.runs[0].designs[5].error, "accelerator refused");
  EXPECT_EQ(loaded.runs[0].designs[7].invariants.area_mm2, original.runs[0].designs[7].invariants.area_mm2);

  const auto a = make_session_archive(original, 0);
  const auto b = make_session_archive(loaded, 0);
  EXPECT_EQ(a->size(), 120u);
  EXPECT_EQ(b->size(), a->size());
  EXPECT_FALSE(b->front().empty());
  EXPECT_EQ(b->front(), a->front());
  EXPECT_EQ(b->hypervolume(), a->hypervolume());
  EXPECT_EQ(b->carbon_settings().grid_intensity_g_per_kwh, 224.0);
}

TEST(SessionFile, MakeSessionFromArchiveRoundTrips)
{
  const Session original = sample_session(40);
  const auto archive = make_session_archive(original, 0);
  const Session again = make_single_run_session(
      make_session_run(original.runs[0].scenario, *archive, {}, original.runs[0].settings), archive->carbon_settings());
  EXPECT_EQ(again.runs[0].designs.size(), 40u);
  EXPECT_EQ(again.carbon, original.carbon);
  EXPECT_EQ(make_session_archive(again, 0)->front(), archive->front());
}

TEST(SessionFile, FailedSaveLeavesThePreviousFileIntact)
{
  const fs::path dir = temp_dir("atomic");
  const fs::path file = dir / "s.json";
  save_session(file.string(), sample_session(10));
  const std::string before = slurp(file);
  ASSERT_FALSE(before.empty());

  // The temporary file cannot be created: something else (a directory) holds its name.
  fs::create_directory(file.string() + ".tmp");
  try {
    save_session(file.string(), sample_session(30));
    FAIL() << "save should have failed";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), file.string());
    EXPECT_NE(std::string(e.what()).find("previous file is unchanged"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(file), before);
  EXPECT_EQ(load_session(file.string()).runs[0].designs.size(), 10u);
  fs::remove(file.string() + ".tmp");

  // A successful save replaces the file and leaves no temporary behind.
  save_session(file.string(), sample_session(30));
  EXPECT_EQ(load_session(file.string()).runs[0].designs.size(), 30u);
  EXPECT_FALSE(fs::exists(file.string() + ".tmp"));
}

TEST(SessionFile, SaveIntoMissingFolderNamesThePath)
{
  const fs::path file = temp_dir("missing") / "no" / "such" / "s.json";
  try {
    save_session(file.string(), sample_session(3));
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
  const fs::path dir = temp_dir("readonly");
  const fs::path file = dir / "s.json";
  save_session(file.string(), sample_session(5));
  const std::string before = slurp(file);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_THROW(save_session(file.string(), sample_session(8)), InputError);
  fs::permissions(dir, fs::perms::owner_all);
  EXPECT_EQ(slurp(file), before);
}

TEST(SessionFile, BadFilesAreRejectedWithTheExpectedMessage)
{
  const fs::path corpus = fs::path(CARBONDSE_SOURCE_DIR) / "tests/data/bad_inputs/session";
  std::size_t cases = 0;
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".json")
      continue;
    fs::path expect_file = entry.path();
    expect_file.replace_extension(".expect");
    std::string expected = slurp(expect_file);
    while (!expected.empty() && (expected.back() == '\n' || expected.back() == '\r'))
      expected.pop_back();
    ASSERT_FALSE(expected.empty()) << expect_file;
    ++cases;
    try {
      (void)load_session(entry.path().string());
      ADD_FAILURE() << entry.path() << " was accepted";
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find(expected), std::string::npos)
          << entry.path().filename() << ": \"" << e.what() << "\" does not contain \"" << expected << "\"";
    }
  }
  EXPECT_GE(cases, 10u);
}
