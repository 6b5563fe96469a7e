// Every command answers --help and `help COMMAND` with its usage and every flag (unit, default),
// from the same table the parser uses: each flag the help lists is accepted by the parser.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "cli_runner.h"

using cdse::test::run_cli;

namespace {

std::vector<std::string> command_names()
{
  const auto r = run_cli({"help"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> names;
  std::istringstream in(r.out.substr(r.out.find("commands:")));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line) && !line.empty())
    names.push_back(line.substr(2, line.find(' ', 2) - 2));
  return names;
}

struct ListedFlag {
  std::string name;
  bool takes_value;
  std::string line;
};

std::vector<ListedFlag> listed_flags(const std::string& help)
{
  std::vector<ListedFlag> flags;
  const std::regex pattern(R"(^  --([a-z0-9-]+)( [A-Z|.]+)?  )");
  std::istringstream in(help);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, pattern) && m[1] != "help")
      flags.push_back({m[1], m[2].matched, line});
  }
  return flags;
}

}   // namespace

TEST(CliHelp, EveryCommandAnswersHelpBothWays)
{
  const auto names = command_names();
  ASSERT_GE(names.size(), 8u);
  for (const auto& name : names) {
    const auto a = run_cli({name, "--help"});
    const auto b = run_cli({"help", name});
    EXPECT_EQ(a.exit_code, 0) << name << ": " << a.err;
    EXPECT_EQ(b.exit_code, 0) << name << ": " << b.err;
    EXPECT_EQ(a.out, b.out) << name;
    EXPECT_TRUE(a.err.empty()) << a.err;
    EXPECT_EQ(a.out.rfind("usage: carbondse-cli " + name, 0), 0u) << a.out;
    EXPECT_NE(a.out.find("  --help"), std::string::npos) << a.out;
  }
  // --help wins over anything else on the line, even options that would be an error.
  EXPECT_EQ(run_cli({"embodied", "--frobnicate", "--help"}).exit_code, 0);
  EXPECT_EQ(run_cli({"help", "nonsense"}).exit_code, 2);
}

TEST(CliHelp, EveryListedFlagIsAcceptedByTheParser)
{
  for (const auto& name : command_names()) {
    const auto help = run_cli({name, "--help"}).out;
    for (const auto& flag : listed_flags(help)) {
      // The parser reads left to right: if --flag were unknown, the error would name it; since it
      // is known, the error names the sentinel after it.
      std::vector<std::string> args = {name, "--" + flag.name};
      if (flag.takes_value)
        args.push_back("1");
      args.push_back("--not-a-flag-sentinel");
      const auto r = run_cli(args);
      EXPECT_EQ(r.exit_code, 2) << name << " --" << flag.name;
      EXPECT_NE(r.err.find("--not-a-flag-sentinel: unknown option"), std::string::npos)
          << name << " --" << flag.name << ": " << r.err;
    }
  }
}

TEST(CliHelp, EmbodiedListsEveryFlagWithUnitAndDefault)
{
  const auto r = run_cli({"embodied", "--help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> names;
  for (const auto& f : listed_flags(r.out))
    names.insert(f.name);
  for (const char* expected : {"area-mm2", "node-nm", "fab-location", "fab-intensity", "gas-abatement", "yield", "dram",
                               "dram-gb", "packaging", "packaging-kg", "compact"})
    EXPECT_TRUE(names.count(expected)) << expected << "\n" << r.out;
  for (const auto& f : listed_flags(r.out)) {
    if (f.name == "area-mm2") {
      EXPECT_NE(f.line.find("[mm2] (required)"), std::string::npos) << f.line;
    } else if (f.name == "yield") {
      EXPECT_NE(f.line.find("(default: 0.875)"), std::string::npos) << f.line;
    }
  }
}

TEST(CliHelp, CarbonFlagsShowUnitsAndBuiltInDefaults)
{
  for (const char* command : {"evaluate", "search", "rescore", "evaluate-stream"}) {
    const auto r = run_cli({command, "--help"});
    std::map<std::string, std::string> line_of;
    for (const auto& f : listed_flags(r.out))
      line_of[f.name] = f.line;
    ASSERT_TRUE(line_of.count("grid-intensity")) << command;
    EXPECT_NE(line_of["grid-intensity"].find("[g CO2e/kWh] (default: 68)"), std::string::npos)
        << line_of["grid-intensity"];
    EXPECT_NE(line_of["lifetime-years"].find("[years] (default: 3)"), std::string::npos) << line_of["lifetime-years"];
    for (const char* flag : {"grid-region", "inferences-per-second", "fab-location", "fab-intensity", "node-nm", "yield",
                             "dram", "dram-gb", "no-static", "amortize", "hardware-lifetime-years"})
      EXPECT_TRUE(line_of.count(flag)) << command << " --" << flag;
  }
}

// README's table of carbon options is the flag table: every carbon flag, with the same unit and default.
TEST(CliHelp, ReadmeListsEveryCarbonFlagAsTheParserHasIt)
{
  const std::string readme = cdse::test::slurp(std::string(CARBONDSE_SOURCE_DIR) + "/README.md");
  const auto help = run_cli({"rescore", "--help"}).out;
  const std::regex detail(R"(\[([^\]]+)\] \(default: ([^)]+)\)$|\(default: ([^)]+)\)$)");
  int rows = 0;
  for (const auto& f : listed_flags(help)) {
    if (f.name == "compact")
      continue;
    const std::string cell = "| `--" + f.name + (f.takes_value ? " " : "`");
    const auto at = readme.find(cell);
    ASSERT_NE(at, std::string::npos) << "README has no row for --" << f.name;
    const std::string row = readme.substr(at, readme.find('\n', at) - at);
    std::smatch m;
    if (std::regex_search(f.line, m, detail)) {
      const std::string unit = m[1].matched ? m[1].str() : "";
      const std::string def = m[2].matched ? m[2].str() : m[3].str();
      if (!unit.empty()) {
        EXPECT_NE(row.find("| " + unit + " |"), std::string::npos) << row << "\n" << f.line;
      }
      EXPECT_NE(row.find(def.substr(0, def.find(' ') == std::string::npos ? def.size() : def.find(' '))),
                std::string::npos)
          << row << "\n"
          << f.line;
    }
    ++rows;
  }
  EXPECT_GE(rows, 18);
}

// README's example grid value is the data file's.
TEST(CliHelp, ReadmeTaiwanGridValueIsTheDataFiles)
{
  const std::string readme = cdse::test::slurp(std::string(CARBONDSE_SOURCE_DIR) + "/README.md");
  std::smatch m;
  ASSERT_TRUE(
      std::regex_search(readme, m, std::regex(R"(--grid-region taiwan .*Taiwan's grid \(([0-9.]+) g CO2e/kWh\))")));
  const auto presets = run_cli({"presets"}).out;
  std::smatch p;
  ASSERT_TRUE(std::regex_search(presets, p, std::regex(R"(\n  taiwan +([0-9.]+)  Taiwan)")));
  EXPECT_EQ(m[1].str(), p[1].str());
}
