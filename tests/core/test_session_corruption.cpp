// Damaged, hostile and mismatched version-2 session files: truncation at every kind of place,
// flipped bytes, decompression bombs, wrong signatures and versions, a header that does not match
// its columns, and bad values inside the columns. Each must be an InputError naming the file and
// the part that is wrong (section / field, byte offset or design number), never a crash.
//
// Also writes the binary cases of tests/data/bad_inputs/session when CARBONDSE_WRITE_SESSION_CORPUS
// names a folder (the recipes below are the source of those files).
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdlib>
#include <chrono>
#include <cstdio>
#include <functional>
#include <future>
#include <memory>
#include <thread>

#include "core/io/input_error.h"
#include "core/session/session_binary.h"
#include "core/session/session_design_columns.h"
#include "core/session/zlib_codec.h"
#include "corpus_case_name.h"
#include "session_test_support.h"

namespace fs = std::filesystem;
using namespace cdse;
using Json = nlohmann::json;

namespace {

// A small one-run session with a failed design; the cases below damage its file.
const Session& small_session()
{
  static const Session s = [] {
    Session x;
    x.runs.push_back(cdse::test::searched_run("reference-clip-b16", 12, 1));
    x.runs[0].designs[5].failed = true;
    x.runs[0].designs[5].error = "refused";
    x.runs[0].designs[5].invariants = DesignInvariants{};
    x.carbon = x.runs[0].scenario.carbon;
    x.pinned = {{0, 2}, {0, 4}};
    return x;
  }();
  return s;
}

void put_le(std::string& bytes, std::size_t offset, std::uint64_t value, int width)
{
  for (int b = 0; b < width; ++b)
    bytes[offset + static_cast<std::size_t>(b)] = static_cast<char>((value >> (8 * b)) & 0xffu);
}

std::uint64_t get_le(const std::string& bytes, std::size_t offset, int width)
{
  std::uint64_t v = 0;
  for (int b = 0; b < width; ++b)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[offset + static_cast<std::size_t>(b)])) << (8 * b);
  return v;
}

// A file taken apart into its header document and its design columns, and put back together.
struct Unpacked {
  Json header;
  std::string columns;
};

Unpacked unpack(const std::string& file)
{
  const std::string payload = zlib_decompress(std::string_view(file).substr(k_session_container_header_bytes),
                                              get_le(file, 16, 8), {});
  const std::size_t header_bytes = get_le(payload, 0, 8);
  return {Json::parse(payload.substr(8, header_bytes)), payload.substr(8 + header_bytes)};
}

std::string pack(const Unpacked& u)
{
  const std::string header = u.header.dump();
  std::string payload(8, '\0');
  put_le(payload, 0, header.size(), 8);
  payload += header + u.columns;
  return make_session_container(payload);
}

// Byte offset of run 0's accuracy_source column (after index, genome, failed, error length, error
// texts and accuracy_available).
std::size_t accuracy_source_offset(const Unpacked& u)
{
  const Json& run = u.header["runs"][0];
  const std::size_t n = run["designs"], knobs = run["knobs"], errors = run["error_bytes"];
  return 8 * n + 4 * knobs * n + n + 4 * n + errors + n;
}

// Byte offset of a double column of run 0 in Unpacked::columns (payload order, session_binary.h).
std::size_t double_column_offset(const Unpacked& u, const std::string& name)
{
  const std::size_t n = u.header["runs"][0]["designs"];
  const std::size_t offset = accuracy_source_offset(u) + n;
  const auto& names = session_column_names();
  const auto first_double = std::find(names.begin(), names.end(), "accuracy") - names.begin();
  const auto column = std::find(names.begin(), names.end(), name) - names.begin();
  return offset + 8 * n * static_cast<std::size_t>(column - first_double);
}

// Removes run 0's area.control_mm2 column, as files written before the die's control and wiring
// area was modelled lack it (the sample session has one run).
void remove_control_area_column(Unpacked& u)
{
  const std::size_t n = u.header["runs"][0]["designs"];
  u.columns.erase(double_column_offset(u, "area.control_mm2"), 8 * n);
}

// Removes run 0's DRAM-interface columns, area.dram_phy_mm2 and the last column dram_packages, as
// files written before DRAM channels were modelled lack them (and the later control column).
void remove_dram_interface_columns(Unpacked& u)
{
  const std::size_t n = u.header["runs"][0]["designs"];
  remove_control_area_column(u);   // after area.dram_phy_mm2: its removal leaves that offset valid
  u.columns.erase(u.columns.size() - 4 * n, 4 * n);
  u.columns.erase(double_column_offset(u, "area.dram_phy_mm2"), 8 * n);
}

void set_planed(std::string& columns, std::size_t offset, std::size_t n, std::size_t i, std::uint64_t bits, int width)
{
  for (int b = 0; b < width; ++b)
    columns[offset + static_cast<std::size_t>(b) * n + i] = static_cast<char>((bits >> (8 * b)) & 0xffu);
}

std::string load_error(const std::string& bytes, const std::string& name)
{
  const fs::path file = cdse::test::fresh_dir("corrupt_" + name) / (name + ".cdse");
  cdse::test::write_bytes(file, bytes);
  try {
    (void)load_session(file.string());
  } catch (const InputError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find(file.string()), std::string::npos) << "does not name the file: " << message;
    return message;
  } catch (const std::exception& e) {
    ADD_FAILURE() << name << ": not an InputError: " << e.what();
    return e.what();
  }
  ADD_FAILURE() << name << " was accepted";
  return {};
}

std::string good_file() { return encode_session(small_session()); }

// The good file with its header or columns changed by `edit`.
std::function<std::string()> edited(std::function<void(Unpacked&)> edit)
{
  return [edit] {
    Unpacked u = unpack(good_file());
    edit(u);
    return pack(u);
  };
}

struct Recipe {
  std::string name;
  std::string expect;   // a substring of the error message
  std::function<std::string()> make;
};

// The binary cases of tests/data/bad_inputs/session.
std::vector<Recipe> corpus_recipes()
{
  return {
      {"truncated", "truncated",
       [] {
         const std::string f = good_file();
         return f.substr(0, f.size() / 2);
       }},
      {"wrong_signature", "signature",
       [] {
         std::string f = good_file();
         f.replace(1, 4, "PNG\r");
         return f;
       }},
      {"future_version", "newer than this program reads",
       [] {
         std::string f = good_file();
         put_le(f, 8, 3, 4);
         return f;
       }},
      {"trailing_bytes", "follow the declared end", [] { return good_file() + "extra"; }},
      {"corrupt_stream", "corrupt compressed data",
       [] {
         std::string f = good_file();
         f[k_session_container_header_bytes + 2] ^= 0x5a;   // inside the first deflate block's header
         return f;
       }},
      {"bomb", "holds more than the declared",
       [] {
         // A real session whose stream goes on with 16 MB of zeros (~16 KB compressed); the
         // container declares only the session's size, which the header agrees with.
         const Unpacked u = unpack(good_file());
         const std::string header = u.header.dump();
         std::string payload(8, '\0');
         put_le(payload, 0, header.size(), 8);
         payload += header + u.columns;
         const std::size_t declared = payload.size();
         std::string f = make_session_container(payload + std::string(16u << 20, '\0'));
         put_le(f, 16, declared, 8);
         return f;
       }},
      {"pinned_missing_run", "pinned[1].run", edited([](Unpacked& u) { u.header["pinned"][1]["run"] = 4; })},
      {"pinned_missing_design", "pinned[0].index", edited([](Unpacked& u) { u.header["pinned"][0]["index"] = 999; })},
      {"knob_count_mismatch", "runs[0].knobs", edited([](Unpacked& u) { u.header["runs"][0]["knobs"] = 3; })},
      {"design_count_mismatch", "design columns need", edited([](Unpacked& u) { u.header["runs"][0]["designs"] = 13; })},
      {"nan_latency", "runs[0].designs[3].invariants.latency_s", edited([](Unpacked& u) {
         set_planed(u.columns, double_column_offset(u, "latency_s"), 12, 3, std::bit_cast<std::uint64_t>(std::nan("")),
                    8);
       })},
      {"negative_area", "runs[0].designs[7].invariants.area_mm2", edited([](Unpacked& u) {
         set_planed(u.columns, double_column_offset(u, "area_mm2"), 12, 7, std::bit_cast<std::uint64_t>(-4.0), 8);
       })},
      {"duplicate_design", "runs[0].designs[1].genome", edited([](Unpacked& u) {
         const std::size_t n = 12, knobs = u.header["runs"][0]["knobs"];
         for (std::size_t k = 0; k < knobs; ++k)   // design 1 gets design 0's genome
           for (int b = 0; b < 4; ++b)
             u.columns[8 * n + 4 * n * k + b * n + 1] = u.columns[8 * n + 4 * n * k + b * n + 0];
       })},
      {"index_not_increasing", "runs[0].designs[4].index", edited([](Unpacked& u) {
         set_planed(u.columns, 0, 12, 4, 0, 8);   // index step 0
       })},
  };
}

}   // namespace

// One test case per recipe, named after the corpus file it makes (v2_<name>.cdse).
class SessionCorpusRecipe : public ::testing::TestWithParam<Recipe> {};

TEST_P(SessionCorpusRecipe, GivesItsError)
{
  const Recipe& r = GetParam();
  const std::string bytes = r.make();
  const std::string message = load_error(bytes, r.name);
  EXPECT_NE(message.find(r.expect), std::string::npos) << message;
  if (const char* out_dir = std::getenv("CARBONDSE_WRITE_SESSION_CORPUS")) {
    // "v2_": the corpus pairs NAME.expect with one input, and version-1 cases use plain names.
    cdse::test::write_bytes(fs::path(out_dir) / ("v2_" + r.name + ".cdse"), bytes);
    cdse::test::write_bytes(fs::path(out_dir) / ("v2_" + r.name + ".expect"), r.expect + "\n");
  }
}

INSTANTIATE_TEST_SUITE_P(SessionCorruption, SessionCorpusRecipe, ::testing::ValuesIn(corpus_recipes()),
                         [](const ::testing::TestParamInfo<Recipe>& case_info) {
                           return cdse::test::corpus_case_name("v2_" + case_info.param.name);
                         });

TEST(SessionCorruption, TruncationAnywhereIsAnInputError)
{
  const std::string file = good_file();
  for (std::size_t cut = 0; cut < file.size(); cut += (cut < 40 ? 1 : 97)) {
    const std::string message = load_error(file.substr(0, cut), "cut" + std::to_string(cut));
    if (cut >= k_session_signature.size()) {
      EXPECT_NE(message.find("truncated"), std::string::npos) << message;
    }
  }
}

TEST(SessionCorruption, TruncatedStreamWithAConsistentHeaderEndsEarly)
{
  std::string file = good_file();
  const std::size_t keep = (file.size() - k_session_container_header_bytes) / 2;
  file.resize(k_session_container_header_bytes + keep);
  put_le(file, 24, keep, 8);
  const std::string message = load_error(file, "short_stream");
  EXPECT_NE(message.find("payload"), std::string::npos) << message;
  EXPECT_NE(message.find("ends early"), std::string::npos) << message;
}

TEST(SessionCorruption, EveryFlippedByteIsAnInputError)
{
  const std::string file = good_file();
  for (std::size_t at = 0; at < file.size(); at += (at < 40 ? 1 : 53)) {
    std::string damaged = file;
    damaged[at] = static_cast<char>(damaged[at] ^ 0xff);
    (void)load_error(damaged, "flip");
  }
}

TEST(SessionCorruption, BombsAreRefusedBeforeOrWhileInflating)
{
  std::string file = good_file();
  put_le(file, 16, (8ull << 30) + 1, 8);   // more than any session
  EXPECT_NE(load_error(file, "huge").find("more than a session may hold"), std::string::npos);
  file = good_file();
  put_le(file, 16, 2000 * (file.size() - k_session_container_header_bytes), 8);   // beyond zlib's 1032:1
  EXPECT_NE(load_error(file, "ratio").find("more than zlib can expand to"), std::string::npos);
  file = good_file();
  put_le(file, 16, get_le(file, 16, 8) + 10, 8);   // claims a little more than the header's runs need
  EXPECT_NE(load_error(file, "short").find("design columns need"), std::string::npos);
}

TEST(SessionCorruption, HugeDeclaredPayloadIsRefusedBeforeItIsInflated)
{
  // A real session followed by 256 MiB of zeros: a ~250 kB file whose stream truly holds the size
  // it declares. The header's runs need far less, so it is refused before the payload is allocated
  // (here with at most 128 MB more address space).
  const Unpacked u = unpack(good_file());
  const std::string header = u.header.dump();
  std::string payload(8, '\0');
  put_le(payload, 0, header.size(), 8);
  payload += header + u.columns + std::string(256u << 20, '\0');
  const std::string file = make_session_container(payload);
  std::string().swap(payload);
  EXPECT_LT(file.size(), 400'000u);
  std::string message;
  {
    const cdse::test::AddressSpaceLimit limit(128u << 20);
    ASSERT_TRUE(limit.active());
    message = load_error(file, "huge_payload");
  }
  EXPECT_NE(message.find("design columns need " + std::to_string(u.columns.size()) + " bytes"), std::string::npos)
      << message;

  // Run counts add up past the session limit although each run is within its own.
  Unpacked many = unpack(good_file());
  const Json run = many.header["runs"][0];
  many.header["runs"] = Json::array();
  for (int r = 0; r < 5; ++r) {
    many.header["runs"].push_back(run);
    many.header["runs"][r]["designs"] = k_max_session_designs - 1;
  }
  const std::string total_message = load_error(pack(many), "total_designs");
  EXPECT_NE(total_message.find("designs in all is more than a session may hold"), std::string::npos) << total_message;
}

TEST(SessionCorruption, HeaderAndColumnMismatchesNameTheField)
{
  constexpr std::size_t n = 12;                        // designs in small_session()
  const auto failed_offset = [](const Unpacked& u) {   // the "failed" column follows index and genome
    return 8 * n + 4 * static_cast<std::size_t>(u.header["runs"][0]["knobs"]) * n;
  };
  const std::vector<Recipe> cases = {
      {"threads", "runs[0].settings.threads",
       edited([](Unpacked& u) { u.header["runs"][0]["settings"]["threads"] = 0; })},
      {"too_many", "runs[0].designs",   // refused before anything is allocated
       edited([](Unpacked& u) { u.header["runs"][0]["designs"] = k_max_session_designs + 1; })},
      {"unknown_key", "colums", edited([](Unpacked& u) { u.header["colums"] = 1; })},
      {"layout", "columns", edited([](Unpacked& u) { u.header["columns"][3] = "error_len"; })},
      {"no_runs", "runs", edited([](Unpacked& u) { u.header["runs"] = Json::array(); })},
      {"active", "active_run", edited([](Unpacked& u) { u.header["active_run"] = 1; })},
      {"selected", "selected.index", edited([](Unpacked& u) {
         u.header["selected"] = Json{{"run", 0}, {"index", 77}};
       })},
      {"flag", "runs[0].designs[9].failed", edited([&](Unpacked& u) { u.columns[failed_offset(u) + 9] = 2; })},
      // An error text length for a design that did not fail.
      {"error_length", "runs[0].designs[2].error", edited([&](Unpacked& u) { u.columns[failed_offset(u) + n + 2] = 5; })},
      {"short_columns", "design columns need", edited([](Unpacked& u) { u.columns.pop_back(); })},
      // A source byte past the last origin, and a source that contradicts accuracy_available.
      {"source_byte", "runs[0].designs[3].invariants.accuracy_source: value 9 is not an accuracy source",
       edited([](Unpacked& u) { u.columns[accuracy_source_offset(u) + 3] = 9; })},
      {"source_none", "runs[0].designs[4].invariants.accuracy_source: value \"none\" does not match",
       edited([](Unpacked& u) { u.columns[accuracy_source_offset(u) + 4] = 0; })},
      // The first knob far outside its choices.
      {"genome", "runs[0].designs[6].genome", edited([](Unpacked& u) { set_planed(u.columns, 8 * n, n, 6, 10'000, 4); })},
  };
  for (const Recipe& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string message = load_error(c.make(), c.name);
    EXPECT_NE(message.find(c.expect), std::string::npos) << message;
  }
}

TEST(SessionCorruption, NonSessionFilesAreNamedAsSuch)
{
  EXPECT_NE(load_error("\x89PNG\r\n\x1a\n0000000000000000000000000000", "png").find("signature"), std::string::npos);
  EXPECT_NE(load_error("hello, world", "text").find("invalid JSON"), std::string::npos);
  EXPECT_NE(load_error("", "empty").find("invalid JSON"), std::string::npos);
  EXPECT_NE(load_error("{\"format\": \"carbondse-session\", \"version\": 2}", "json_v2").find("version"),
            std::string::npos);
}

namespace {

// Runs `decode` on its own thread and waits at most 20 s, so a decoder that loops forever fails
// this test instead of hanging the suite. Returns the error message, "" when nothing was thrown.
std::string bounded_error(const std::string& name, std::function<void()> decode)
{
  auto outcome = std::make_shared<std::promise<std::string>>();
  std::future<std::string> result = outcome->get_future();
  std::thread([outcome, decode] {
    try {
      decode();
      outcome->set_value("");
    } catch (const std::exception& e) {
      outcome->set_value(e.what());
    }
  }).detach();
  if (result.wait_for(std::chrono::seconds(20)) != std::future_status::ready) {
    // The stuck thread cannot be stopped; end the process so CI reports a failure, not a hang.
    std::fprintf(stderr, "%s: decoding did not finish within 20 s (endless loop)\n", name.c_str());
    std::fflush(stderr);
    std::_Exit(1);
  }
  return result.get();
}

// A zlib header asking for a preset dictionary (FDICT; 0x7820 is a multiple of 31), its
// dictionary id, then bytes inflate never gets to: inflate answers Z_NEED_DICT and consumes nothing.
const std::string k_preset_dictionary_stream{"\x78\x20\x01\x02\x03\x04garbage!", 14};

std::string container_around(const std::string& stream, std::uint64_t payload_bytes)
{
  std::string file(k_session_signature);
  file.resize(k_session_container_header_bytes, '\0');
  put_le(file, 8, 2, 4);
  put_le(file, 16, payload_bytes, 8);
  put_le(file, 24, stream.size(), 8);
  return file + stream;
}

}   // namespace

TEST(SessionCorruption, PresetDictionaryStreamIsRefusedNotLoopedOn)
{
  const std::string& stream = k_preset_dictionary_stream;
  // The container declaring an empty payload: refused before inflating (a payload starts with 8 bytes).
  const std::string empty = container_around(stream, 0);
  EXPECT_EQ(empty.size(), 46u);
  const std::string message = bounded_error("empty", [&] { (void)load_error(empty, "fdict_empty"); });
  EXPECT_EQ(message, "");
  EXPECT_NE(load_error(empty, "fdict_empty").find("fewer than the 8-byte header size"), std::string::npos);
  // Declaring 8 bytes reaches inflate, which must call the stream corrupt.
  const std::string eight = container_around(stream, 8);
  EXPECT_EQ(bounded_error("eight", [&] { (void)load_error(eight, "fdict_eight"); }), "");
  const std::string eight_message = load_error(eight, "fdict_eight");
  EXPECT_NE(eight_message.find("payload"), std::string::npos) << eight_message;
  EXPECT_NE(eight_message.find("corrupt compressed data"), std::string::npos) << eight_message;
  // The codec itself, with no container check in front: already "full" at 0 bytes, and with room.
  for (const std::size_t expected : {std::size_t{0}, std::size_t{100}}) {
    SCOPED_TRACE(expected);
    const std::string error = bounded_error("codec", [&] { (void)zlib_decompress(stream, expected, {}); });
    EXPECT_NE(error.find("corrupt compressed data"), std::string::npos) << error;
  }
}

// Files written before designs carried their accuracy source have no accuracy_source column and
// say so in "columns": they still open, every available accuracy as "estimate" (what those
// versions showed), every other field as written.
TEST(SessionLegacyLayout, FileWithoutAccuracySourceColumnOpensAsEstimates)
{
  Unpacked u = unpack(good_file());
  const std::size_t n = u.header["runs"][0]["designs"];
  ASSERT_EQ(u.header["runs"].size(), 1u);
  remove_dram_interface_columns(u);   // those files are older still
  u.columns.erase(accuracy_source_offset(u), n);
  u.header["columns"] = session_column_names(SessionColumnLayout::WithoutAccuracySource);
  const fs::path file = cdse::test::fresh_dir("legacy_layout") / "old.cdse";
  cdse::test::write_bytes(file, pack(u));
  const Session loaded = load_session(file.string());

  const Session& original = small_session();
  ASSERT_EQ(loaded.runs.size(), 1u);
  ASSERT_EQ(loaded.runs[0].designs.size(), original.runs[0].designs.size());
  std::size_t estimates = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const DesignInvariants& was = original.runs[0].designs[i].invariants;
    const DesignInvariants& now = loaded.runs[0].designs[i].invariants;
    EXPECT_EQ(now.accuracy_source, now.accuracy_available ? AccuracyOrigin::Estimate : AccuracyOrigin::None) << i;
    EXPECT_EQ(now.accuracy, was.accuracy) << i;
    EXPECT_EQ(now.latency_s, was.latency_s) << i;
    estimates += now.accuracy_source == AccuracyOrigin::Estimate;
  }
  EXPECT_GT(estimates, 5u);   // the sample has accuracies to label

  // Saved again, it is written in the current layout and keeps the sources it was given.
  const fs::path again = file.parent_path() / "again.cdse";
  save_session(again.string(), loaded);
  EXPECT_EQ(unpack(cdse::test::read_bytes(again)).header["columns"], Json(session_column_names()));
  const Session reread = load_session(again.string());
  for (std::size_t i = 0; i < n; ++i)
    EXPECT_EQ(reread.runs[0].designs[i].invariants.accuracy_source, loaded.runs[0].designs[i].invariants.accuracy_source);
}

// Files written before DRAM channels were modelled have no area.dram_phy_mm2 and dram_packages
// columns and say so in "columns": they open as idealised links (0 and 0, what every design had
// then), every other field as written; saved again, they are written in the current layout.
TEST(SessionLegacyLayout, FileWithoutDramInterfaceColumnsOpensAsIdealisedLinks)
{
  Session with_channels = small_session();
  with_channels.runs[0].designs[2].invariants.dram_packages = 2;
  with_channels.runs[0].designs[2].invariants.area.dram_phy_mm2 = 8.949;
  Unpacked u = unpack(encode_session(with_channels));
  const std::size_t n = u.header["runs"][0]["designs"];
  ASSERT_EQ(u.header["runs"].size(), 1u);
  remove_dram_interface_columns(u);
  u.header["columns"] = session_column_names(SessionColumnLayout::WithoutDramInterface);
  const fs::path file = cdse::test::fresh_dir("legacy_dram_layout") / "old.cdse";
  cdse::test::write_bytes(file, pack(u));
  const Session loaded = load_session(file.string());
  ASSERT_EQ(loaded.runs.size(), 1u);
  ASSERT_EQ(loaded.runs[0].designs.size(), n);
  for (std::size_t i = 0; i < n; ++i) {
    const DesignInvariants& was = with_channels.runs[0].designs[i].invariants;
    const DesignInvariants& now = loaded.runs[0].designs[i].invariants;
    EXPECT_EQ(now.dram_packages, 0) << i;
    EXPECT_EQ(now.area.dram_phy_mm2, 0.0) << i;
    EXPECT_EQ(now.accuracy_source, was.accuracy_source) << i;
    EXPECT_EQ(now.latency_s, was.latency_s) << i;
    EXPECT_EQ(now.area.glb_mm2, was.area.glb_mm2) << i;
    EXPECT_EQ(now.node_nm, was.node_nm) << i;
  }

  // The current layout keeps them.
  const fs::path current = file.parent_path() / "current.cdse";
  save_session(current.string(), with_channels);
  EXPECT_EQ(unpack(cdse::test::read_bytes(current)).header["columns"], Json(session_column_names()));
  const Session reread = load_session(current.string());
  EXPECT_EQ(reread.runs[0].designs[2].invariants.dram_packages, 2);
  EXPECT_EQ(reread.runs[0].designs[2].invariants.area.dram_phy_mm2, 8.949);
  EXPECT_EQ(reread.runs[0].designs[3].invariants.dram_packages, 0);
}

// Files written before the die's control and wiring area was modelled have no area.control_mm2
// column: it opens as 0 (their stored area totals never included it), every other field as written.
TEST(SessionLegacyLayout, FileWithoutControlAreaColumnOpensWithNone)
{
  const Session& original = small_session();
  Unpacked u = unpack(encode_session(original));
  const std::size_t n = u.header["runs"][0]["designs"];
  remove_control_area_column(u);
  u.header["columns"] = session_column_names(SessionColumnLayout::WithoutControlArea);
  const fs::path file = cdse::test::fresh_dir("legacy_control_layout") / "old.cdse";
  cdse::test::write_bytes(file, pack(u));
  const Session loaded = load_session(file.string());
  ASSERT_EQ(loaded.runs[0].designs.size(), n);
  std::size_t had_control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const DesignInvariants& was = original.runs[0].designs[i].invariants;
    const DesignInvariants& now = loaded.runs[0].designs[i].invariants;
    had_control += was.area.control_mm2 > 0;
    EXPECT_EQ(now.area.control_mm2, 0.0) << i;
    EXPECT_EQ(now.area.dram_phy_mm2, was.area.dram_phy_mm2) << i;
    EXPECT_EQ(now.area.glb_mm2, was.area.glb_mm2) << i;
    EXPECT_EQ(now.area_mm2, was.area_mm2) << i;
    EXPECT_EQ(now.dram_packages, was.dram_packages) << i;
  }
  EXPECT_GT(had_control, 0u);   // the sample's designs have control area to drop
}

// A layout that is neither the current nor the old one is still refused, naming "columns".
TEST(SessionLegacyLayout, SourceColumnInTheWrongPlaceIsRefused)
{
  Unpacked u = unpack(good_file());
  auto names = session_column_names();
  std::swap(names[5], names[6]);   // accuracy_source before accuracy_available
  u.header["columns"] = names;
  const std::string message = load_error(pack(u), "source_column_moved");
  EXPECT_NE(message.find("columns: value"), std::string::npos) << message;
}
