// Grid regions: every preset has a value (g CO2e/kWh), a year and a source, and `presets` shows the
// value next to each region; the regions users ask for most are there.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

using cdse::test::run_cli;
using nlohmann::json;

TEST(CliPresetsRegions, EveryRegionHasValueYearAndSource)
{
  const auto r = run_cli({"presets", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json regions = json::parse(r.out)["grid_regions"];
  ASSERT_GE(regions.size(), 20u);
  for (const auto& region : regions) {
    const std::string id = region["id"].get<std::string>();
    ASSERT_TRUE(region["g_per_kwh"].is_number()) << id;
    EXPECT_GT(region["g_per_kwh"].get<double>(), 0.0) << id;
    EXPECT_LT(region["g_per_kwh"].get<double>(), 1500.0) << id;
    ASSERT_TRUE(region["year"].is_number_integer()) << id;
    EXPECT_GE(region["year"].get<int>(), 2015) << id;
    EXPECT_LE(region["year"].get<int>(), 2026) << id;
    ASSERT_TRUE(region["source"].is_string()) << id;
    EXPECT_GE(region["source"].get<std::string>().size(), 10u) << id;
  }
}

TEST(CliPresetsRegions, AskedForRegionsArePresentAndListedWithTheirValue)
{
  const auto j = run_cli({"presets", "--json"});
  const auto text = run_cli({"presets"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  ASSERT_EQ(text.exit_code, 0) << text.err;
  std::map<std::string, double> value_of;
  const json presets = json::parse(j.out);
  for (const auto& region : presets["grid_regions"])
    value_of[region["id"].get<std::string>()] = region["g_per_kwh"].get<double>();
  for (const char* id : {"poland", "germany", "france", "japan", "india", "china", "norway"}) {
    ASSERT_TRUE(value_of.count(id)) << id;
    // The text list shows "  <id>  <value>  <name> — <source> (<year>)".
    std::ostringstream value;
    value << value_of[id];
    std::string needle = "  ";
    needle.append(id).append(" ");
    const auto line_start = text.out.find(needle);
    ASSERT_NE(line_start, std::string::npos) << id;
    const std::string line = text.out.substr(line_start, text.out.find('\n', line_start) - line_start);
    EXPECT_NE(line.find(" " + value.str() + " "), std::string::npos) << line;
  }
  EXPECT_EQ(value_of["poland"], 662.0);   // Ember 2023, lifecycle, as the file's other Ember rows
}

TEST(CliPresetsRegions, NorthAmericanGridsComeFromElectricityMaps2023)
{
  const auto r = run_cli({"presets", "--json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const json presets = json::parse(r.out);
  std::map<std::string, json> region_of;
  for (const auto& region : presets["grid_regions"])
    region_of[region["id"].get<std::string>()] = region;
  // Electricity Maps 2023 yearly averages, lifecycle factors, per kWh consumed (docs/references.md R29).
  const std::map<std::string, std::pair<double, std::string>> expected = {{"texas", {394.0, "US-TEX-ERCO"}},
                                                                          {"ontario", {76.0, "CA-ON"}},
                                                                          {"quebec", {31.0, "CA-QC"}}};
  for (const auto& [id, value_and_zone] : expected) {
    ASSERT_TRUE(region_of.count(id)) << id;
    const json& region = region_of[id];
    EXPECT_EQ(region["g_per_kwh"].get<double>(), value_and_zone.first) << id;
    EXPECT_EQ(region["year"].get<int>(), 2023) << id;
    const std::string source = region["source"].get<std::string>();
    EXPECT_NE(source.find("Electricity Maps"), std::string::npos) << source;
    EXPECT_NE(source.find(value_and_zone.second), std::string::npos) << source;
    EXPECT_NE(source.find("lifecycle"), std::string::npos) << source;
    EXPECT_NE(source.find("[docs/references.md R29]"), std::string::npos) << source;
  }
}
