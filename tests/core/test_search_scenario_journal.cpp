#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/io/input_error.h"
#include "core/evaluation/invariants_storage_json.h"
#include "core/search/archive/journal.h"
#include "core/search/scenario/scenario.h"
#include "unique_temp_path.h"

using namespace cdse;

namespace {

std::string temp_file(const std::string& name) { return cdse::test::unique_temp_path(name).string(); }

DesignInvariants sample_invariants(double seed)
{
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = 0.1 + seed / 70.0;   // not exactly representable in decimal: tests the round trip
  v.accuracy_low = v.accuracy - 1.0 / 3.0 * 0.01;
  v.accuracy_high = v.accuracy + 0.01;
  v.latency_s = 0.0123456789012345 * seed;
  v.energy_per_inference_j = 0.19 / 3.0 * seed;
  v.dynamic_energy_j = 0.18 / 3.0 * seed;
  v.static_power_w = 0.011;
  v.area_mm2 = 31.990347;
  v.peak_tops = 20.48;
  v.weight_bytes = 1.5e8;
  v.dram_gb = 2.0 + seed;   // an explicit DRAM capacity changes embodied carbon: must survive
  v.node_nm = 22;
  v.area = {10.1, 0.2, 3.3 / 7, 18.0};
  v.energy = {0.1, 0.02, 0.03, 0.04, 0.05 / 3, 0.001};
  return v;
}

bool bit_identical(const DesignInvariants& a, const DesignInvariants& b)
{
  return invariants_to_json(a).dump() == invariants_to_json(b).dump() && a.latency_s == b.latency_s &&
         a.accuracy == b.accuracy && a.energy.dram_j == b.energy.dram_j && a.area.l2_mm2 == b.area.l2_mm2 &&
         a.dram_gb == b.dram_gb;
}

std::vector<ArchiveRecord> write_sample_journal(const std::string& path, int count)
{
  const Scenario scenario = builtin_scenario("hw-only-clip-b16");
  const SearchSpace space = scenario.space();
  std::vector<ArchiveRecord> written;
  JournalWriter writer = JournalWriter::create(path, journal_header_json(to_json(scenario), {sample_invariants(9)}));
  for (int i = 0; i < count; ++i) {
    ArchiveRecord r;
    r.index = i;
    r.genome = Genome{i % 3, i % 4, i % 6, i % 5, i % 3, i % 3};
    if (i == 2) {
      r.failed = true;
      r.error = "unsupported \"node\"";
    } else {
      r.invariants = sample_invariants(i + 1);
    }
    writer.write(journal_record_json(r, space, i % 2 == 0));
    written.push_back(r);
  }
  writer.flush();
  return written;
}

}   // namespace

TEST(SearchJournal, RecordsReadBackBitIdentical)
{
  const std::string path = temp_file("journal_roundtrip.jsonl");
  const auto written = write_sample_journal(path, 25);
  const JournalContents contents = read_journal(path);
  EXPECT_TRUE(contents.warnings.empty());
  EXPECT_EQ(contents.header["scenario"]["name"], "hw-only-clip-b16");
  ASSERT_EQ(journal_anchors(contents.header).size(), 1u);
  EXPECT_TRUE(bit_identical(journal_anchors(contents.header)[0], sample_invariants(9)));
  ASSERT_EQ(contents.records.size(), written.size());
  for (std::size_t i = 0; i < written.size(); ++i) {
    EXPECT_EQ(contents.records[i].index, written[i].index);
    EXPECT_EQ(contents.records[i].genome, written[i].genome);
    EXPECT_EQ(contents.records[i].failed, written[i].failed);
    EXPECT_EQ(contents.records[i].error, written[i].error);
    if (!written[i].failed) {
      EXPECT_TRUE(bit_identical(contents.records[i].invariants, written[i].invariants)) << i;
    }
  }
  EXPECT_EQ(contents.valid_bytes, std::filesystem::file_size(path));
  // Each line names its design so the journal is readable on its own.
  std::ifstream in(path);
  std::string header, first;
  std::getline(in, header);
  std::getline(in, first);
  const auto line = nlohmann::json::parse(first);
  EXPECT_EQ(line["type"], "evaluation");
  EXPECT_TRUE(line["design"]["hardware"].contains("pe_width"));
  EXPECT_TRUE(line["parameters"].contains("hw.clusters"));
}

TEST(SearchJournal, TornLastLineIsSkippedWithAWarning)
{
  const std::string path = temp_file("journal_torn.jsonl");
  write_sample_journal(path, 10);
  const auto full_size = std::filesystem::file_size(path);
  std::filesystem::resize_file(path, full_size - 25);
  const JournalContents contents = read_journal(path);
  EXPECT_EQ(contents.records.size(), 9u);
  ASSERT_EQ(contents.warnings.size(), 1u);
  EXPECT_NE(contents.warnings[0].find("torn"), std::string::npos);
  EXPECT_LT(contents.valid_bytes, full_size - 25);

  // Appending first cuts the torn tail off, so the next line starts clean.
  {
    JournalWriter writer = JournalWriter::append(path, contents.valid_bytes);
    ArchiveRecord r;
    r.index = 9;
    r.genome = {0, 0, 0, 0, 0, 0};
    r.invariants = sample_invariants(3);
    writer.write(journal_record_json(r, builtin_scenario("hw-only-clip-b16").space(), true));
  }
  const JournalContents repaired = read_journal(path);
  EXPECT_TRUE(repaired.warnings.empty());
  EXPECT_EQ(repaired.records.size(), 10u);
}

TEST(SearchJournal, GarbageInTheMiddleIsSkippedNotFatal)
{
  const std::string path = temp_file("journal_garbage.jsonl");
  write_sample_journal(path, 4);
  {
    std::ofstream out(path, std::ios::app);
    out << "{\"type\": \"evaluation\", \"index\": \"five\"}\n";
    out << "not json at all\n";
  }
  const JournalContents contents = read_journal(path);
  EXPECT_EQ(contents.records.size(), 4u);
  EXPECT_EQ(contents.warnings.size(), 2u);
}

TEST(SearchJournal, RejectsFilesThatAreNotJournals)
{
  const std::string path = temp_file("not_a_journal.jsonl");
  std::ofstream(path) << "{\"hello\": 1}\n";
  try {
    read_journal(path);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(e.problem().find("not a CarbonDSE journal"), std::string::npos);
  }
  EXPECT_THROW(read_journal(temp_file("does_not_exist.jsonl")), InputError);
}
