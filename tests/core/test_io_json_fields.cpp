#include <gtest/gtest.h>

#include "core/io/json_fields.h"

using namespace cdse;
using cdse::json::Json;

TEST(JsonFields, MissingFieldNamesFullPath)
{
  const Json doc = Json::parse(R"({"hardware": {"pe_depth": 4}})");
  try {
    json::get_integer(doc.at("hardware"), "pe_width", "hardware", 1, 1 << 20);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "hardware.pe_width");
    EXPECT_NE(std::string(e.what()).find("missing"), std::string::npos);
  }
}

TEST(JsonFields, RejectsNonPositiveIntegerWithIndexPath)
{
  const Json doc = Json::parse(R"({"pe_width": [32, 64, -3]})");
  const auto& list = doc.at("pe_width");
  try {
    json::as_integer(list[2], json::index_path("hardware.pe_width", 2), 1, 1 << 20);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), "hardware.pe_width[2]: must be a positive integer, got -3");
  }
}

TEST(JsonFields, RejectsWrongTypesAndFractions)
{
  const Json doc = Json::parse(R"({"a": "x", "b": 2.5, "c": 1e300})");
  EXPECT_THROW(json::get_number(doc, "a", ""), InputError);
  EXPECT_THROW(json::get_integer(doc, "b", ""), InputError);
  EXPECT_THROW(json::get_number(doc, "c", "", 0, 1e6), InputError);
  EXPECT_DOUBLE_EQ(json::get_number(doc, "b", ""), 2.5);
}

TEST(JsonFields, SyntaxErrorReportsLineAndColumn)
{
  try {
    json::parse_text("{\n  \"a\": 1,\n  \"b\": }\n", "design.json");
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "design.json");
    EXPECT_NE(e.problem().find("line 3"), std::string::npos) << e.what();
  }
}

TEST(JsonFields, UnknownKeyIsNamed)
{
  const Json doc = Json::parse(R"({"pe_widht": 4})");
  try {
    json::reject_unknown_keys(doc, "accelerator", {"pe_width", "pe_depth"});
    FAIL();
  } catch (const InputError& e) {
    EXPECT_EQ(e.where(), "accelerator.pe_widht");
  }
}

TEST(JsonFields, MissingFileIsInputError)
{
  EXPECT_THROW(json::parse_file("/nonexistent/definitely/not/here.json"), InputError);
}
