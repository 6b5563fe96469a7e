// Walks the corpus of bad files in tests/data/bad_inputs/ and checks that the CLI rejects each one
// with exit status 2 and exactly one line on stderr that names the offending field (the `.expect`
// file beside each input holds a substring the message must contain). Never a crash or a hang.
// Each file is a test case of its own, named after it (CliBadInputs/File.design_typo_field_json),
// so a failure names the file; ctest lists the files found when the test was built.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_runner.h"
#include "corpus_case_name.h"
#include "unique_temp_path.h"

namespace fs = std::filesystem;
using cdse::test::run_cli;

namespace {

const fs::path k_corpus = fs::path(CARBONDSE_SOURCE_DIR) / "tests/data/bad_inputs";

std::string trimmed_file(const fs::path& p)
{
  std::string s = cdse::test::slurp(p.string());
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
    s.pop_back();
  return s;
}

std::vector<std::string> args_for(const std::string& kind, const fs::path& input)
{
  if (kind == "design")
    return {"evaluate", input.string()};
  if (kind == "scenario")
    return {"search", "--scenario", input.string(), "--budget", "4", "--threads", "1"};
  if (kind == "session")
    return {"rescore", input.string()};
  if (kind == "journal")
    return {"rescore", input.string()};
  if (kind == "accuracy_table") {
    const fs::path design = cdse::test::unique_temp_path("design_for_" + input.stem().string() + ".json");
    std::ofstream(design) << R"({"accelerator": {"clusters": 1, "pe_width": 32, "pe_depth": 4, "l2_kb": 64,)"
                          << R"( "l2_bw_words": 32, "glb_mb": 2}, "model": {"preset": "clip-vit-b16"},)"
                          << R"( "accuracy": {"kind": "measured", "file": ")" << input.string() << "\"}}";
    return {"evaluate", design.string()};
  }
  if (kind == "flags") {
    std::vector<std::string> args;
    std::istringstream in(cdse::test::slurp(input.string()));
    for (std::string line; std::getline(in, line);)
      if (!line.empty())
        args.push_back(line);
    return args;
  }
  return {};
}

struct Case {
  std::string kind;
  fs::path input;
};

std::vector<Case> corpus()
{
  std::vector<Case> cases;
  if (!fs::exists(k_corpus))
    return cases;
  for (const auto& kind_dir : fs::directory_iterator(k_corpus)) {
    if (!kind_dir.is_directory())
      continue;
    for (const auto& entry : fs::directory_iterator(kind_dir.path())) {
      if (entry.path().extension() == ".expect")
        continue;
      cases.push_back({kind_dir.path().filename().string(), entry.path()});
    }
  }
  std::sort(cases.begin(), cases.end(), [](const Case& a, const Case& b) { return a.input < b.input; });
  return cases;
}

}   // namespace

TEST(CliBadInputs, CorpusIsLargeEnough)
{
  EXPECT_GE(corpus().size(), 80u);   // 87 files in 6 kinds when written
}

// The cases below were listed when this test was built; a corpus changed since then would run
// without its new files. CMake globs the corpus, so a rebuild lists them.
TEST(CliBadInputs, CorpusIsTheOneThisTestWasBuiltWith)
{
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(k_corpus))
    files += entry.is_regular_file() ? 1 : 0;
  EXPECT_EQ(files, std::size_t{CARBONDSE_BAD_INPUT_FILE_COUNT})
      << "tests/data/bad_inputs changed since this test was built: rebuild so every file is a test case";
}

class CliBadInputFile : public ::testing::TestWithParam<Case> {};

TEST_P(CliBadInputFile, IsRejectedWithOneLocatedLine)
{
  const Case& c = GetParam();
  fs::path expect_file = c.input;
  expect_file.replace_extension(".expect");
  ASSERT_TRUE(fs::exists(expect_file)) << "missing " << expect_file;
  const std::string expected = trimmed_file(expect_file);
  const auto args = args_for(c.kind, c.input);
  ASSERT_FALSE(args.empty()) << "unknown corpus kind " << c.kind;
  const auto r = run_cli(args);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  EXPECT_NE(r.err.find(expected), std::string::npos) << "stderr: " << r.err << " expected to contain: " << expected;
}

INSTANTIATE_TEST_SUITE_P(CliBadInputs, CliBadInputFile, ::testing::ValuesIn(corpus()),
                         [](const ::testing::TestParamInfo<Case>& case_info) {
                           return cdse::test::corpus_case_name(case_info.param.kind + "/" +
                                                               case_info.param.input.filename().string());
                         });
