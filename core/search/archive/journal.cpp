#include "core/search/archive/journal.h"

#include <filesystem>
#include <fstream>
#include <map>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/evaluation/invariants_storage_json.h"

namespace cdse {

namespace {

constexpr int k_format_version = 1;
constexpr const char* k_format_name = "carbondse-journal";

}   // namespace

nlohmann::json journal_header_json(const nlohmann::json& scenario_json, const std::vector<DesignInvariants>& anchors)
{
  nlohmann::json a = nlohmann::json::array();
  for (const auto& inv : anchors)
    a.push_back(invariants_to_json(inv));
  return {{"type", "header"},
          {"format", k_format_name},
          {"version", k_format_version},
          {"scenario", scenario_json},
          {"anchors", a}};
}

nlohmann::json journal_record_json(const ArchiveRecord& r, const SearchSpace& space, bool feasible)
{
  nlohmann::json j = {{"type", "evaluation"}, {"index", r.index}, {"genome", r.genome}};
  if (space.valid_genome(r.genome)) {
    j["parameters"] = space.parameters_json(r.genome);
    j["design"] = design_to_json(space.decode(r.genome));
  }
  j["failed"] = r.failed;
  if (r.failed)
    j["error"] = r.error;
  else
    j["invariants"] = invariants_to_json(r.invariants);
  j["feasible"] = feasible;
  return j;
}

ArchiveRecord journal_record_from_json(const nlohmann::json& j, std::string_view path)
{
  ArchiveRecord r;
  r.index = json::get_integer(j, "index", path, 0);
  const auto& genome = json::require(j, "genome", path);
  const std::string genome_path = json::child_path(path, "genome");
  json::expect_array(genome, genome_path);
  for (std::size_t i = 0; i < genome.size(); ++i)
    r.genome.push_back(static_cast<int>(json::as_integer(genome[i], json::index_path(genome_path, i), 0, 1 << 30)));
  r.failed = json::get_bool(j, "failed", path);
  if (r.failed)
    r.error = json::get_string_or(j, "error", path, "");
  else
    r.invariants = invariants_from_json(json::require(j, "invariants", path), json::child_path(path, "invariants"));
  return r;
}

std::vector<DesignInvariants> journal_anchors(const nlohmann::json& header)
{
  std::vector<DesignInvariants> anchors;
  if (const auto* a = json::find(header, "anchors")) {
    json::expect_array(*a, "header.anchors");
    for (std::size_t i = 0; i < a->size(); ++i)
      anchors.push_back(invariants_from_json((*a)[i], json::index_path("header.anchors", i)));
  }
  return anchors;
}

JournalContents read_journal(const std::string& path)
{
  const std::string text = json::read_text_file(path, std::size_t{4} << 30);
  JournalContents contents;
  std::map<std::int64_t, ArchiveRecord> by_index;
  std::size_t pos = 0;
  std::size_t line_number = 0;
  bool have_header = false;
  while (pos < text.size()) {
    const std::size_t end = text.find('\n', pos);
    ++line_number;
    const bool complete = end != std::string::npos;
    const std::string_view line(text.data() + pos, (complete ? end : text.size()) - pos);
    const std::size_t next = complete ? end + 1 : text.size();
    const std::string where = path + ":" + std::to_string(line_number);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      pos = next;
      if (complete)
        contents.valid_bytes = pos;
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!have_header) {
      if (j.is_discarded() || !j.is_object() || j.value("type", "") != "header" || j.value("format", "") != k_format_name)
        throw InputError(where, "not a CarbonDSE journal (the first line must be its header)");
      if (j.value("version", 0) != k_format_version)
        throw InputError(where, "unsupported journal version " + json::describe(j.value("version", nlohmann::json())));
      contents.header = std::move(j);
      have_header = true;
      pos = next;
      contents.valid_bytes = complete ? pos : 0;
      if (!complete)
        contents.warnings.push_back("line 1: the header line is not terminated");
      continue;
    }
    if (!complete || j.is_discarded()) {
      // A run killed mid-write leaves a torn last line: skip it, the design is simply re-evaluated.
      contents.warnings.push_back("line " + std::to_string(line_number) +
                                  (complete ? ": unreadable line skipped" : ": torn last line skipped"));
      pos = next;
      continue;
    }
    try {
      ArchiveRecord r = journal_record_from_json(j, "line " + std::to_string(line_number));
      if (!by_index.emplace(r.index, std::move(r)).second)
        contents.warnings.push_back("line " + std::to_string(line_number) + ": duplicate evaluation index skipped");
    } catch (const InputError& e) {
      contents.warnings.push_back(e.what());
    }
    pos = next;
    contents.valid_bytes = pos;
  }
  if (!have_header)
    throw InputError(path, "empty journal (no header line)");
  for (auto& [index, record] : by_index)
    contents.records.push_back(std::move(record));
  return contents;
}

JournalWriter::JournalWriter(std::string path, std::FILE* file)
    : path_(std::move(path)), file_(file), last_flush_(std::chrono::steady_clock::now())
{}

JournalWriter JournalWriter::create(const std::string& path, const nlohmann::json& header)
{
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file)
    throw InputError(path, "cannot create the journal file");
  JournalWriter writer(path, file);
  writer.write(header);
  writer.flush();
  return writer;
}

JournalWriter JournalWriter::append(const std::string& path, std::size_t valid_bytes)
{
  std::error_code ec;
  if (std::filesystem::file_size(path, ec) > valid_bytes && !ec)
    std::filesystem::resize_file(path, valid_bytes, ec);
  if (ec)
    throw InputError(path, "cannot trim the journal's torn tail: " + ec.message());
  std::FILE* file = std::fopen(path.c_str(), "ab");
  if (!file)
    throw InputError(path, "cannot open the journal for appending");
  return JournalWriter(path, file);
}

JournalWriter::JournalWriter(JournalWriter&& other) noexcept
    : path_(std::move(other.path_)), file_(std::exchange(other.file_, nullptr)), last_flush_(other.last_flush_)
{}

JournalWriter& JournalWriter::operator=(JournalWriter&& other) noexcept
{
  if (this != &other) {
    if (file_)
      std::fclose(file_);
    path_ = std::move(other.path_);
    file_ = std::exchange(other.file_, nullptr);
    last_flush_ = other.last_flush_;
  }
  return *this;
}

JournalWriter::~JournalWriter()
{
  if (file_)
    std::fclose(file_);
}

void JournalWriter::write(const nlohmann::json& line)
{
  const std::string text = line.dump() + "\n";
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size())
    throw InputError(path_, "cannot write to the journal (disk full?)");
  const auto now = std::chrono::steady_clock::now();
  if (now - last_flush_ >= std::chrono::seconds(1)) {
    std::fflush(file_);
    last_flush_ = now;
  }
}

void JournalWriter::flush()
{
  std::fflush(file_);
  last_flush_ = std::chrono::steady_clock::now();
}

}   // namespace cdse
