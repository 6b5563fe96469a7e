#pragma once
// Where each number of a shipped data table comes from. A source is any string field named `source`
// or ending in `_source`; it cites a paper, repository or dataset in short form, usually with a tag
// "[docs/references.md R4]" naming the bibliography entry. Used by the source-coverage test and by
// the GUI's About-data window, so both apply the same rules.
//
// Rules a shipped data file follows (source_problems() lists every violation):
//  - every table entry (an element of an array of objects, or a member of an object whose members are
//    all objects) has a source of its own, or an enclosing object below the file's top level has one
//    (the top-level source describes the whole file, not each entry);
//  - every object holding numbers has a source on itself or on an enclosing object;
//  - no source is empty, and no string anywhere cites notes that do not ship with CarbonDSE.
#include <string>
#include <string_view>
#include <vector>

#include "core/io/json_fields.h"

namespace cdse {

struct DataSource {
  std::string object_path;   // JSON path of the object holding the source ("" for the top level)
  std::string label;         // object_path plus the entry's id or name when it has one
  std::string key;           // "source", "energy_source", ...
  std::string text;
};

// Every source of a document, in document order.
std::vector<DataSource> collect_sources(const json::Json& document);

// Violations of the rules above, each naming the JSON path, prefixed with `file_name`.
std::vector<std::string> source_problems(const json::Json& document, std::string_view file_name);

// True when text cites material that does not ship: internal notes ("FACTS", "§"), shared folders, or
// numbered defect lists instead of plain words.
bool cites_internal_notes(std::string_view text);

// Entry numbers n of every "Rn" inside "[docs/references.md ...]" tags, in order of appearance.
std::vector<int> reference_tags(std::string_view text);

}   // namespace cdse
