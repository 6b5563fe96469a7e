#pragma once
// Path-aware JSON reading. Every accessor takes the path of the enclosing object ("" for the
// document root) and throws InputError naming the full path of the offending field and its value.
// Numbers are checked for NaN/Inf and for the given range, so loaders never see nonsense.
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/input_error.h"

namespace cdse::json {

using Json = nlohmann::json;

// Largest input file any loader accepts (bytes); bigger files are refused before parsing.
inline constexpr std::size_t k_max_input_bytes = 256u * 1024u * 1024u;

std::string child_path(std::string_view parent, std::string_view key);
std::string index_path(std::string_view parent, std::size_t index);

// Parses text; syntax errors become InputError(source, "invalid JSON at line L, column C: ...").
Json parse_text(std::string_view text, std::string_view source_name);
// Reads and parses a file; unreadable/oversized files become InputError(path, ...).
Json parse_file(const std::string& file_path);
// Reads a whole file as text (size-limited); throws InputError when unreadable.
std::string read_text_file(const std::string& file_path, std::size_t max_bytes = k_max_input_bytes);

// Short human-readable rendering of a value for error messages (truncated).
std::string describe(const Json& value);

void expect_object(const Json& value, std::string_view path);
void expect_array(const Json& value, std::string_view path);

// Fails when the object has a key not in `allowed` (catches typos such as "pe_widht").
void reject_unknown_keys(const Json& object, std::string_view path, const std::vector<std::string_view>& allowed);

const Json& require(const Json& object, std::string_view key, std::string_view path);
const Json* find(const Json& object, std::string_view key);

// Value checks on a value at `path`.
double as_number(const Json& value, std::string_view path, double min = -std::numeric_limits<double>::max(),
                 double max = std::numeric_limits<double>::max());
std::int64_t as_integer(const Json& value, std::string_view path,
                        std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                        std::int64_t max = std::numeric_limits<std::int64_t>::max());
std::string as_string(const Json& value, std::string_view path);
bool as_bool(const Json& value, std::string_view path);

// Field accessors on an object at `path`.
double get_number(const Json& object, std::string_view key, std::string_view path,
                  double min = -std::numeric_limits<double>::max(), double max = std::numeric_limits<double>::max());
std::int64_t get_integer(const Json& object, std::string_view key, std::string_view path,
                         std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                         std::int64_t max = std::numeric_limits<std::int64_t>::max());
std::string get_string(const Json& object, std::string_view key, std::string_view path);
bool get_bool(const Json& object, std::string_view key, std::string_view path);

double get_number_or(const Json& object, std::string_view key, std::string_view path, double fallback,
                     double min = -std::numeric_limits<double>::max(), double max = std::numeric_limits<double>::max());
std::int64_t get_integer_or(const Json& object, std::string_view key, std::string_view path, std::int64_t fallback,
                            std::int64_t min = std::numeric_limits<std::int64_t>::min(),
                            std::int64_t max = std::numeric_limits<std::int64_t>::max());
std::string get_string_or(const Json& object, std::string_view key, std::string_view path, std::string fallback);
bool get_bool_or(const Json& object, std::string_view key, std::string_view path, bool fallback);

}   // namespace cdse::json
