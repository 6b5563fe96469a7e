#include "core/session/session_binary.h"

#include <algorithm>
#include <exception>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/session/session_columns.h"
#include "core/session/session_design_columns.h"
#include "core/session/session_json_parts.h"
#include "core/session/session_progress.h"
#include "core/session/zlib_codec.h"

namespace cdse {

namespace {

using Json = nlohmann::json;
constexpr const char* k_format_name = "carbondse-session";
// Level 1 with run-length matching (zlib_codec.h): 5.5x faster than zlib's default level 6 and
// 1% smaller on these columns (50,000 designs of a real search).
constexpr int k_compression_level = 1;

void put_u32(std::string& out, std::uint32_t v)
{
  for (int b = 0; b < 4; ++b)
    out.push_back(static_cast<char>((v >> (8 * b)) & 0xffu));
}
void put_u64(std::string& out, std::uint64_t v)
{
  for (int b = 0; b < 8; ++b)
    out.push_back(static_cast<char>((v >> (8 * b)) & 0xffu));
}
std::uint64_t get_le(std::string_view bytes, std::size_t offset, std::size_t width)
{
  std::uint64_t v = 0;
  for (std::size_t b = 0; b < width; ++b)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[offset + b])) << (8 * b);
  return v;
}

Json reference_json(const SessionDesignRef& ref) { return {{"run", ref.run}, {"index", ref.index}}; }

SessionDesignRef reference_from_json(const Json& j, const std::string& path)
{
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path, {"run", "index"});
  SessionDesignRef ref;
  ref.run = static_cast<std::size_t>(json::get_integer(j, "run", path, 0));
  ref.index = json::get_integer(j, "index", path, 0);
  return ref;
}

Json header_json(const Session& s)
{
  Json runs = Json::array();
  for (const SessionRun& run : s.runs) {
    std::size_t error_bytes = 0;
    for (const auto& r : run.designs)
      error_bytes += r.failed ? r.error.size() : 0;
    runs.push_back({{"name", run.name},
                    {"started_utc", run.started_utc},
                    {"scenario", to_json(run.scenario)},
                    {"scenario_dir", run.scenario.base_dir},
                    {"settings", session_run_settings_to_json(run.settings)},
                    {"anchors", session_anchors_to_json(run.anchors)},
                    {"baselines", baselines_json(run.baselines)},
                    {"designs", run.designs.size()},
                    {"knobs", run.scenario.space().knob_count()},
                    {"error_bytes", error_bytes}});
  }
  Json pinned = Json::array();
  for (const auto& p : s.pinned)
    pinned.push_back(reference_json(p));
  return {{"format", k_format_name},
          {"version", k_session_format_version},
          {"carbon", to_json(s.carbon)},
          {"active_run", s.active_run},
          {"pinned", pinned},
          {"selected", s.selected ? reference_json(*s.selected) : Json(nullptr)},
          {"columns", session_column_names()},
          {"runs", runs}};
}

// A run as the header describes it; its designs come from the columns.
struct RunHeader {
  SessionRun run;
  std::size_t designs = 0;
  std::size_t knobs = 0;
  std::size_t error_bytes = 0;
};

RunHeader run_from_header(const Json& j, const std::string& path, std::uint64_t payload_bytes)
{
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path,
                            {"name", "started_utc", "scenario", "scenario_dir", "settings", "anchors", "baselines",
                             "designs", "knobs", "error_bytes"});
  RunHeader h;
  h.run.name = json::get_string(j, "name", path);
  h.run.started_utc = json::get_string_or(j, "started_utc", path, "");
  const std::string scenario_path = json::child_path(path, "scenario");
  h.run.scenario = session_part(scenario_path, [&] { return parse_scenario(json::require(j, "scenario", path), ""); });
  h.run.scenario.base_dir = json::get_string_or(j, "scenario_dir", path, "");
  h.run.settings = session_run_settings_from_json(json::require(j, "settings", path), json::child_path(path, "settings"));
  if (const Json* anchors = json::find(j, "anchors"))
    h.run.anchors = session_anchors_from_json(*anchors, json::child_path(path, "anchors"));
  if (const Json* baselines = json::find(j, "baselines"))
    h.run.baselines = baselines_from_json(*baselines, json::child_path(path, "baselines"));
  h.designs = static_cast<std::size_t>(
      json::get_integer(j, "designs", path, 0, static_cast<std::int64_t>(k_max_session_designs)));
  h.knobs = static_cast<std::size_t>(json::get_integer(j, "knobs", path, 0, 4096));
  const std::size_t space_knobs = session_part(scenario_path, [&] { return h.run.scenario.space(); }).knob_count();
  if (h.knobs != space_knobs)
    throw InputError(json::child_path(path, "knobs"), "value " + std::to_string(h.knobs) +
                                                          " is not the scenario's knob count (" +
                                                          std::to_string(space_knobs) + ")");
  h.error_bytes = static_cast<std::size_t>(
      json::get_integer(j, "error_bytes", path, 0, static_cast<std::int64_t>(payload_bytes)));
  return h;
}

struct ParsedHeader {
  Session session;               // everything but the runs
  std::vector<RunHeader> runs;   // the runs without their designs
  SessionColumnLayout layout = SessionColumnLayout::Current;
};

ParsedHeader parse_header(const Json& j, std::uint64_t payload_bytes)
{
  json::expect_object(j, "");
  json::reject_unknown_keys(j, "",
                            {"format", "version", "carbon", "active_run", "pinned", "selected", "columns", "runs"});
  if (const std::string format = json::get_string(j, "format", ""); format != k_format_name)
    throw InputError("format", "value \"" + format + "\" is not \"" + k_format_name + "\"");
  if (json::get_integer(j, "version", "", 0) != k_session_format_version)
    throw InputError("version", "differs from the container's version 2");
  ParsedHeader parsed;
  const Json& columns = json::require(j, "columns", "");
  if (columns == Json(session_column_names(SessionColumnLayout::WithoutAccuracySource)))
    parsed.layout = SessionColumnLayout::WithoutAccuracySource;
  else if (columns == Json(session_column_names(SessionColumnLayout::WithoutDramInterface)))
    parsed.layout = SessionColumnLayout::WithoutDramInterface;
  else if (columns == Json(session_column_names(SessionColumnLayout::WithoutControlArea)))
    parsed.layout = SessionColumnLayout::WithoutControlArea;
  else if (columns != Json(session_column_names()))
    throw InputError("columns", "value " + json::describe(columns) + " is not the column layout this program reads");

  const Json& runs = json::require(j, "runs", "");
  json::expect_array(runs, "runs");
  if (runs.empty() || runs.size() > k_max_session_runs)
    throw InputError("runs",
                     std::to_string(runs.size()) + " runs; a session holds 1 to " + std::to_string(k_max_session_runs));
  std::uint64_t total_designs = 0;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    parsed.runs.push_back(run_from_header(runs[r], json::index_path("runs", r), payload_bytes));
    total_designs += parsed.runs.back().designs;
  }
  if (total_designs > k_max_session_total_designs)
    throw InputError("runs", std::to_string(total_designs) + " designs in all is more than a session may hold (" +
                                 std::to_string(k_max_session_total_designs) + ")");

  Session& s = parsed.session;
  s.active_run = static_cast<std::size_t>(json::get_integer(j, "active_run", "", 0));
  if (s.active_run >= parsed.runs.size())
    throw InputError("active_run", "value " + std::to_string(s.active_run) + " is not a run of the session (it has " +
                                       std::to_string(parsed.runs.size()) + ")");
  s.carbon = parse_carbon_settings(json::require(j, "carbon", ""), "carbon",
                                   parsed.runs[s.active_run].run.scenario.carbon);
  const Json& pinned = json::require(j, "pinned", "");
  json::expect_array(pinned, "pinned");
  for (std::size_t i = 0; i < pinned.size(); ++i)
    s.pinned.push_back(reference_from_json(pinned[i], json::index_path("pinned", i)));
  if (const Json& selected = json::require(j, "selected", ""); !selected.is_null())
    s.selected = reference_from_json(selected, "selected");
  return parsed;
}

void check_container(std::string_view file, std::uint64_t& payload_bytes)
{
  const auto fail = [](const std::string& problem) { throw InputError("container", problem); };
  if (file.size() < k_session_container_header_bytes)
    fail("the file is " + std::to_string(file.size()) + " bytes, shorter than the " +
         std::to_string(k_session_container_header_bytes) + "-byte header (truncated)");
  if (!has_session_signature(file))
    fail("the file does not start with the CarbonDSE session signature");
  const auto version = get_le(file, 8, 4);
  if (version > static_cast<std::uint64_t>(k_session_format_version))
    fail("format version " + std::to_string(version) + " is newer than this program reads (" +
         std::to_string(k_session_format_version) + ")");
  if (version != 2)
    fail("format version " + std::to_string(version) + " is not a binary session version (2)");
  if (const auto flags = get_le(file, 12, 4); flags != 0)
    fail("flags " + std::to_string(flags) + " are not 0 (written by a newer program?)");
  payload_bytes = get_le(file, 16, 8);
  const std::uint64_t compressed = get_le(file, 24, 8);
  const std::uint64_t present = file.size() - k_session_container_header_bytes;
  if (compressed > present)
    fail("the header declares " + std::to_string(compressed) + " compressed bytes but the file holds " +
         std::to_string(present) + " after the header (truncated)");
  if (compressed < present)
    fail(std::to_string(present - compressed) + " bytes follow the declared end of the compressed data");
  // The payload starts with its u64 header size; a smaller one cannot be a session.
  if (payload_bytes < 8)
    fail("the header declares " + std::to_string(payload_bytes) +
         " bytes once decompressed, fewer than the 8-byte header size that starts every payload");
  if (payload_bytes > k_max_session_payload_bytes)
    fail("the header declares " + std::to_string(payload_bytes) +
         " bytes once decompressed, more than a session may hold (" + std::to_string(k_max_session_payload_bytes) + ")");
  // zlib cannot expand data by more than ~1032:1; a larger claim is a lie or a bomb.
  if (payload_bytes > 1032 * compressed + 64)
    fail("the header declares " + std::to_string(payload_bytes) + " bytes from " + std::to_string(compressed) +
         " compressed bytes, more than zlib can expand to");
}

}   // namespace

bool has_session_signature(std::string_view file_start)
{
  return file_start.substr(0, k_session_signature.size()) == k_session_signature;
}

std::string encode_session(const Session& s, const SessionProgress& progress)
{
  SessionProgressMeter meter(progress);
  meter.step(0.0, 0.15);
  validate_session(s);   // genomes fit their space (the columns index them), references resolve
  std::size_t total_designs = 0;
  for (const SessionRun& run : s.runs)
    total_designs += run.designs.size();
  std::size_t done = 0;
  for (std::size_t r = 0; r < s.runs.size(); ++r)
    for (std::size_t i = 0; i < s.runs[r].designs.size(); ++i) {
      check_session_design(s.runs[r].designs[i], json::index_path(json::index_path("runs", r) + ".designs", i));
      if (++done % 65536 == 0)
        meter.report(0.5 * static_cast<double>(done) / static_cast<double>(total_designs));
    }

  const Json header_doc = header_json(s);
  // Never write what cannot be read: the header goes through the reader's checks first.
  (void)parse_header(header_doc, k_max_session_payload_bytes);
  const std::string header = header_doc.dump();
  std::string payload;
  put_u64(payload, header.size());
  payload += header;
  for (std::size_t r = 0; r < s.runs.size(); ++r) {
    write_design_columns(payload, s.runs[r].designs, s.runs[r].scenario.space().knob_count());
    meter.report(0.5 + 0.5 * static_cast<double>(r + 1) / static_cast<double>(s.runs.size()));
  }
  meter.step(0.15, 1.0);
  return make_session_container(payload, [&](double f) { meter.report(f); });
}

std::string make_session_container(std::string_view payload, const SessionProgress& progress)
{
  const std::string compressed = zlib_compress(payload, k_compression_level, progress);
  std::string file;
  file.reserve(k_session_container_header_bytes + compressed.size());
  file.append(k_session_signature);
  put_u32(file, static_cast<std::uint32_t>(k_session_format_version));
  put_u32(file, 0);
  put_u64(file, payload.size());
  put_u64(file, compressed.size());
  file += compressed;
  return file;
}

Session decode_session(std::string_view file, const SessionProgress& progress)
{
  SessionProgressMeter meter(progress);
  std::uint64_t payload_bytes = 0;
  check_container(file, payload_bytes);
  const std::string_view stream = file.substr(k_session_container_header_bytes);
  const auto inflate = [&](auto&& run) {
    try {
      return run();
    } catch (const InputError&) {
      throw;
    } catch (const std::exception& e) {
      throw InputError("payload", e.what());
    }
  };
  // The header first (inflating only its bytes): the payload size it implies must be the declared
  // one, so a small file claiming a huge payload is refused before that payload is allocated.
  const std::string size_field = inflate([&] { return zlib_decompress_prefix(stream, 8); });
  if (size_field.size() < 8)
    throw InputError("payload", "the compressed data holds " + std::to_string(size_field.size()) +
                                    " bytes, fewer than the 8-byte header size");
  const std::uint64_t header_bytes = get_le(size_field, 0, 8);
  if (header_bytes > k_max_session_header_json_bytes || header_bytes > payload_bytes - 8)
    throw InputError("payload", "header size " + std::to_string(header_bytes) + " at byte offset 0 is larger than the " +
                                    std::to_string(std::min(payload_bytes - 8, k_max_session_header_json_bytes)) +
                                    " bytes a header may take");
  const std::string prefix = inflate([&] { return zlib_decompress_prefix(stream, 8 + header_bytes); });
  if (prefix.size() < 8 + header_bytes)
    throw InputError("payload", "the compressed data ends inside the " + std::to_string(header_bytes) + "-byte header");
  ParsedHeader parsed = parse_header(json::parse_text(std::string_view(prefix).substr(8), "header"), payload_bytes);
  std::uint64_t expected = 8 + header_bytes;
  for (const RunHeader& h : parsed.runs)
    expected += design_columns_bytes(h.designs, h.knobs, h.error_bytes, parsed.layout);
  if (expected != payload_bytes)
    throw InputError("payload", "the runs' design columns need " + std::to_string(expected - 8 - header_bytes) +
                                    " bytes but the container declares " +
                                    std::to_string(payload_bytes - 8 - header_bytes) + " after the header");

  meter.step(0.0, 0.6);
  const std::string payload = inflate(
      [&] { return zlib_decompress(stream, payload_bytes, [&](double f) { meter.report(f); }); });
  meter.step(0.6, 0.95);
  Session& s = parsed.session;
  std::vector<RunHeader>& headers = parsed.runs;
  std::size_t offset = 8 + header_bytes;
  for (std::size_t r = 0; r < headers.size(); ++r) {
    RunHeader& h = headers[r];
    const std::size_t bytes = design_columns_bytes(h.designs, h.knobs, h.error_bytes, parsed.layout);
    h.run.designs = read_design_columns(std::string_view(payload).substr(offset, bytes), json::index_path("runs", r),
                                        h.designs, h.knobs, h.error_bytes, parsed.layout);
    offset += bytes;
    s.runs.push_back(std::move(h.run));
    meter.report(static_cast<double>(r + 1) / static_cast<double>(headers.size()));
  }
  return std::move(s);
}

}   // namespace cdse
