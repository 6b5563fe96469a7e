#pragma once
// Data files shipped in resources/ (tables with sources, built-in scenarios) are embedded into the
// core library at build time. Paths are relative to resources/, e.g. "data/sram_22nm.json".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/json_fields.h"

namespace cdse {

std::optional<std::string_view> embedded_resource(std::string_view relative_path);
// All embedded paths that start with `prefix` (e.g. "scenarios/"), sorted.
std::vector<std::string> embedded_resource_list(std::string_view prefix);
// Parses an embedded JSON resource; a missing resource is a programming error (std::logic_error).
json::Json embedded_json(std::string_view relative_path);

}   // namespace cdse
