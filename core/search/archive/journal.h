#pragma once
// Crash-safe record of a search: JSON Lines. Line 1 is a header {"type": "header", "format":
// "carbondse-journal", "version": 1, "scenario": {...}, "anchors": [...]}; every further line is one
// evaluated design {"type": "evaluation", "index", "genome", "parameters", "design", "failed",
// "error", "invariants", "feasible"}, appended as soon as it is evaluated. The writer flushes at
// least once a second and on request (the runner flushes after each batch), so a killed run loses
// at most the last second. Reading skips a torn or unreadable line with a warning. The writer is
// not thread-safe: a caller that writes from several threads serialises the calls (the runner
// does, in run/).
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/search/archive/archive_record.h"
#include "core/search/archive/search_constraints.h"
#include "core/search/space/search_space.h"

namespace cdse {

struct JournalContents {
  nlohmann::json header;
  std::vector<ArchiveRecord> records;   // in index order, duplicates dropped
  std::vector<std::string> warnings;    // e.g. "line 812: torn or unreadable line skipped"
  std::size_t valid_bytes = 0;          // length of the prefix made of complete, readable lines
};

// Throws InputError(path, ...) when the file cannot be read or has no valid header.
JournalContents read_journal(const std::string& path);

nlohmann::json journal_header_json(const nlohmann::json& scenario_json, const std::vector<DesignInvariants>& anchors);
nlohmann::json journal_record_json(const ArchiveRecord& record, const SearchSpace& space, bool feasible);
// Parses one evaluation line (throws InputError naming the field).
ArchiveRecord journal_record_from_json(const nlohmann::json& j, std::string_view path);
std::vector<DesignInvariants> journal_anchors(const nlohmann::json& header);

class JournalWriter {
public:
  // Creates (or truncates) the file and writes the header line. Throws InputError(path, ...).
  static JournalWriter create(const std::string& path, const nlohmann::json& header);
  // Opens an existing journal for appending after its first `valid_bytes` bytes (anything after,
  // such as a torn last line, is cut off first).
  static JournalWriter append(const std::string& path, std::size_t valid_bytes);

  JournalWriter(JournalWriter&& other) noexcept;
  JournalWriter& operator=(JournalWriter&& other) noexcept;
  JournalWriter(const JournalWriter&) = delete;
  JournalWriter& operator=(const JournalWriter&) = delete;
  ~JournalWriter();

  // Flushes when the last flush is more than a second old. One thread at a time.
  void write(const nlohmann::json& line);
  void flush();
  const std::string& path() const { return path_; }

private:
  JournalWriter(std::string path, std::FILE* file);
  std::string path_;
  std::FILE* file_ = nullptr;
  std::chrono::steady_clock::time_point last_flush_;
};

}   // namespace cdse
