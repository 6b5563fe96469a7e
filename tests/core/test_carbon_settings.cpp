// CarbonSettings JSON: presets, the three ways to state the workload rate, round trip, and errors
// that name the field.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/carbon/carbon_settings_json.h"
#include "core/io/input_error.h"

using namespace cdse;
using cdse::json::Json;

namespace {

std::string error_where(const Json& j)
{
  try {
    parse_carbon_settings(j, "carbon");
  } catch (const InputError& e) {
    return e.where();
  }
  return "<no error>";
}

constexpr double k_seconds_per_year = 365.0 * 86400.0;

}   // namespace

TEST(CarbonSettingsJson, DefaultsAreTheReference)
{
  const CarbonSettings s = parse_carbon_settings(Json::object(), "carbon");
  EXPECT_EQ(s, CarbonSettings{});
  EXPECT_NO_THROW(validate(s));
  EXPECT_NEAR(s.inferences_over_lifetime(), 3.0e7, 1e-6);
  EXPECT_NEAR(s.inferences_per_second, 0.3171, 1e-4);
}

TEST(CarbonSettingsJson, GridRegionSetsIntensity)
{
  const auto s = parse_carbon_settings(Json{{"grid_region", "France"}}, "carbon");
  EXPECT_EQ(s.grid_region, "france");
  EXPECT_DOUBLE_EQ(s.grid_intensity_g_per_kwh, 56.0);
  // A custom value clears a preset inherited from the base.
  const auto custom = parse_carbon_settings(Json{{"grid_intensity", 123.0}}, "carbon", s);
  EXPECT_TRUE(custom.grid_region.empty());
  EXPECT_DOUBLE_EQ(custom.grid_intensity_g_per_kwh, 123.0);
  // Both given and contradicting: an error naming the intensity field.
  EXPECT_EQ(error_where(Json{{"grid_region", "france"}, {"grid_intensity_g_per_kwh", 400.0}}),
            "carbon.grid_intensity_g_per_kwh");
}

TEST(CarbonSettingsJson, WorkloadRateThreeWays)
{
  // The reference's "3e7 inferences over 3 years" is one setting of lifetime and rate.
  const auto per_lifetime = parse_carbon_settings(Json{{"lifetime_years", 3}, {"inferences_over_lifetime", 3e7}}, "c");
  const auto per_second =
      parse_carbon_settings(Json{{"lifetime_years", 3}, {"inferences_per_second", 3e7 / (3 * k_seconds_per_year)}}, "c");
  const auto per_day = parse_carbon_settings(Json{{"lifetime_years", 3}, {"inferences_per_day", 3e7 / (3 * 365.0)}}, "c");
  EXPECT_NEAR(per_lifetime.inferences_over_lifetime(), 3e7, 1e-6);
  EXPECT_NEAR(per_second.inferences_over_lifetime(), 3e7, 1e-6);
  EXPECT_NEAR(per_day.inferences_over_lifetime(), 3e7, 1e-6);
  // The rate is what the user fixes: a longer lifetime means more inferences.
  const auto longer = parse_carbon_settings(Json{{"lifetime_years", 6}}, "c");
  EXPECT_NEAR(longer.inferences_over_lifetime(), 6e7, 1e-5);
  EXPECT_EQ(error_where(Json{{"inferences_per_second", 1.0}, {"inferences_per_day", 10.0}}), "carbon");
}

TEST(CarbonSettingsJson, RoundTrip)
{
  const Json in = {{"grid_region", "germany"},
                   {"lifetime_years", 5},
                   {"inferences_per_second", 12.5},
                   {"duty_cycle", 0.25},
                   {"include_static", false},
                   {"fab_location", "Korea"},
                   {"node_nm", 7},
                   {"gas_abatement", 99},
                   {"yield", 0.7},
                   {"dram_type", "ddr4_10nm"},
                   {"dram_gb", 2},
                   {"include_packaging", true},
                   {"packaging_kg", 0.2},
                   {"amortize", true},
                   {"hardware_lifetime_years", 4}};
  const CarbonSettings s = parse_carbon_settings(in, "carbon");
  EXPECT_EQ(s.fab_location, "korea");
  EXPECT_EQ(s.gas_abatement_pct, 99);
  EXPECT_DOUBLE_EQ(s.grid_intensity_g_per_kwh, 381.0);
  EXPECT_EQ(parse_carbon_settings(to_json(s), "carbon"), s);
  CarbonSettings custom = s;
  custom.grid_region.clear();
  custom.grid_intensity_g_per_kwh = 77.7;
  custom.fab_intensity_g_per_kwh = 12.0;
  EXPECT_EQ(parse_carbon_settings(to_json(custom), "carbon"), custom);
}

TEST(CarbonSettingsJson, PowerGatingAndYieldModelRoundTrip)
{
  const CarbonSettings s = parse_carbon_settings(Json{{"idle_power_fraction", 0.05}, {"yield_model", "constant"}}, "c");
  EXPECT_DOUBLE_EQ(s.idle_power_fraction, 0.05);
  EXPECT_EQ(s.yield_model, YieldModel::Constant);
  EXPECT_EQ(to_json(s).at("yield_model").get<std::string>(), "constant");
  EXPECT_EQ(parse_carbon_settings(to_json(s), "c"), s);
  EXPECT_EQ(parse_carbon_settings(to_json(CarbonSettings{}), "c"), CarbonSettings{});
  // Partial objects (scenario files, CLI overrides) get the new defaults for what they omit.
  const CarbonSettings partial = parse_carbon_settings(Json{{"duty_cycle", 1.0}, {"yield", 0.875}}, "c");
  EXPECT_DOUBLE_EQ(partial.idle_power_fraction, CarbonSettings{}.idle_power_fraction);
  EXPECT_EQ(partial.yield_model, YieldModel::Murphy);
}

TEST(CarbonSettingsJson, SettingsSavedBeforePowerGatingKeepTheirBehaviour)
{
  // Exactly what to_json wrote before idle_power_fraction and yield_model existed (a session's or a
  // journal's settings): read with no power gating and a constant yield, so the file re-scores to
  // the numbers it was saved with.
  const Json saved = Json::parse(R"({"amortize": false, "dram_gb": null, "dram_type": "lpddr4", "duty_cycle": 1.0,
      "fab_intensity_g_per_kwh": null, "fab_location": "taiwan", "gas_abatement_pct": 95,
      "grid_intensity_g_per_kwh": 68.0, "include_packaging": false, "include_static": true,
      "inferences_per_second": 0.31709791983764585, "lifetime_years": 3.0, "node_nm": null, "yield": 0.875})");
  const CarbonSettings old = parse_carbon_settings(saved, "carbon");
  EXPECT_DOUBLE_EQ(old.idle_power_fraction, 1.0);
  EXPECT_EQ(old.yield_model, YieldModel::Constant);
  // One field fewer is a hand-written partial object: new defaults.
  Json partial = saved;
  partial.erase("amortize");
  EXPECT_EQ(parse_carbon_settings(partial, "carbon").yield_model, YieldModel::Murphy);
  // A new field present means a new file: it says what it means.
  Json explicit_new = saved;
  explicit_new["idle_power_fraction"] = 0.5;
  const CarbonSettings fresh = parse_carbon_settings(explicit_new, "carbon");
  EXPECT_DOUBLE_EQ(fresh.idle_power_fraction, 0.5);
  EXPECT_EQ(fresh.yield_model, YieldModel::Murphy);
}

TEST(CarbonSettingsJson, BadValuesNameTheField)
{
  EXPECT_EQ(error_where(Json{{"grid_region", "atlantis"}}), "carbon.grid_region");
  EXPECT_EQ(error_where(Json{{"grid_intensity_g_per_kwh", -5}}), "carbon.grid_intensity_g_per_kwh");
  EXPECT_EQ(error_where(Json{{"grid_intensity_g_per_kwh", std::nan("")}}), "carbon.grid_intensity_g_per_kwh");
  EXPECT_EQ(error_where(Json{{"grid_intensity", "high"}}), "carbon.grid_intensity");
  EXPECT_EQ(error_where(Json{{"lifetime_years", -1}}), "carbon.lifetime_years");
  EXPECT_EQ(error_where(Json{{"lifetime_years", 0}}), "carbon.lifetime_years");
  EXPECT_EQ(error_where(Json{{"inferences_per_second", -1}}), "carbon.inferences_per_second");
  EXPECT_EQ(error_where(Json{{"duty_cycle", 1.5}}), "carbon.duty_cycle");
  EXPECT_EQ(error_where(Json{{"idle_power_fraction", -0.1}}), "carbon.idle_power_fraction");
  EXPECT_EQ(error_where(Json{{"idle_power_fraction", 1.5}}), "carbon.idle_power_fraction");
  EXPECT_EQ(error_where(Json{{"yield_model", "poisson"}}), "carbon.yield_model");
  EXPECT_EQ(error_where(Json{{"yield_model", 1}}), "carbon.yield_model");
  EXPECT_EQ(error_where(Json{{"yield", 0}}), "carbon.yield");
  EXPECT_EQ(error_where(Json{{"yield", 1.01}}), "carbon.yield");
  EXPECT_EQ(error_where(Json{{"node_nm", 6}}), "carbon.node_nm");
  EXPECT_EQ(error_where(Json{{"node_nm", 1000000000}}), "carbon.node_nm");
  EXPECT_EQ(error_where(Json{{"fab_location", "mars"}}), "carbon.fab_location");
  EXPECT_EQ(error_where(Json{{"gas_abatement_pct", 97}}), "carbon.gas_abatement_pct");
  EXPECT_EQ(error_where(Json{{"gas_abatement", 90}}), "carbon.gas_abatement");
  EXPECT_EQ(error_where(Json{{"gas_abatement", 95}, {"gas_abatement_pct", 95}}), "carbon.gas_abatement");
  EXPECT_EQ(error_where(Json{{"dram_type", "ddr9"}}), "carbon.dram_type");
  EXPECT_EQ(error_where(Json{{"dram_gb", 1e12}}), "carbon.dram_gb");
  EXPECT_EQ(error_where(Json{{"packaging_kg", -0.1}}), "carbon.packaging_kg");
  EXPECT_EQ(error_where(Json{{"hardware_lifetime_years", 0}}), "carbon.hardware_lifetime_years");
  EXPECT_EQ(error_where(Json{{"include_static", 1}}), "carbon.include_static");
  EXPECT_EQ(error_where(Json{{"yeild", 0.9}}), "carbon.yeild");
  EXPECT_EQ(error_where(Json::array()), "carbon");
}

TEST(CarbonSettingsJson, ValidateCatchesProgrammaticMistakes)
{
  CarbonSettings s;
  s.grid_region = "norway";   // but the intensity still says 68
  try {
    validate(s);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "grid_intensity_g_per_kwh");
  }
  s = {};
  s.lifetime_years = std::nan("");
  EXPECT_THROW(validate(s), InputError);
  s = {};
  s.dram_type = "nope";
  EXPECT_THROW(validate(s), InputError);
}
