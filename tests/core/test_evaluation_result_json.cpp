// The two JSON formats of results (report_json.h: what `evaluate` prints; invariants_storage_json.h:
// journals, sessions, search JSON) and the breakdown field list they share
// (breakdown_json_fields.h). Keys are published: each format's are checked exactly.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/evaluation/breakdown_json_fields.h"
#include "core/evaluation/invariants_storage_json.h"
#include "core/evaluation/report_json.h"
#include "core/io/input_error.h"

using namespace cdse;

namespace {

std::set<std::string> keys_of(const json::Json& object)
{
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items())
    keys.insert(key);
  return keys;
}

// Every field a different value that does not round-trip through a short decimal.
DesignInvariants sample()
{
  DesignInvariants v;
  v.accuracy_available = true;
  v.accuracy_source = cdse::AccuracyOrigin::Estimate;
  v.accuracy = 0.4712345678901234;
  v.accuracy_low = 0.46;
  v.accuracy_high = 0.48;
  v.latency_s = 0.0123456789012345;
  v.energy_per_inference_j = 0.2 / 3.0;
  v.dynamic_energy_j = 0.06;
  v.static_power_w = 0.7 / 3.0;
  v.area_mm2 = 100.0 / 7.0;
  v.peak_tops = 13.1;
  v.weight_bytes = 1.5e8;
  v.dram_gb = 2.0;
  v.node_nm = 7;
  v.dram_packages = 3;
  v.area = {1.0 / 3.0, 2.0 / 3.0, 4.0 / 3.0, 8.0 / 3.0, 1.0 / 7.0, 16.0 / 3.0};
  v.energy = {1e-3 / 3.0, 2e-3 / 3.0, 3e-3 / 7.0, 4e-3 / 7.0, 5e-3 / 7.0, 6e-3 / 7.0};
  return v;
}

}   // namespace

TEST(EvaluationResultJson, FieldListsCoverEveryBreakdownField)
{
  // A field missing from a list would drop out of both formats: the listed fields must add up
  // to the breakdown's own total.
  const DesignInvariants v = sample();
  double area = 0, energy = 0;
  for (const auto& f : k_area_json_fields)
    area += v.area.*f.value;
  for (const auto& f : k_energy_json_fields)
    energy += v.energy.*f.value;
  EXPECT_DOUBLE_EQ(area, v.area.total_mm2());
  EXPECT_DOUBLE_EQ(energy, v.energy.total_j());
  EXPECT_EQ(std::size(k_area_json_fields), 6u);
  EXPECT_EQ(std::size(k_energy_json_fields), 6u);
}

TEST(EvaluationResultJson, ReportFormatUsesShortKeys)
{
  const DesignInvariants v = sample();
  const json::Json area = to_json(v.area);
  const json::Json energy = to_json(v.energy);
  EXPECT_EQ(keys_of(area),
            (std::set<std::string>{"pe", "vector_lanes", "l2", "glb", "control_and_wiring", "dram_interface"}));
  EXPECT_EQ(keys_of(energy), (std::set<std::string>{"mac", "register_file", "l2", "glb", "dram", "static"}));
  EXPECT_EQ(area["vector_lanes"].get<double>(), v.area.vector_mm2);
  EXPECT_EQ(energy["register_file"].get<double>(), v.energy.rf_j);
}

TEST(EvaluationResultJson, StorageFormatCarriesUnitsInKeysAndRoundTripsBitIdentical)
{
  const DesignInvariants v = sample();
  const json::Json j = invariants_to_json(v);
  EXPECT_EQ(keys_of(j["area"]),
            (std::set<std::string>{"pe_mm2", "vector_mm2", "l2_mm2", "glb_mm2", "control_mm2", "dram_phy_mm2"}));
  EXPECT_EQ(keys_of(j["energy"]), (std::set<std::string>{"mac_j", "rf_j", "l2_j", "glb_j", "dram_j", "static_j"}));
  // Through text, as journals and sessions store it.
  const DesignInvariants back = invariants_from_json(json::Json::parse(j.dump()), "invariants");
  EXPECT_EQ(invariants_to_json(back).dump(), j.dump());
  EXPECT_EQ(back.latency_s, v.latency_s);
  EXPECT_EQ(back.accuracy, v.accuracy);
  EXPECT_EQ(back.dram_gb, v.dram_gb);
  EXPECT_EQ(back.node_nm, v.node_nm);
  EXPECT_EQ(back.dram_packages, v.dram_packages);
  for (const auto& f : k_area_json_fields)
    EXPECT_EQ(back.area.*f.value, v.area.*f.value) << f.storage_key;
  for (const auto& f : k_energy_json_fields)
    EXPECT_EQ(back.energy.*f.value, v.energy.*f.value) << f.storage_key;
}

TEST(EvaluationResultJson, StorageReaderNamesAMissingBreakdownField)
{
  json::Json j = invariants_to_json(sample());
  j["energy"].erase("dram_j");
  try {
    invariants_from_json(j, "runs[0].designs[3].invariants");
    FAIL() << "a missing field was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "runs[0].designs[3].invariants.energy.dram_j") << e.what();
  }
  j = invariants_to_json(sample());
  j.erase("area");
  EXPECT_THROW(invariants_from_json(j, "invariants"), InputError);
}

// Journals and sessions written before the die's control and wiring area was modelled lack it: 0.
TEST(EvaluationResultJson, StorageWithoutTheControlAreaReadsAsNone)
{
  json::Json j = invariants_to_json(sample());
  ASSERT_GT(sample().area.control_mm2, 0.0);
  j["area"].erase("control_mm2");
  const DesignInvariants v = invariants_from_json(j, "invariants");
  EXPECT_EQ(v.area.control_mm2, 0.0);
  EXPECT_EQ(v.area.pe_mm2, sample().area.pe_mm2);
  j["area"]["control_mm2"] = -1.0;
  try {
    invariants_from_json(j, "invariants");
    FAIL() << "a negative control area was accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("control_mm2"), std::string::npos) << e.what();
  }
}

// Journals and version-1 sessions written before DRAM channels were modelled have neither the
// DRAM interface's area nor its packages: they read as an idealised link.
TEST(EvaluationResultJson, StorageWithoutTheDramInterfaceReadsAsAnIdealisedLink)
{
  json::Json j = invariants_to_json(sample());
  j["area"].erase("dram_phy_mm2");
  j.erase("dram_packages");
  const DesignInvariants v = invariants_from_json(j, "invariants");
  EXPECT_EQ(v.area.dram_phy_mm2, 0.0);
  EXPECT_EQ(v.dram_packages, 0);
  EXPECT_EQ(v.area.glb_mm2, sample().area.glb_mm2);
  j["dram_packages"] = -1;
  try {
    invariants_from_json(j, "invariants");
    FAIL() << "a negative package count was accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "invariants.dram_packages") << e.what();
  }
}

TEST(EvaluationResultJson, StorageFormatKeepsEveryAccuracySource)
{
  for (const AccuracyOrigin origin : {AccuracyOrigin::Estimate, AccuracyOrigin::Measured, AccuracyOrigin::Interpolated,
                                      AccuracyOrigin::External, AccuracyOrigin::Published}) {
    DesignInvariants v = sample();
    v.accuracy_source = origin;
    const json::Json j = invariants_to_json(v);
    EXPECT_EQ(j["accuracy_source"], std::string(to_string(origin)));
    EXPECT_EQ(invariants_from_json(json::Json::parse(j.dump()), "invariants").accuracy_source, origin);
  }
  DesignInvariants none = sample();
  none.accuracy_available = false;
  none.accuracy_source = AccuracyOrigin::None;
  const json::Json j = invariants_to_json(none);
  EXPECT_FALSE(j.contains("accuracy_source"));   // like the accuracy numbers: absent without an accuracy
  EXPECT_EQ(invariants_from_json(j, "invariants").accuracy_source, AccuracyOrigin::None);
}

// Journals, sessions and search JSON written before designs carried their source have no
// "accuracy_source": an available accuracy reads as "estimate", what those versions showed.
TEST(EvaluationResultJson, StorageWithoutAccuracySourceReadsAsEstimate)
{
  json::Json j = invariants_to_json(sample());
  j.erase("accuracy_source");
  EXPECT_EQ(invariants_from_json(j, "invariants").accuracy_source, AccuracyOrigin::Estimate);
  j["accuracy_available"] = false;
  EXPECT_EQ(invariants_from_json(j, "invariants").accuracy_source, AccuracyOrigin::None);
}

TEST(EvaluationResultJson, StorageReaderNamesABadAccuracySource)
{
  const auto where_of = [](const json::Json& j) {
    try {
      invariants_from_json(j, "records[2].invariants");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  json::Json j = invariants_to_json(sample());
  j["accuracy_source"] = "guessed";
  EXPECT_EQ(where_of(j), "records[2].invariants.accuracy_source: value \"guessed\" is not an accuracy source (one of "
                         "none, estimate, measured, interpolated, external, published)");
  j["accuracy_source"] = "estimate:clip-retrieval";   // evaluate's long form is not a stored word
  EXPECT_NE(where_of(j).find("records[2].invariants.accuracy_source: value"), std::string::npos);
  j["accuracy_source"] = 3;
  EXPECT_NE(where_of(j).find("records[2].invariants.accuracy_source"), std::string::npos) << where_of(j);
  j["accuracy_source"] = "none";
  EXPECT_EQ(where_of(j), "records[2].invariants.accuracy_source: value \"none\" for an available accuracy");
  j["accuracy_available"] = false;
  j["accuracy_source"] = "measured";
  EXPECT_NE(where_of(j).find("records[2].invariants.accuracy_source: value \"measured\" for a design without"),
            std::string::npos)
      << where_of(j);
}
