#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "core/hardware/accelerator_json.h"
#include "core/hardware/accelerator_validation.h"
#include "core/io/input_error.h"

using namespace cdse;
using cdse::json::Json;

namespace {

Json minimal()
{
  return Json::parse(R"({"clusters": 2, "pe_width": 64, "pe_depth": 8, "l2_kb": 256, "l2_bw_words": 64,
                         "glb_mb": 4})");
}

// Expects parse_accelerator to fail at `where` with a message containing `text`.
void expect_error(const Json& j, const std::string& where, const std::string& text)
{
  try {
    parse_accelerator(j, "hardware");
    FAIL() << "expected InputError at " << where;
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), where) << e.what();
    EXPECT_NE(std::string(e.what()).find(text), std::string::npos) << e.what();
  }
}

}   // namespace

TEST(AcceleratorJson, ParsesRequiredFieldsAndDefaultsTheRest)
{
  const AcceleratorConfig a = parse_accelerator(minimal(), "hardware");
  EXPECT_EQ(a.clusters, 2);
  EXPECT_EQ(a.pe_width, 64);
  EXPECT_EQ(a.pe_depth, 8);
  EXPECT_DOUBLE_EQ(a.l2_kb, 256);
  EXPECT_DOUBLE_EQ(a.l2_bw_words, 64);
  EXPECT_DOUBLE_EQ(a.glb_mb, 4);
  const AcceleratorConfig defaults;
  EXPECT_DOUBLE_EQ(a.frequency_mhz, 625);
  EXPECT_EQ(a.node_nm, 22);
  EXPECT_EQ(a.precision_bits, 8);
  EXPECT_DOUBLE_EQ(a.glb_bw_words, defaults.glb_bw_words);
  EXPECT_DOUBLE_EQ(a.dram_bw_words, defaults.dram_bw_words);
  EXPECT_EQ(a.dram_type, "lpddr4");
  EXPECT_DOUBLE_EQ(a.dram_gb, 0);
  // OpenCLIP's GELU is the exact (erf) form: the default implementation.
  EXPECT_EQ(a.gelu, GeluImplementation::Erf);
  // Absent, as in every file written before the option existed: double-buffered weights.
  EXPECT_TRUE(a.weight_double_buffer);
}

TEST(AcceleratorJson, RoundTripsEveryField)
{
  AcceleratorConfig a;
  a.clusters = 3;
  a.pe_width = 48;
  a.pe_depth = 5;
  a.l2_kb = 96.5;
  a.l2_bw_words = 40;
  a.glb_mb = 1.5;
  a.glb_bw_words = 300;
  a.dram_bw_words = 64;
  a.frequency_mhz = 800;
  a.node_nm = 7;
  a.precision_bits = 16;
  a.dram_type = "hbm2";
  a.dram_gb = 2;
  a.gelu = GeluImplementation::Tanh;
  a.weight_double_buffer = false;
  const AcceleratorConfig back = parse_accelerator(Json::parse(to_json(a).dump()), "");
  EXPECT_EQ(back, a);
  EXPECT_EQ(accelerator_key(back), accelerator_key(a));
}

TEST(AcceleratorJson, MissingRequiredFieldIsNamed)
{
  Json j = minimal();
  j.erase("glb_mb");
  expect_error(j, "hardware.glb_mb", "missing");
}

TEST(AcceleratorJson, UnknownKeyIsRejected)
{
  Json j = minimal();
  j["pe_widht"] = 64;
  expect_error(j, "hardware.pe_widht", "unknown field");
}

TEST(AcceleratorJson, WrongTypesAndFractionsAreRejected)
{
  Json j = minimal();
  j["clusters"] = "4";
  expect_error(j, "hardware.clusters", "integer");
  j = minimal();
  j["pe_width"] = 64.5;
  expect_error(j, "hardware.pe_width", "integer");
  j = minimal();
  j["dram_type"] = 4;
  expect_error(j, "hardware.dram_type", "string");
}

TEST(AcceleratorJson, AbsurdSizesAreRefusedUpFront)
{
  Json j = minimal();
  j["clusters"] = 1000000000;
  expect_error(j, "hardware.clusters", "1024");
  j = minimal();
  j["pe_width"] = 1000000;
  expect_error(j, "hardware.pe_width", "65536");
  j = minimal();
  j["pe_depth"] = 0;
  expect_error(j, "hardware.pe_depth", "positive");
  j = minimal();
  j["clusters"] = 1024;
  j["pe_width"] = 65536;
  j["pe_depth"] = 65536;   // 2^42 PEs
  expect_error(j, "hardware.pe_depth", "PEs");
  j = minimal();
  j["l2_kb"] = 1e12;
  expect_error(j, "hardware.l2_kb", "outside");
  j = minimal();
  j["glb_mb"] = 5000;
  expect_error(j, "hardware.glb_mb", "4096");
  j = minimal();
  j["frequency_mhz"] = 0.5;
  expect_error(j, "hardware.frequency_mhz", "outside");
  j = minimal();
  j["frequency_mhz"] = 20000;
  expect_error(j, "hardware.frequency_mhz", "10000");
  j = minimal();
  j["l2_bw_words"] = -3;
  expect_error(j, "hardware.l2_bw_words", "outside");
}

TEST(AcceleratorJson, UnsupportedNodeWordSizeAndDramTypeListTheChoices)
{
  Json j = minimal();
  j["node_nm"] = 12;
  expect_error(j, "hardware.node_nm", "45, 40, 32");
  j = minimal();
  j["precision_bits"] = 4;
  expect_error(j, "hardware.precision_bits", "8, 16");
  j = minimal();
  j["dram_type"] = "ddr7";
  expect_error(j, "hardware.dram_type", "lpddr4");
}

TEST(AcceleratorJson, NotAnObject)
{
  try {
    parse_accelerator(Json::parse("[1, 2]"), "hardware");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "hardware");
  }
}

TEST(AcceleratorKey, DistinguishesEveryField)
{
  const AcceleratorConfig base;
  std::set<std::string> keys{accelerator_key(base)};
  auto differs = [&](auto change) {
    AcceleratorConfig a = base;
    change(a);
    EXPECT_TRUE(keys.insert(accelerator_key(a)).second) << accelerator_key(a);
  };
  differs([](auto& a) { a.clusters = 2; });
  differs([](auto& a) { a.pe_width = 128; });
  differs([](auto& a) { a.pe_depth = 8; });
  differs([](auto& a) { a.l2_kb = 512; });
  differs([](auto& a) { a.l2_bw_words = 64; });
  differs([](auto& a) { a.glb_mb = 4; });
  differs([](auto& a) { a.glb_bw_words = 256; });
  differs([](auto& a) { a.dram_bw_words = 64; });
  differs([](auto& a) { a.frequency_mhz = 500; });
  differs([](auto& a) { a.node_nm = 7; });
  differs([](auto& a) { a.precision_bits = 16; });
  differs([](auto& a) { a.dram_type = "hbm2"; });
  differs([](auto& a) { a.dram_gb = 1; });
  differs([](auto& a) { a.gelu = GeluImplementation::Lut; });
  differs([](auto& a) { a.weight_double_buffer = false; });
  differs([](auto& a) { a.accumulator_rows = 0; });
  differs([](auto& a) { a.l2_kb = 1024.0000000001; });   // no rounding in the key
}

TEST(AcceleratorKey, IsStableText)
{
  EXPECT_EQ(accelerator_key(AcceleratorConfig{}),
            "c4_w256_d16_l2kb1024_l2bw128_glbmb8_glbbw512_drambw128_mhz625_nm22_bits8_dramgb0_lpddr4_erf_wdb1_acc256");
}

TEST(AcceleratorValidation, AcceptsTheReferenceGridAndRejectsOutOfRangeStructs)
{
  for (int w : {32, 64, 128, 256})
    for (int d : {2, 4, 8, 16, 32, 64}) {
      AcceleratorConfig a;
      a.pe_width = w;
      a.pe_depth = d;
      EXPECT_NO_THROW(validate_accelerator(a));
    }
  AcceleratorConfig a;
  a.frequency_mhz = std::numeric_limits<double>::quiet_NaN();
  EXPECT_THROW(validate_accelerator(a, "x"), InputError);
  a = AcceleratorConfig{};
  a.clusters = 0;
  try {
    validate_accelerator(a, "space.accel");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "space.accel.clusters");
  }
  a = AcceleratorConfig{};
  a.dram_gb = -1;
  EXPECT_THROW(validate_accelerator(a), InputError);
}

TEST(AcceleratorJson, GeluImplementationIsReadWrittenAndKeyed)
{
  Json j = minimal();
  j["gelu"] = "lut";
  const AcceleratorConfig lut = parse_accelerator(j, "hardware");
  EXPECT_EQ(lut.gelu, GeluImplementation::Lut);
  EXPECT_EQ(to_json(lut).at("gelu").get<std::string>(), "lut");
  EXPECT_EQ(to_json(AcceleratorConfig{}).at("gelu").get<std::string>(), "erf");
  j["gelu"] = "tanh";
  const AcceleratorConfig tanh = parse_accelerator(j, "hardware");
  EXPECT_EQ(tanh.gelu, GeluImplementation::Tanh);
  // Caches keyed by the configuration must tell the implementations apart.
  EXPECT_NE(accelerator_key(lut), accelerator_key(tanh));
  EXPECT_NE(accelerator_key(tanh), accelerator_key(parse_accelerator(minimal(), "hardware")));
}

TEST(AcceleratorJson, BadGeluImplementationNamesTheField)
{
  Json j = minimal();
  j["gelu"] = "sigmoid";
  expect_error(j, "hardware.gelu", "erf, tanh, lut");
  j["gelu"] = 1;
  expect_error(j, "hardware.gelu", "string");
  // A 2^16-entry table per lane is not a lookup-table GELU anyone builds.
  j["gelu"] = "lut";
  j["precision_bits"] = 16;
  expect_error(j, "hardware.gelu", "precision_bits <= 8");
}

TEST(AcceleratorJson, WeightDoubleBufferIsReadWrittenAndKeyed)
{
  Json j = minimal();
  j["weight_double_buffer"] = false;
  const AcceleratorConfig off = parse_accelerator(j, "hardware");
  EXPECT_FALSE(off.weight_double_buffer);
  EXPECT_FALSE(to_json(off).at("weight_double_buffer").get<bool>());
  EXPECT_TRUE(to_json(AcceleratorConfig{}).at("weight_double_buffer").get<bool>());
  j["weight_double_buffer"] = true;
  EXPECT_TRUE(parse_accelerator(j, "hardware").weight_double_buffer);
  EXPECT_NE(accelerator_key(off), accelerator_key(parse_accelerator(j, "hardware")));
  j["weight_double_buffer"] = "yes";
  expect_error(j, "hardware.weight_double_buffer", "true or false");
  j["weight_double_buffer"] = 1;
  expect_error(j, "hardware.weight_double_buffer", "true or false");
}

TEST(AcceleratorJson, DataflowIsReadWrittenAndKeyed)
{
  Json j = minimal();
  const AcceleratorConfig ws = parse_accelerator(j, "hardware");
  EXPECT_EQ(ws.dataflow, Dataflow::WeightStationary);   // absent: the reference's
  EXPECT_EQ(to_json(ws).at("dataflow").get<std::string>(), "ws");
  std::vector<std::string> keys{accelerator_key(ws)};
  for (const char* name : {"os", "is", "best"}) {
    j["dataflow"] = name;
    const AcceleratorConfig a = parse_accelerator(j, "hardware");
    EXPECT_EQ(to_json(a).at("dataflow").get<std::string>(), name);
    EXPECT_EQ(parse_accelerator(to_json(a), "hardware"), a);
    keys.push_back(accelerator_key(a));
  }
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(std::unique(keys.begin(), keys.end()), keys.end());
  j["dataflow"] = "rs";
  expect_error(j, "hardware.dataflow", "ws, os, is, best");
  j["dataflow"] = 2;
  expect_error(j, "hardware.dataflow", "string");
}

TEST(AcceleratorJson, AccumulatorRowsAreReadWrittenAndKeyed)
{
  Json j = minimal();
  EXPECT_EQ(parse_accelerator(j, "hardware").accumulator_rows, 256);   // absent: the default
  j["accumulator_rows"] = 0;
  const AcceleratorConfig none = parse_accelerator(j, "hardware");
  EXPECT_EQ(none.accumulator_rows, 0);
  EXPECT_EQ(to_json(none).at("accumulator_rows").get<int>(), 0);
  EXPECT_EQ(parse_accelerator(to_json(none), "hardware"), none);
  j["accumulator_rows"] = 512;
  EXPECT_NE(accelerator_key(none), accelerator_key(parse_accelerator(j, "hardware")));
  j["accumulator_rows"] = -1;
  expect_error(j, "hardware.accumulator_rows", "");
  j["accumulator_rows"] = 1.5;
  expect_error(j, "hardware.accumulator_rows", "");
  j["accumulator_rows"] = 65537;
  expect_error(j, "hardware.accumulator_rows", "");
}
