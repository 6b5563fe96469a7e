#pragma once
// Reading a user's table of measured accuracies, one (model configuration → accuracy) per row.
//
// CSV: a header line, then one row per measurement. Columns: "preset", "accuracy" and any of
// "<stack>_<field>" with field in layers, heads, kv_heads, ffn, embed, tokens (e.g. text_layers,
// vision_ffn). An empty cell keeps the preset's original value. Blank lines and lines starting
// with '#' are ignored.
// JSON: [{"model": {<model configuration>}, "accuracy": 0.47}, ...] or {"metric": "...", "rows": [...]}.
// Every problem is an InputError naming the file, line (CSV) or JSON path, and the value.
#include <string>
#include <vector>

#include "core/io/json_fields.h"
#include "core/workload/model_config.h"

namespace cdse {

struct MeasuredAccuracyRow {
  ModelConfig model;
  double accuracy = 0;   // fraction in [0, 1]
  std::string where;     // "file.csv:12" or "file.json[3]" for messages
};

struct MeasuredAccuracyData {
  std::vector<MeasuredAccuracyRow> rows;
  std::string metric;   // optional (JSON only)
};

// Most rows a table may have: the Gaussian process costs O(n³) to fit (about 6 s for 1,000
// distinct configurations on one core), and real tables hold tens to hundreds of fine-tunings.
inline constexpr std::size_t k_max_measured_rows = 1000;

MeasuredAccuracyData read_measured_accuracy_csv(const std::string& text, const std::string& source_name);
MeasuredAccuracyData read_measured_accuracy_json(const json::Json& document, const std::string& source_name);
// Picks the format by extension (.csv, .json).
MeasuredAccuracyData read_measured_accuracy_file(const std::string& file_path);

}   // namespace cdse
