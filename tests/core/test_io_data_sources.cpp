// Every number CarbonDSE ships can be traced: each data table entry has a source a user can follow,
// nothing cites notes that do not ship, and every bibliography tag names an entry of
// docs/references.md.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/io/data_sources.h"
#include "core/io/resources.h"

using namespace cdse;
using cdse::json::Json;

namespace {

std::string join(const std::vector<std::string>& lines)
{
  std::string out;
  for (const auto& line : lines)
    out += line + "\n";
  return out;
}

std::set<int> bibliography_entries()
{
  std::ifstream in(std::string(CARBONDSE_SOURCE_DIR) + "/docs/references.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string body = text.str();
  static const std::regex heading(R"((^|\n)### R([0-9]+)\n)");
  std::set<int> out;
  for (std::sregex_iterator it(body.begin(), body.end(), heading), end; it != end; ++it)
    out.insert(std::stoi((*it)[2].str()));
  return out;
}

}   // namespace

TEST(DataSources, EveryShippedDataTableEntryHasAFollowableSource)
{
  const auto files = embedded_resource_list("data/");
  ASSERT_GE(files.size(), 10u);
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    const Json doc = embedded_json(file);
    EXPECT_EQ(join(source_problems(doc, file)), "");
    EXPECT_FALSE(collect_sources(doc).empty());
  }
}

TEST(DataSources, NoShippedDataOrScenarioCitesInternalNotes)
{
  auto files = embedded_resource_list("data/");
  const auto scenarios = embedded_resource_list("scenarios/");
  ASSERT_GE(scenarios.size(), 5u);
  files.insert(files.end(), scenarios.begin(), scenarios.end());
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    EXPECT_FALSE(cites_internal_notes(*embedded_resource(file)));
  }
  for (const auto& file : scenarios) {
    const Json doc = embedded_json(file);
    ASSERT_TRUE(doc.contains("description")) << file;
    EXPECT_GT(doc["description"].get<std::string>().size(), 20u) << file;
  }
}

TEST(DataSources, EveryReferenceTagNamesABibliographyEntry)
{
  const std::set<int> entries = bibliography_entries();
  ASSERT_GE(entries.size(), 20u) << "docs/references.md not found or without '### Rn' entries";
  auto files = embedded_resource_list("data/");
  const auto scenarios = embedded_resource_list("scenarios/");
  files.insert(files.end(), scenarios.begin(), scenarios.end());
  std::size_t tags = 0;
  for (const auto& file : files)
    for (int n : reference_tags(*embedded_resource(file))) {
      ++tags;
      EXPECT_TRUE(entries.count(n)) << file << " cites R" << n << ", which docs/references.md lacks";
    }
  EXPECT_GE(tags, 50u);   // the data files cite the bibliography throughout
}

TEST(DataSources, EntryWithoutSourceIsReportedWithItsPath)
{
  const Json doc = Json::parse(R"({"source": "whole file", "rows": [
      {"id": "a", "value": 1, "source": "Paper A"}, {"id": "b", "value": 2}]})");
  const auto problems = source_problems(doc, "t.json");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "t.json: rows[1]: table entry without a source");
}

TEST(DataSources, EntriesInheritASourceOnlyFromBelowTheTopLevel)
{
  const Json covered = Json::parse(R"({"table": {"source": "Paper T", "points": [{"x": 1}, {"x": 2}]}})");
  EXPECT_TRUE(source_problems(covered, "t.json").empty());
  const Json map_entries = Json::parse(R"({"source": "S", "ops": {"add": {"c": 1}, "mul": {"c": 1, "source": "P"}}})");
  const auto problems = source_problems(map_entries, "t.json");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "t.json: ops.add: table entry without a source");
}

TEST(DataSources, EmptyInternalAndMissingSourcesAreReported)
{
  EXPECT_EQ(source_problems(Json::parse(R"({"source": "  ", "x": 1})"), "t.json").size(), 3u)
      << "blank source, numbers uncovered, no source at all";
  const auto internal = source_problems(Json::parse(R"({"source": "notes FACTS §2", "x": 1})"), "t.json");
  ASSERT_EQ(internal.size(), 1u);
  EXPECT_NE(internal[0].find("t.json: source: cites notes"), std::string::npos);
  EXPECT_EQ(source_problems(Json::parse(R"({"a": {"x": 1}, "source_note": "n"})"), "t.json").size(), 2u)
      << "numbers without a source, and no source anywhere";
}

TEST(DataSources, InternalNotesAreRecognised)
{
  EXPECT_TRUE(cites_internal_notes("see FACTS section 1"));
  EXPECT_TRUE(cites_internal_notes("table in ../shared/reference"));
  EXPECT_TRUE(cites_internal_notes("the reference's defect 3"));
  EXPECT_FALSE(cites_internal_notes("Gupta et al., ACT, ISCA 2022 [docs/references.md R3]"));
  EXPECT_FALSE(cites_internal_notes("structural facts of a model"));
}

TEST(DataSources, ReferenceTagsAreParsed)
{
  EXPECT_EQ(reference_tags("A [docs/references.md R1, R2] and B [docs/references.md R14]; not [R9]"),
            (std::vector<int>{1, 2, 14}));
}

TEST(DataSources, CollectedSourcesNameTheirEntry)
{
  const Json doc = Json::parse(R"({"regions": [{"id": "world", "g": 481, "source": "Ember"}],
      "types": {"lpddr4": {"energy_source": "Accelergy", "e": 8}}})");
  const auto sources = collect_sources(doc);
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].label, "regions[0] (world)");
  EXPECT_EQ(sources[0].text, "Ember");
  EXPECT_EQ(sources[1].object_path, "types.lpddr4");
  EXPECT_EQ(sources[1].key, "energy_source");
}
