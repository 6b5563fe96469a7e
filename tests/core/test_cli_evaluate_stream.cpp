// The `evaluate-stream` CLI contract: the same objective, feasibility and hypervolume reference
// point as `search` (replaying a search journal's designs reproduces the search's result), the two
// request forms, duplicates, and exit status 2 with the field named on bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using nlohmann::json;

namespace {

std::vector<json> json_lines(const std::string& text)
{
  std::vector<json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty())
      out.push_back(json::parse(line));
  return out;
}

std::string temp_path(const std::string& name)
{
  return std::string(::testing::TempDir()) + "evaluate_stream_" + std::to_string(::getpid()) + "_" + name;
}

}   // namespace

TEST(CliEvaluateStream, ReplayingASearchJournalReproducesItsHypervolume)
{
  for (const std::string algorithm : {"nsga2", "random"}) {
    SCOPED_TRACE(algorithm);
    const std::string journal = temp_path(algorithm + ".jsonl");
    const auto search = run_cli({"search", "--scenario", "reference-clip-b16", "--algorithm", algorithm, "--budget",
                                 "400", "--seed", "3", "--threads", "2", "--quiet", "--compact", "--journal", journal});
    ASSERT_EQ(search.exit_code, 0) << search.err;
    const json result = json::parse(search.out);

    // The journal's designs in evaluation order, as genome requests.
    std::vector<json> records;
    for (const auto& line : json_lines(cdse::test::slurp(journal)))
      if (line["type"] == "evaluation")
        records.push_back(line);
    std::remove(journal.c_str());
    std::sort(records.begin(), records.end(),
              [](const json& a, const json& b) { return a["index"].get<long>() < b["index"].get<long>(); });
    ASSERT_EQ(records.size(), 400u);
    std::string requests;
    for (const auto& r : records)
      requests += json{{"genome", r["genome"]}}.dump() + "\n";

    const auto stream = run_cli({"evaluate-stream", "--scenario", "reference-clip-b16"}, requests);
    ASSERT_EQ(stream.exit_code, 0) << stream.err;
    const auto lines = json_lines(stream.out);
    ASSERT_EQ(lines.size(), records.size() + 2);
    const json& header = lines.front();
    const json& summary = lines.back();
    EXPECT_EQ(header["type"], "header");
    EXPECT_EQ(header["reference_point"], result["reference_point"]);
    EXPECT_EQ(header["objectives"], result["objectives"]);
    EXPECT_EQ(header["knobs"].size(), records.front()["genome"].size());
    EXPECT_EQ(summary["type"], "summary");
    EXPECT_EQ(summary["evaluations"], result["evaluations"]);
    EXPECT_EQ(summary["feasible"], result["feasible"]);
    EXPECT_EQ(summary["pareto_size"].get<std::size_t>(), result["pareto"].size());
    // Same invariants in the same order: the same archive, hence the same number, not just close.
    EXPECT_DOUBLE_EQ(summary["hypervolume"].get<double>(), result["hypervolume"].get<double>());
    // The running hypervolume of the last design is the final one, and it never decreases.
    double previous = 0;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
      EXPECT_FALSE(lines[i]["duplicate"].get<bool>());
      EXPECT_GE(lines[i]["hypervolume"].get<double>(), previous);
      previous = lines[i]["hypervolume"].get<double>();
    }
    EXPECT_DOUBLE_EQ(previous, result["hypervolume"].get<double>());

    // Every design on the search's front is reported with the same objectives and as feasible.
    for (const auto& p : result["pareto"]) {
      const json& line = lines[1 + p["index"].get<std::size_t>()];
      EXPECT_EQ(line["parameters"], p["parameters"]);
      EXPECT_TRUE(line["feasible"].get<bool>());
      for (auto& [id, value] : p["objectives"].items())
        EXPECT_DOUBLE_EQ(line["objectives"][id].get<double>(), value.get<double>()) << id;
    }
  }
}

TEST(CliEvaluateStream, ParametersAndGenomeFormsAgreeAndDuplicatesAreNotCounted)
{
  const auto first = run_cli({"evaluate-stream", "--scenario", "reference-clip-b16"},
                             "{\"genome\":[6,4,4,4,6,6,4,4,2,3,3,4,2,2]}\n");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto lines = json_lines(first.out);
  ASSERT_EQ(lines.size(), 3u);
  const json& evaluated = lines[1];
  EXPECT_EQ(evaluated["parameters"]["text.layers"], 12);
  EXPECT_EQ(evaluated["parameters"]["hw.pe_width"], 256);

  // The same design by its knob values, then again: the second is a duplicate.
  const std::string by_parameters = json{{"parameters", evaluated["parameters"]}}.dump() + "\n";
  const auto second = run_cli({"evaluate-stream", "--scenario", "reference-clip-b16"},
                              by_parameters + "\n" + by_parameters);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  const auto again = json_lines(second.out);
  ASSERT_EQ(again.size(), 4u);
  EXPECT_EQ(again[1]["genome"], evaluated["genome"]);
  EXPECT_EQ(again[1]["objectives"], evaluated["objectives"]);
  EXPECT_EQ(again[1]["feasible"], evaluated["feasible"]);
  EXPECT_FALSE(again[1]["duplicate"].get<bool>());
  EXPECT_TRUE(again[2]["duplicate"].get<bool>());
  EXPECT_EQ(again[2]["evaluations"], 1);
  EXPECT_EQ(again[3]["evaluations"], 1);
  EXPECT_EQ(again[3]["hypervolume"], again[1]["hypervolume"]);
}

TEST(CliEvaluateStream, InfeasibleDesignsAreMarkedWithTheirViolation)
{
  // Every knob at its largest value: the largest accelerator exceeds the reference area limit.
  const auto r = run_cli({"evaluate-stream", "--scenario", "reference-clip-b16"},
                         "{\"genome\":[6,4,4,4,6,6,4,4,2,3,5,4,2,2]}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = json_lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_FALSE(lines[1]["feasible"].get<bool>());
  EXPECT_GT(lines[1]["violation"].get<double>(), 0.0);
  EXPECT_FALSE(lines[1]["violated"].empty());
  EXPECT_EQ(lines[1]["hypervolume"], 0.0);
  EXPECT_EQ(lines[2]["feasible"], 0);
}

TEST(CliEvaluateStream, BadInputNamesTheLineAndFieldAndExitsTwo)
{
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{\"genome\":[0,0]}\n", "stdin line 1: genome"},
      {"\n{\"genome\":[0,0,0,0,0,0,0,0,0,0,0,0,0,9]}\n", "stdin line 2: genome[13]"},
      {"{\"parameters\":{\"text.layers\":6}}\n", "stdin line 1: parameters.text.heads"},
      {"{\"genome\":[0,0,0,0,0,0,0,0,0,0,0,0,0,0],\"x\":1}\n", "stdin line 1: x"},
      {"{}\n", "stdin line 1"},
      {"not json\n", "stdin line 1"},
  };
  for (const auto& [input, where] : cases) {
    SCOPED_TRACE(input);
    const auto r = run_cli({"evaluate-stream", "--scenario", "reference-clip-b16"}, input);
    EXPECT_EQ(r.exit_code, 2);
    std::string needle = "error: ";
    needle += where;
    EXPECT_NE(r.err.find(needle), std::string::npos) << r.err;
  }
  const auto missing = run_cli({"evaluate-stream"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--scenario"), std::string::npos) << missing.err;
}
