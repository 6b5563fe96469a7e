// accuracy_cache_file: the JSON-lines reading and appending both external evaluators' cache files
// share -- blank lines, a torn last line (a crash mid-write), a whole last line without its '\n',
// corrupt lines named by file:line, and the result fields written and read back.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

#include "core/accuracy/accuracy_cache_file.h"
#include "core/io/input_error.h"
#include "unique_temp_path.h"

namespace fs = std::filesystem;
using namespace cdse;

namespace {

class AccuracyCacheFileTest : public ::testing::Test {
protected:
  void SetUp() override
  {
    dir_ = cdse::test::unique_temp_path("cache_file_" +
                                        std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    file_ = (dir_ / "cache.jsonl").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  void write(const std::string& text) const { std::ofstream(file_, std::ios::binary) << text; }
  std::string contents() const
  {
    std::ifstream in(file_, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  // The keys of the lines load_cache_file hands over, each with its "file:line".
  std::vector<std::pair<std::string, std::string>> keys() const
  {
    std::vector<std::pair<std::string, std::string>> seen;
    load_cache_file(file_, [&](const json::Json& entry, const std::string& where) {
      seen.emplace_back(entry.at("key").get<std::string>(), where);
    });
    return seen;
  }
  std::string error() const
  {
    try {
      keys();
    } catch (const InputError& e) {
      return e.what();
    }
    return "(no error)";
  }

  fs::path dir_;
  std::string file_;
};

}   // namespace

TEST_F(AccuracyCacheFileTest, AMissingFileIsAnEmptyCacheAndIsCreatedForAppends)
{
  EXPECT_TRUE(keys().empty());
  EXPECT_TRUE(fs::exists(file_));
}

TEST_F(AccuracyCacheFileTest, LinesComeInOrderNamedByLineAndBlankLinesAreSkipped)
{
  write("{\"key\": \"a\"}\n\n  \t\n{\"key\": \"b\"}\n");
  const auto seen = keys();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], std::make_pair(std::string("a"), file_ + ":1"));
  EXPECT_EQ(seen[1], std::make_pair(std::string("b"), file_ + ":4"));
}

TEST_F(AccuracyCacheFileTest, ATornLastLineIsSkippedAndCutOffSoTheNextAppendStartsALine)
{
  write("{\"key\": \"a\"}\n{\"key\": \"b\", \"accur");
  EXPECT_EQ(keys().size(), 1u);
  EXPECT_EQ(contents(), "{\"key\": \"a\"}\n");
  append_cache_line(file_, {{"key", "c"}}, "cmd");
  const auto seen = keys();
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1].first, "c");
}

TEST_F(AccuracyCacheFileTest, AWholeLastLineWithoutItsNewlineIsKeptAndEnded)
{
  write("{\"key\": \"a\"}\n{\"key\": \"b\"}");
  EXPECT_EQ(keys().size(), 2u);
  EXPECT_EQ(contents(), "{\"key\": \"a\"}\n{\"key\": \"b\"}\n");
}

TEST_F(AccuracyCacheFileTest, ACorruptLineBeforeTheLastIsAnErrorNamingFileAndLine)
{
  write("{\"key\": \"a\"}\nthis is not json\n{\"key\": \"b\"}\n");
  EXPECT_NE(error().find("cache.jsonl:2"), std::string::npos) << error();
  write("{\"key\": \"a\"}\n[1, 2]\n");   // JSON, but not an object
  EXPECT_NE(error().find("cache.jsonl:2"), std::string::npos) << error();
  write("{\"key\": \"a\"}\nnot json either\n");   // last, but whole: a real corruption
  EXPECT_NE(error().find("cache.jsonl:2"), std::string::npos) << error();
}

TEST_F(AccuracyCacheFileTest, EstimateFieldsRoundTripAndAreRangeChecked)
{
  const AccuracyEstimate written{true, 0.61, 0.6, 0.62, "external", "top1"};
  json::Json line = {{"key", "k"}};
  add_cached_estimate_fields(line, written);
  const AccuracyEstimate read = cached_estimate(line, "c.jsonl:1");
  EXPECT_TRUE(read.available);
  EXPECT_EQ(read.value, written.value);
  EXPECT_EQ(read.low, written.low);
  EXPECT_EQ(read.high, written.high);
  EXPECT_EQ(read.metric, "top1");
  EXPECT_EQ(read.source, "external");

  const AccuracyEstimate bare = cached_estimate({{"accuracy", 0.4}}, "c.jsonl:1");
  EXPECT_EQ(bare.low, 0.4);
  EXPECT_EQ(bare.high, 0.4);
  EXPECT_TRUE(bare.metric.empty());
  EXPECT_THROW(cached_estimate({{"accuracy", 1.7}}, "c.jsonl:1"), InputError);
  EXPECT_THROW(cached_estimate({{"accuracy", 0.5}, {"low", 0.6}}, "c.jsonl:1"), InputError);
  EXPECT_THROW(cached_estimate({{"key", "k"}}, "c.jsonl:1"), InputError);
}
