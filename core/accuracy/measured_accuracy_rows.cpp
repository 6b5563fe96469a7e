#include "core/accuracy/measured_accuracy_rows.h"

#include <charconv>
#include <cmath>
#include <sstream>

#include "core/workload/model_config_json.h"

namespace cdse {
namespace {

std::string trim(std::string_view s)
{
  const auto b = s.find_first_not_of(" \t\r\"");
  if (b == std::string_view::npos)
    return {};
  const auto e = s.find_last_not_of(" \t\r\"");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_csv_line(const std::string& line)
{
  std::vector<std::string> cells;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, ','))
    cells.push_back(trim(cell));
  if (!line.empty() && line.back() == ',')
    cells.emplace_back();
  return cells;
}

double accuracy_value(double v, const std::string& where)
{
  if (!std::isfinite(v))
    throw InputError(where, "accuracy must be a finite number");
  if (v < 0.0 || v > 1.0)
    throw InputError(where, "accuracy " + std::to_string(v) + " is outside [0, 1]" +
                                (v > 1.0 && v <= 100.0 ? " (give percentages as fractions: 47.5 % -> 0.475)" : ""));
  return v;
}

const std::vector<std::string> k_fields = {"layers", "heads", "kv_heads", "ffn", "embed", "tokens"};

}   // namespace

MeasuredAccuracyData read_measured_accuracy_csv(const std::string& text, const std::string& source_name)
{
  MeasuredAccuracyData data;
  std::istringstream in(text);
  std::string line;
  int line_number = 0;
  std::vector<std::string> header;
  int preset_column = -1, accuracy_column = -1;
  // Column index → (stack, field).
  std::vector<std::pair<std::string, std::string>> knob_of_column;

  while (std::getline(in, line)) {
    ++line_number;
    const std::string trimmed = trim(line);
    if (trimmed.empty() || trimmed.front() == '#')
      continue;
    const std::string where = source_name + ":" + std::to_string(line_number);
    const auto cells = split_csv_line(line);
    if (header.empty()) {
      header = cells;
      knob_of_column.resize(header.size());
      for (std::size_t c = 0; c < header.size(); ++c) {
        const std::string& name = header[c];
        if (name == "preset") {
          preset_column = static_cast<int>(c);
          continue;
        }
        if (name == "accuracy") {
          accuracy_column = static_cast<int>(c);
          continue;
        }
        bool known = false;
        for (const auto& field : k_fields) {
          const std::string suffix = "_" + field;
          if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            knob_of_column[c] = {name.substr(0, name.size() - suffix.size()), field};
            known = true;
            break;
          }
        }
        if (!known)
          throw InputError(where, "unknown column '" + name +
                                      "' (expected preset, accuracy and <stack>_<field> "
                                      "with field in layers, heads, kv_heads, ffn, embed, tokens)");
        for (std::size_t earlier = 0; earlier < c; ++earlier)
          if (header[earlier] == name)
            throw InputError(where, "column '" + name + "' appears twice");
      }
      if (preset_column < 0 || accuracy_column < 0)
        throw InputError(where, "the header needs the columns 'preset' and 'accuracy'");
      continue;
    }
    if (cells.size() != header.size())
      throw InputError(where,
                       "has " + std::to_string(cells.size()) + " cells, the header has " + std::to_string(header.size()));
    if (data.rows.size() >= k_max_measured_rows)
      throw InputError(where, "more than " + std::to_string(k_max_measured_rows) + " rows");

    json::Json model = {{"preset", cells[static_cast<std::size_t>(preset_column)]}};
    MeasuredAccuracyRow row;
    row.where = where;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string cell_where = where + ", column '" + header[c] + "'";
      if (static_cast<int>(c) == accuracy_column) {
        double v = 0;
        const char* end = cells[c].data() + cells[c].size();
        const auto [ptr, ec] = std::from_chars(cells[c].data(), end, v);
        if (cells[c].empty() || ec != std::errc() || ptr != end)
          throw InputError(cell_where, "not a number: '" + cells[c] + "'");
        row.accuracy = accuracy_value(v, cell_where);
        continue;
      }
      if (static_cast<int>(c) == preset_column || cells[c].empty())
        continue;
      long long v = 0;
      const char* end = cells[c].data() + cells[c].size();
      const auto [ptr, ec] = std::from_chars(cells[c].data(), end, v);
      if (ec != std::errc() || ptr != end)
        throw InputError(cell_where, "not an integer: '" + cells[c] + "'");
      const auto& [stack, field] = knob_of_column[c];
      model[stack][field] = v;
    }
    row.model = parse_model_config(model, where);
    data.rows.push_back(std::move(row));
  }
  if (header.empty())
    throw InputError(source_name, "empty table (expected a header line)");
  return data;
}

MeasuredAccuracyData read_measured_accuracy_json(const json::Json& document, const std::string& source_name)
{
  MeasuredAccuracyData data;
  const json::Json* rows = &document;
  std::string rows_path = source_name;
  if (document.is_object()) {
    json::reject_unknown_keys(document, source_name, {"metric", "rows", "description", "source"});
    data.metric = json::get_string_or(document, "metric", source_name, "");
    rows = &json::require(document, "rows", source_name);
    rows_path = json::child_path(source_name, "rows");
  }
  json::expect_array(*rows, rows_path);
  if (rows->size() > k_max_measured_rows)
    throw InputError(rows_path, "more than " + std::to_string(k_max_measured_rows) + " rows");
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const std::string p = json::index_path(rows_path, i);
    const json::Json& item = (*rows)[i];
    json::expect_object(item, p);
    json::reject_unknown_keys(item, p, {"model", "accuracy", "note"});
    MeasuredAccuracyRow row;
    row.where = p;
    row.model = parse_model_config(json::require(item, "model", p), json::child_path(p, "model"));
    row.accuracy = json::get_number(item, "accuracy", p, 0.0, 1.0);
    data.rows.push_back(std::move(row));
  }
  return data;
}

MeasuredAccuracyData read_measured_accuracy_file(const std::string& file_path)
{
  auto ends_with = [&](std::string_view suffix) {
    return file_path.size() >= suffix.size() &&
           file_path.compare(file_path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".csv") || ends_with(".CSV"))
    return read_measured_accuracy_csv(json::read_text_file(file_path), file_path);
  if (ends_with(".json") || ends_with(".JSON"))
    return read_measured_accuracy_json(json::parse_file(file_path), file_path);
  throw InputError(file_path, "unknown table format (expected a .csv or .json file)");
}

}   // namespace cdse
