// Where each design's accuracy came from, through the CLI: a search scored with a measured table
// writes "measured" for the designs the table holds and "interpolated" for others, in its journal
// and in its result, and `rescore` reads them back; a journal written before designs carried their
// source is still rescored, every accuracy as "estimate"; a line with an unknown word is skipped
// with a warning naming the field.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using cdse::test::slurp;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

fs::path fresh_dir()
{
  const fs::path dir = fs::path(::testing::TempDir()) / ("cli_accuracy_source_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<Json> journal_evaluations(const std::string& path)
{
  std::vector<Json> out;
  std::istringstream lines(slurp(path));
  for (std::string line; std::getline(lines, line);)
    if (!line.empty())
      if (Json j = Json::parse(line); j.value("type", "") == "evaluation")
        out.push_back(std::move(j));
  return out;
}

std::vector<std::string> search_args(const std::string& scenario, const std::string& journal)
{
  return {"search",    "--scenario", scenario,  "--algorithm", "random", "--budget", "24",
          "--threads", "1",          "--quiet", "--journal",   journal,  "--force"};
}

}   // namespace

TEST(CliAccuracySource, MeasuredTableLabelsJournalResultAndRescore)
{
  const fs::path dir = fresh_dir();
  // The same random proposals twice (they do not depend on the accuracies): first with the
  // built-in estimate, to learn which models the search visits; then with a table of some of them.
  const std::string builtin_journal = (dir / "builtin.jsonl").string();
  ASSERT_EQ(run_cli(search_args("reference-clip-b16", builtin_journal)).exit_code, 0);
  const auto visited = journal_evaluations(builtin_journal);
  ASSERT_GE(visited.size(), 20u);
  Json rows = Json::array();
  for (std::size_t i = 0; i < 6; ++i)
    rows.push_back({{"model", visited[i]["design"]["model"]}, {"accuracy", 0.60 + 0.01 * static_cast<double>(i)}});
  std::ofstream(dir / "measured.json") << rows.dump();

  Json scenario = Json::parse(slurp(std::string(CARBONDSE_SOURCE_DIR) + "/resources/scenarios/reference-clip-b16.json"));
  scenario["name"] = "measured-clip-b16";
  scenario["accuracy"] = {{"kind", "measured"}, {"file", "measured.json"}, {"fallback", "builtin"}};
  const std::string scenario_file = (dir / "measured.json.scenario.json").string();
  std::ofstream(scenario_file) << scenario.dump(2);

  const std::string journal = (dir / "measured.jsonl").string();
  const auto search = run_cli(search_args(scenario_file, journal));
  ASSERT_EQ(search.exit_code, 0) << search.err;
  std::map<std::string, int> words;
  std::map<long long, std::string> word_of_index;
  for (const Json& e : journal_evaluations(journal)) {
    if (e["failed"].get<bool>())
      continue;
    const std::string word = e["invariants"].value("accuracy_source", "(absent)");
    ++words[word];
    word_of_index[e["index"].get<long long>()] = word;
  }
  EXPECT_EQ(words["measured"], 6);
  EXPECT_GT(words["interpolated"], 0);
  EXPECT_EQ(words["(absent)"], 0);

  const Json result = Json::parse(search.out);
  ASSERT_FALSE(result["pareto"].empty());
  for (const Json& entry : result["pareto"])
    EXPECT_EQ(entry["accuracy_source"], word_of_index.at(entry["index"].get<long long>())) << entry["index"];

  // rescore reads the words back from the journal: the same front, the same words.
  const auto rescored = run_cli({"rescore", journal});
  ASSERT_EQ(rescored.exit_code, 0) << rescored.err;
  const Json again = Json::parse(rescored.out);
  ASSERT_EQ(again["pareto"].size(), result["pareto"].size());
  for (std::size_t i = 0; i < again["pareto"].size(); ++i)
    EXPECT_EQ(again["pareto"][i]["accuracy_source"], result["pareto"][i]["accuracy_source"]);

  // The same journal as an older version wrote it (no accuracy_source): every accuracy "estimate".
  std::istringstream lines(slurp(journal));
  std::ofstream old_journal(dir / "old.jsonl");
  for (std::string line; std::getline(lines, line);) {
    Json j = Json::parse(line);
    if (j.contains("invariants"))
      j["invariants"].erase("accuracy_source");
    old_journal << j.dump() << "\n";
  }
  old_journal.close();
  const auto old = run_cli({"rescore", (dir / "old.jsonl").string()});
  ASSERT_EQ(old.exit_code, 0) << old.err;
  const Json old_result = Json::parse(old.out);   // named: a range-for over a temporary's member dangles
  for (const Json& entry : old_result["pareto"])
    EXPECT_EQ(entry["accuracy_source"], "estimate");

  // A word no version writes: the journal reader skips that line (as it skips any damaged line)
  // and says why, naming the field.
  std::string text = slurp(journal);
  const std::string good_word = "\"accuracy_source\":\"measured\"";
  const auto at = text.find(good_word);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, good_word.size(), "\"accuracy_source\":\"measurd\"");
  std::ofstream(dir / "bad.jsonl") << text;
  const auto bad = run_cli({"rescore", (dir / "bad.jsonl").string()});
  ASSERT_EQ(bad.exit_code, 0) << bad.err;
  const std::string warnings = Json::parse(bad.out)["warnings"].dump();
  EXPECT_NE(warnings.find("invariants.accuracy_source: value \\\"measurd\\\" is not an accuracy source"),
            std::string::npos)
      << warnings;
  fs::remove_all(dir);
}
