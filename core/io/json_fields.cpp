#include "core/io/json_fields.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace cdse::json {

std::string child_path(std::string_view parent, std::string_view key)
{
  if (parent.empty())
    return std::string(key);
  std::string out(parent);
  out += '.';
  out += key;
  return out;
}

std::string index_path(std::string_view parent, std::size_t index)
{
  std::string out(parent);
  out += '[' + std::to_string(index) + ']';
  return out;
}

Json parse_text(std::string_view text, std::string_view source_name)
{
  if (text.size() > k_max_input_bytes)
    throw InputError(std::string(source_name), "input larger than " + std::to_string(k_max_input_bytes) + " bytes");
  try {
    return Json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    // Translate the byte offset into line and column for the user.
    std::size_t line = 1, column = 1;
    const std::size_t limit = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    for (std::size_t i = 0; i < limit; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    std::string what = e.what();
    const auto colon = what.rfind(": ");
    const std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    throw InputError(std::string(source_name), "invalid JSON at line " + std::to_string(line) + ", column " +
                                                   std::to_string(column) + ": " + detail);
  } catch (const nlohmann::json::exception& e) {
    // e.g. a number literal that overflows a double ("1e999").
    std::string what = e.what();
    const auto bracket = what.find("] ");
    throw InputError(std::string(source_name),
                     "invalid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)));
  }
}

std::string read_text_file(const std::string& file_path, std::size_t max_bytes)
{
  std::ifstream in(file_path, std::ios::binary);
  if (!in)
    throw InputError(file_path, "cannot open file");
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0)
    throw InputError(file_path, "cannot read file");
  if (static_cast<std::size_t>(size) > max_bytes)
    throw InputError(file_path, "file is " + std::to_string(static_cast<long long>(size)) +
                                    " bytes, more than the limit of " + std::to_string(max_bytes));
  in.seekg(0, std::ios::beg);
  std::string text(static_cast<std::size_t>(size), '\0');
  in.read(text.data(), size);
  if (!in && !in.eof())
    throw InputError(file_path, "cannot read file");
  return text;
}

Json parse_file(const std::string& file_path) { return parse_text(read_text_file(file_path), file_path); }

std::string describe(const Json& value)
{
  std::string text = value.dump();
  if (text.size() > 60)
    text = text.substr(0, 57) + "...";
  return text;
}

static const char* type_name(const Json& value) { return value.type_name(); }

void expect_object(const Json& value, std::string_view path)
{
  if (!value.is_object())
    throw InputError(std::string(path), std::string("must be an object, got ") + type_name(value));
}

void expect_array(const Json& value, std::string_view path)
{
  if (!value.is_array())
    throw InputError(std::string(path), std::string("must be an array, got ") + type_name(value));
}

void reject_unknown_keys(const Json& object, std::string_view path, const std::vector<std::string_view>& allowed)
{
  expect_object(object, path);
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool known = false;
    for (auto name : allowed)
      known = known || it.key() == name;
    if (!known) {
      std::string list;
      for (auto name : allowed)
        list += (list.empty() ? "" : ", ") + std::string(name);
      throw InputError(child_path(path, it.key()), "unknown field (expected one of: " + list + ")");
    }
  }
}

const Json& require(const Json& object, std::string_view key, std::string_view path)
{
  expect_object(object, path);
  auto it = object.find(key);
  if (it == object.end())
    throw InputError(child_path(path, key), "missing required field");
  return *it;
}

const Json* find(const Json& object, std::string_view key)
{
  if (!object.is_object())
    return nullptr;
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

static std::string format_number(double v)
{
  std::ostringstream out;
  out.precision(12);
  out << v;
  return out.str();
}

double as_number(const Json& value, std::string_view path, double min, double max)
{
  if (!value.is_number())
    throw InputError(std::string(path), "must be a number, got " + describe(value));
  const double v = value.get<double>();
  if (!std::isfinite(v))
    throw InputError(std::string(path), "must be a finite number");
  if (v < min || v > max)
    throw InputError(std::string(path), "value " + format_number(v) + " is outside the allowed range [" +
                                            format_number(min) + ", " + format_number(max) + "]");
  return v;
}

std::int64_t as_integer(const Json& value, std::string_view path, std::int64_t min, std::int64_t max)
{
  std::int64_t v = 0;
  if (value.is_number_integer()) {
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max))
      throw InputError(std::string(path), "value " + describe(value) + " is larger than " + std::to_string(max));
    v = value.get<std::int64_t>();
  } else if (value.is_number_float()) {
    const double d = value.get<double>();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
      throw InputError(std::string(path), "must be an integer, got " + describe(value));
    v = static_cast<std::int64_t>(d);
  } else {
    throw InputError(std::string(path), "must be an integer, got " + describe(value));
  }
  if (v < min || v > max) {
    if (min == 1 && v < 1)
      throw InputError(std::string(path), "must be a positive integer, got " + std::to_string(v));
    throw InputError(std::string(path), "value " + std::to_string(v) + " is outside the allowed range [" +
                                            std::to_string(min) + ", " + std::to_string(max) + "]");
  }
  return v;
}

std::string as_string(const Json& value, std::string_view path)
{
  if (!value.is_string())
    throw InputError(std::string(path), "must be a string, got " + describe(value));
  return value.get<std::string>();
}

bool as_bool(const Json& value, std::string_view path)
{
  if (!value.is_boolean())
    throw InputError(std::string(path), "must be true or false, got " + describe(value));
  return value.get<bool>();
}

double get_number(const Json& object, std::string_view key, std::string_view path, double min, double max)
{
  return as_number(require(object, key, path), child_path(path, key), min, max);
}

std::int64_t get_integer(const Json& object, std::string_view key, std::string_view path, std::int64_t min,
                         std::int64_t max)
{
  return as_integer(require(object, key, path), child_path(path, key), min, max);
}

std::string get_string(const Json& object, std::string_view key, std::string_view path)
{
  return as_string(require(object, key, path), child_path(path, key));
}

bool get_bool(const Json& object, std::string_view key, std::string_view path)
{
  return as_bool(require(object, key, path), child_path(path, key));
}

double get_number_or(const Json& object, std::string_view key, std::string_view path, double fallback, double min,
                     double max)
{
  const Json* v = find(object, key);
  return v ? as_number(*v, child_path(path, key), min, max) : fallback;
}

std::int64_t get_integer_or(const Json& object, std::string_view key, std::string_view path, std::int64_t fallback,
                            std::int64_t min, std::int64_t max)
{
  const Json* v = find(object, key);
  return v ? as_integer(*v, child_path(path, key), min, max) : fallback;
}

std::string get_string_or(const Json& object, std::string_view key, std::string_view path, std::string fallback)
{
  const Json* v = find(object, key);
  return v ? as_string(*v, child_path(path, key)) : fallback;
}

bool get_bool_or(const Json& object, std::string_view key, std::string_view path, bool fallback)
{
  const Json* v = find(object, key);
  return v ? as_bool(*v, child_path(path, key)) : fallback;
}

}   // namespace cdse::json
