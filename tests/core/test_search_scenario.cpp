#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <fstream>

#include "core/io/input_error.h"
#include "core/search/scenario/scenario.h"
#include "core/search/space/search_space.h"
#include "unique_temp_path.h"

using namespace cdse;
using nlohmann::json;

namespace {

json reference_json()
{
  // The built-in reference scenario as a document to mutate.
  return to_json(builtin_scenario("reference-clip-b16"));
}

// Expects InputError with exactly this path, and the problem to contain `fragment`.
void expect_error(const json& j, const std::string& where, const std::string& fragment)
{
  try {
    parse_scenario(j);
    ADD_FAILURE() << "no error for " << where;
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), where) << e.what();
    EXPECT_NE(e.problem().find(fragment), std::string::npos) << e.what();
  }
}

}   // namespace

TEST(SearchScenario, BuiltinScenariosAreListedAndParse)
{
  const auto list = builtin_scenarios();
  std::vector<std::string> names;
  for (const auto& info : list) {
    names.push_back(info.name);
    EXPECT_FALSE(info.title.empty());
    EXPECT_FALSE(info.description.empty());
    const Scenario s = builtin_scenario(info.name);
    EXPECT_EQ(s.name, info.name);
    EXPECT_GE(s.objectives().size(), 2u);
    EXPECT_FALSE(s.baselines.empty()) << info.name;
    EXPECT_GT(s.space().cardinality(), 1.0);
  }
  for (const std::string expected :
       {"reference-clip-b16", "wide-hw-clip-b16", "hw-only-clip-b16", "hw-only-tinyclip", "bert-base"})
    EXPECT_NE(std::find(names.begin(), names.end(), expected), names.end()) << expected;
}

TEST(SearchScenario, ReferenceScenarioMatchesCATransformersConfiguration)
{
  const Scenario s = builtin_scenario("reference-clip-b16");
  EXPECT_EQ(s.mode, SearchMode::Carbon);
  const SearchSpace space = s.space();
  double model_points = 1, hardware_points = 1;
  for (const auto& k : space.knobs())
    (k.is_hardware() ? hardware_points : model_points) *= k.size();
  EXPECT_DOUBLE_EQ(hardware_points, 3240.0);
  EXPECT_DOUBLE_EQ(model_points, 1071875.0);
  EXPECT_NEAR(space.cardinality(), 3.4729e9, 0.0001e9);
  EXPECT_DOUBLE_EQ(*s.constraints.max_latency_s, 0.050);
  // The reference's 31.990347 mm² (its flagship's area) plus the flagship's second weight
  // registers, 16,384 × 0.348 / 32 µm² (docs/models/hardware.md), rounded up to the µm².
  EXPECT_DOUBLE_EQ(*s.constraints.max_area_mm2, 63.79292);
  EXPECT_DOUBLE_EQ(*s.constraints.max_peak_tops, 20.48);
  EXPECT_DOUBLE_EQ(s.carbon.grid_intensity_g_per_kwh, 68.0);
  EXPECT_NEAR(s.carbon.inferences_over_lifetime(), 3.0e7, 1e-3);
  EXPECT_FALSE(s.carbon.include_static);
  EXPECT_EQ(s.base.accel.frequency_mhz, 625);
  EXPECT_EQ(s.base.accel.node_nm, 22);
  // FFN and embedding in eighths: text FFN 1024, 1280, ..., 2048.
  const auto& knobs = space.knobs();
  const auto ffn = std::find_if(knobs.begin(), knobs.end(), [](const SearchKnob& k) { return k.name == "text.ffn"; });
  ASSERT_NE(ffn, knobs.end());
  EXPECT_EQ(ffn->values, (std::vector<double>{1024, 1280, 1536, 1792, 2048}));
  // The reference baseline (the design defining the area limit) is a point of the space.
  ASSERT_FALSE(s.baselines.empty());
  const auto genome = space.encode(s.baselines.front().design);
  ASSERT_TRUE(genome.has_value());
  EXPECT_EQ(space.decode(*genome), s.baselines.front().design);
  EXPECT_EQ(space.parameters_json(*genome)["hw.pe_width"], 256);
}

TEST(SearchScenario, ModesShapeTheSpace)
{
  Scenario s = builtin_scenario("reference-clip-b16");
  s.mode = SearchMode::AllHw;
  EXPECT_DOUBLE_EQ(s.space().cardinality(), 3240.0);
  EXPECT_FALSE(s.space().has_model_knobs());
  s.mode = SearchMode::ModelOnly;
  EXPECT_DOUBLE_EQ(s.space().cardinality(), 1071875.0);
  EXPECT_EQ(s.space().base().accel, s.baselines.front().design.accel);
  s.baselines.clear();
  EXPECT_THROW(s.space(), InputError);
  EXPECT_EQ(builtin_scenario("hw-only-clip-b16").effective_budget(), 3240);
}

TEST(SearchScenario, RoundTripsThroughJson)
{
  for (const auto& info : builtin_scenarios()) {
    const Scenario s = builtin_scenario(info.name);
    const json once = to_json(s);
    const json twice = to_json(parse_scenario(once));
    EXPECT_EQ(once, twice) << info.name;
  }
}

TEST(SearchScenario, AlgorithmOptionsRoundTripInTheirOwnSpelling)
{
  json j = reference_json();
  j["search"] = {{"algorithm", "bo"}, {"population_size", 20}, {"exhaustive_limit", 5}, {"options", {{"batch_size", 4}}}};
  const Scenario s = parse_scenario(j);
  const json search = to_json(s)["search"];
  EXPECT_EQ(search["population_size"], 20);
  EXPECT_EQ(search["exhaustive_limit"].dump(), "5.0");   // a number of designs, written as before
  EXPECT_EQ(search["options"], (json{{"batch_size", 4}}));
  EXPECT_EQ(to_json(parse_scenario(to_json(s))), to_json(s));

  // An enumerating algorithm with no budget evaluates the whole space.
  Scenario hw = builtin_scenario("hw-only-tinyclip");
  hw.budget = 0;
  hw.algorithm.name = "exhaustive";
  EXPECT_EQ(hw.effective_budget(), static_cast<std::int64_t>(hw.space().cardinality()));
  hw.algorithm.name = "random";
  EXPECT_EQ(hw.effective_budget(), 300);
}

// Journals, sessions and scenarios written before options were checked per algorithm could hold
// one algorithm's options under another's name (e.g. a bo scenario run with --algorithm nsga2).
// They still open, the options stay with the algorithm that accepts them, and survive a rewrite.
TEST(SearchScenario, OptionsOfAnotherAlgorithmAreKeptForIt)
{
  json j = reference_json();
  j["search"]["algorithm"] = "nsga2";
  j["search"]["options"] = {{"batch_size", 4}};
  const Scenario s = parse_scenario(j);
  EXPECT_EQ(s.algorithm.options_of("bo").value("batch_size", 0), 4);
  EXPECT_FALSE(s.algorithm.options_of("nsga2").contains("batch_size"));
  const json written = to_json(s);
  EXPECT_EQ(written["search"]["options"], json({{"batch_size", 4}}));
  EXPECT_EQ(to_json(parse_scenario(written)), written);
}

TEST(SearchScenario, WeightDoubleBufferIsAFixedHardwareOption)
{
  json j = reference_json();
  EXPECT_TRUE(parse_scenario(j).base.accel.weight_double_buffer);   // absent: the default
  j["hardware"]["weight_double_buffer"] = false;
  const Scenario s = parse_scenario(j);
  EXPECT_FALSE(s.base.accel.weight_double_buffer);
  // A baseline that does not set it starts from the scenario's (written baselines set every field).
  j["baselines"][0]["hardware"].erase("weight_double_buffer");
  EXPECT_FALSE(parse_scenario(j).baselines.front().design.accel.weight_double_buffer);
  EXPECT_EQ(to_json(parse_scenario(to_json(s))), to_json(s));
  j["hardware"]["weight_double_buffer"] = {true, false};
  expect_error(j, "hardware.weight_double_buffer", "true or false");
}

TEST(SearchScenario, DataflowIsFixedOrACategoricalKnob)
{
  json j = reference_json();
  EXPECT_EQ(parse_scenario(j).base.accel.dataflow, Dataflow::WeightStationary);   // absent: the default
  j["hardware"]["dataflow"] = "best";
  const Scenario s = parse_scenario(j);
  EXPECT_EQ(s.base.accel.dataflow, Dataflow::Best);
  EXPECT_EQ(parse_scenario(to_json(s)).base.accel.dataflow, Dataflow::Best);
  EXPECT_EQ(to_json(parse_scenario(to_json(s))), to_json(s));
  j["hardware"]["dataflow"] = "row";
  expect_error(j, "hardware.dataflow", "ws, os, is, best");

  // A list of dataflows is a knob: each design of the space has one.
  j["hardware"]["dataflow"] = {"ws", "os", "best"};
  const Scenario knob = parse_scenario(j);
  const auto it = std::find_if(knob.knobs.begin(), knob.knobs.end(),
                               [](const SearchKnob& k) { return k.name == "hw.dataflow"; });
  ASSERT_NE(it, knob.knobs.end());
  EXPECT_EQ(it->labels, (std::vector<std::string>{"ws", "os", "best"}));
  EXPECT_EQ(to_json(parse_scenario(to_json(knob))), to_json(knob));
  const SearchSpace space = knob.space();
  const std::size_t index = static_cast<std::size_t>(it - knob.knobs.begin());
  Genome genome(space.knob_count(), 0);
  genome[index] = 1;
  const Design d = space.decode(genome);
  EXPECT_EQ(d.accel.dataflow, Dataflow::OutputStationary);
  EXPECT_EQ(space.encode(d), std::optional<Genome>(genome));
  EXPECT_EQ(space.parameters_json(genome)["hw.dataflow"], "os");
  j["hardware"]["dataflow"] = {"ws", "rs"};
  expect_error(j, "hardware.dataflow[1]", "ws, os, is, best");
  j["hardware"]["dataflow"] = {"os", "os"};
  expect_error(j, "hardware.dataflow[1]", "listed twice");
}

// DRAM channels are a knob like any accelerator field; they set the link, so a scenario that also
// names the idealised link's dram_bw_words is refused, naming the field or the first channel count.
TEST(SearchScenario, DramChannelsAreAKnobThatReplacesTheIdealisedLink)
{
  json j = reference_json();
  j["hardware"].erase("dram_bw_words");
  j["hardware"]["dram_channels"] = {1, 2, 4};
  Scenario s = parse_scenario(j);
  const auto& knobs = s.knobs;
  const auto knob = std::find_if(knobs.begin(), knobs.end(), [](const auto& k) { return k.name == "hw.dram_channels"; });
  ASSERT_NE(knob, knobs.end());
  EXPECT_EQ(knob->values, (std::vector<double>{1, 2, 4}));
  EXPECT_EQ(to_json(parse_scenario(to_json(s))), to_json(s));
  j["hardware"]["dram_channels"] = 4;   // one value: fixed
  EXPECT_EQ(parse_scenario(j).base.accel.dram_channels, 4);
  j["hardware"]["dram_bw_words"] = 128;
  expect_error(j, "hardware.dram_bw_words", "dram_channels");
  j["hardware"]["dram_channels"] = {2, 4};
  expect_error(j, "hardware.dram_channels[0]", "dram_channels");
  j["hardware"]["dram_channels"] = 0;   // the reference's link, named twice over: fine
  EXPECT_EQ(parse_scenario(j).base.accel.dram_channels, 0);
}

TEST(SearchScenario, ValidationErrorsNameTheJsonPath)
{
  json j = reference_json();
  j["hardware"]["pe_width"] = {32, 64, -128, 256};
  expect_error(j, "hardware.pe_width[2]", "must be a positive integer");

  j = reference_json();
  j["hardware"]["pe_width"] = {32, 64, 12.5};
  expect_error(j, "hardware.pe_width[2]", "must be a positive integer");

  j = reference_json();
  j["hardware"]["node_nm"] = {22, 23};
  expect_error(j, "hardware.node_nm[1]", "");

  j = reference_json();
  j["hardware"]["pe_widht"] = 4;
  expect_error(j, "hardware.pe_widht", "");

  j = reference_json();
  j["model"]["text"]["layers"] = {{"min", 6}, {"max", 5000}};
  expect_error(j, "model.text.layers.max", "at most");

  j = reference_json();
  j["model"]["vision"]["heads"] = json::array();
  expect_error(j, "model.vision.heads", "empty");

  j = reference_json();
  j["model"]["text"]["layers"] = {6, 8, 8};
  expect_error(j, "model.text.layers", "listed twice");

  j = reference_json();
  j["mode"] = "fastest";
  expect_error(j, "mode", "unknown mode");

  j = reference_json();
  j.erase("mode");
  j["objectives"] = {"accuracy", "latency", "area", "energy"};
  expect_error(j, "objectives", "2 or 3");

  j = reference_json();
  j.erase("mode");
  j["objectives"] = {"accuracy", "carbon"};
  expect_error(j, "objectives[1]", "unknown objective");

  j = reference_json();
  j["constraints"]["max_latency_ms"] = -1;
  expect_error(j, "constraints.max_latency_ms", "");

  j = reference_json();
  j["search"]["population_size"] = 33;
  expect_error(j, "search.population_size", "even");

  // Options are checked by the chosen algorithm when the scenario is read, not when the run starts.
  j = reference_json();
  j["search"]["options"] = {{"mutation_rate", 0.1}};
  expect_error(j, "search.options.mutation_rate", "unknown field");

  j = reference_json();
  j["search"]["algorithm"] = "bo";
  j["search"]["options"] = {{"batch_size", 0}};
  expect_error(j, "search.options.batch_size", "");

  j = reference_json();
  j["search"]["algorithm"] = "random";
  j["search"]["options"] = {{"no_such_option", 4}};
  expect_error(j, "search.options.no_such_option", "no options");

  j = reference_json();
  j["carbon"]["grid_intensity_g_per_kwh"] = "high";
  expect_error(j, "carbon.grid_intensity_g_per_kwh", "");

  j = reference_json();
  j["baselines"][0]["hardware"]["pe_depth"] = 0;
  expect_error(j, "baselines[0].hardware.pe_depth", "");

  j = reference_json();
  j["reference_point"] = {{"latency", 0.1}};
  expect_error(j, "reference_point.latency", "not one of the scenario's objectives");

  j = reference_json();
  j["hardware"]["pe_width"] = {{"min", 1}, {"max", 60000}, {"step", 1}};
  expect_error(j, "hardware.pe_width", "more than");
}

TEST(SearchScenario, CustomObjectivesAndRanges)
{
  json j = reference_json();
  j.erase("mode");
  j["objectives"] = {"accuracy", "embodied_carbon", "area"};
  j["hardware"]["pe_width"] = {{"min", 16}, {"max", 512}, {"factor", 2}};
  j["reference_point"] = {{"accuracy", 0.2}};
  const Scenario s = parse_scenario(j);
  EXPECT_EQ(s.mode, SearchMode::Custom);
  EXPECT_EQ(s.objectives(), (std::vector<Objective>{Objective::Accuracy, Objective::EmbodiedCarbon, Objective::Area}));
  const auto space = s.space();
  const auto& knobs = space.knobs();
  const auto w = std::find_if(knobs.begin(), knobs.end(), [](const SearchKnob& k) { return k.name == "hw.pe_width"; });
  ASSERT_NE(w, knobs.end());
  EXPECT_EQ(w->values, (std::vector<double>{16, 32, 64, 128, 256, 512}));
  ASSERT_EQ(s.reference_point.size(), 1u);
  EXPECT_DOUBLE_EQ(s.reference_point[0].second, 0.2);
}

TEST(SearchScenario, LoadsFilesAndRejectsUnknownNames)
{
  // The scenario is named after its file, so the file keeps its name in a directory of its own.
  const auto dir = cdse::test::unique_temp_path("scenario_dir");
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "my_scenario.json").string();
  {
    json j = reference_json();
    j.erase("name");
    std::ofstream(path) << j.dump(2);
  }
  const Scenario s = load_scenario(path);
  EXPECT_EQ(s.name, "my_scenario");
  try {
    load_scenario("no-such-scenario");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "scenario");
    EXPECT_NE(e.problem().find("reference-clip-b16"), std::string::npos);
  }
}
