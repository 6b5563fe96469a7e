#include "core/accuracy/accuracy_cache_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/accuracy/evaluator_output.h"
#include "core/accuracy/external_evaluator_error.h"

namespace cdse {
namespace {

constexpr const char* k_source = "external";

void end_with_newline(const std::string& file, const std::string& text, bool drop_last_line)
{
  // Appends must start on a line of their own, or the next line is glued to the unfinished one
  // and every later load fails on it. A torn line is cut off; a whole one only lacks its '\n'.
  if (drop_last_line) {
    const std::size_t last_newline = text.rfind('\n');
    std::error_code error;
    std::filesystem::resize_file(file, last_newline == std::string::npos ? 0 : last_newline + 1, error);
    if (error)
      throw InputError(file, "cannot cut off the unfinished last line of the evaluator cache file: " + error.message());
    return;
  }
  std::ofstream out(file, std::ios::app);
  out << '\n';
  if (!out.flush())
    throw InputError(file, "cannot end the last line of the evaluator cache file");
}

void read_lines(const std::string& file,
                const std::function<void(const json::Json& entry, const std::string& where)>& take)
{
  if (!std::ifstream(file))
    return;   // first run: the file is created by the first append
  const std::string text = json::read_text_file(file);
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    lines.push_back(line);
  const bool ends_with_newline = !text.empty() && text.back() == '\n';
  bool torn_last_line = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string where = file + ":" + std::to_string(i + 1);
    if (lines[i].find_first_not_of(" \t\r") == std::string::npos)
      continue;
    json::Json entry;
    try {
      entry = json::Json::parse(lines[i]);
    } catch (const json::Json::exception&) {
      if (i + 1 == lines.size() && !ends_with_newline) {
        torn_last_line = true;   // a crash mid-write: that result is produced again
        continue;
      }
      throw InputError(where, "not a JSON object: '" + shorten_for_message(lines[i]) + "'");
    }
    json::expect_object(entry, where);
    take(entry, where);
  }
  if (!text.empty() && !ends_with_newline)
    end_with_newline(file, text, torn_last_line);
}

}   // namespace

void load_cache_file(const std::string& file,
                     const std::function<void(const json::Json& entry, const std::string& where)>& take)
{
  read_lines(file, take);
  std::ofstream probe(file, std::ios::app);
  if (!probe)
    throw InputError(file, "cannot open the evaluator cache file for writing");
}

AccuracyEstimate cached_estimate(const json::Json& entry, const std::string& where)
{
  AccuracyEstimate e;
  e.available = true;
  e.source = k_source;
  e.value = json::get_number(entry, "accuracy", where, 0.0, 1.0);
  e.low = json::get_number_or(entry, "low", where, e.value, 0.0, e.value);
  e.high = json::get_number_or(entry, "high", where, e.value, e.value, 1.0);
  e.metric = json::get_string_or(entry, "metric", where, "");
  return e;
}

void add_cached_estimate_fields(json::Json& line, const AccuracyEstimate& estimate)
{
  line["accuracy"] = estimate.value;
  line["low"] = estimate.low;
  line["high"] = estimate.high;
  if (!estimate.metric.empty())
    line["metric"] = estimate.metric;
}

void append_cache_line(const std::string& file, const json::Json& line, const std::string& command_text)
{
  std::ofstream out(file, std::ios::app);
  out << line.dump() << '\n';
  out.flush();
  if (!out)
    throw ExternalEvaluatorError(command_text, "cannot append to cache file " + file, "");
}

}   // namespace cdse
