#include "cli_args.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/io/input_error.h"

namespace cdse::cli {

std::string help_number(double value)
{
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

FlagTable operator+(FlagTable table, const FlagTable& more)
{
  table.insert(table.end(), more.begin(), more.end());
  return table;
}

void print_flag_table(std::ostream& out, const FlagTable& table)
{
  const auto left = [](const FlagSpec& f) { return "--" + f.name + (f.value_name.empty() ? "" : " " + f.value_name); };
  std::size_t width = std::string("--help").size();
  for (const auto& f : table)
    width = std::max(width, left(f).size());
  for (const auto& f : table) {
    const std::string l = left(f);
    out << "  " << l << std::string(width + 2 - l.size(), ' ') << f.help;
    if (!f.unit.empty())
      out << " [" << f.unit << "]";
    if (f.default_text == "required")
      out << " (required)";
    else if (!f.default_text.empty())
      out << " (default: " << f.default_text << ")";
    out << "\n";
  }
  out << "  --help" << std::string(width + 2 - 6, ' ') << "print this help and exit\n";
}

CliArgs::CliArgs(const std::vector<std::string>& args, const FlagTable& table)
{
  std::map<std::string, bool> takes_value;
  for (const auto& f : table)
    takes_value[f.name] = !f.value_name.empty();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.rfind("--", 0) != 0 || a == "--") {
      positionals_.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::optional<std::string> inline_value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    const auto spec = takes_value.find(name);
    if (spec == takes_value.end())
      throw InputError("--" + name, "unknown option (see --help)");
    if (spec->second) {
      if (inline_value) {
        values_[name] = *inline_value;
      } else {
        if (i + 1 >= args.size())
          throw InputError("--" + name, "needs a value");
        values_[name] = args[++i];
      }
    } else {
      if (inline_value)
        throw InputError("--" + name, "takes no value");
      switches_.insert(name);
    }
  }
}

bool CliArgs::has(const std::string& flag) const { return switches_.count(flag) > 0 || values_.count(flag) > 0; }

std::optional<std::string> CliArgs::text(const std::string& flag) const
{
  auto it = values_.find(flag);
  if (it == values_.end())
    return std::nullopt;
  return it->second;
}

std::optional<double> CliArgs::number(const std::string& flag, double min, double max) const
{
  auto value = text(flag);
  if (!value)
    return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(value->c_str(), &end);
  if (value->empty() || end != value->c_str() + value->size() || errno == ERANGE)
    throw InputError("--" + flag, "expected a number, got '" + *value + "'");
  if (!std::isfinite(v))
    throw InputError("--" + flag, "must be a finite number, got '" + *value + "'");
  if (v < min || v > max)
    throw InputError("--" + flag, "value " + *value + " is outside the allowed range [" + std::to_string(min) + ", " +
                                      std::to_string(max) + "]");
  return v;
}

std::optional<long long> CliArgs::integer(const std::string& flag, long long min, long long max) const
{
  auto value = text(flag);
  if (!value)
    return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const long long v = std::strtoll(value->c_str(), &end, 10);
  if (value->empty() || end != value->c_str() + value->size() || errno == ERANGE)
    throw InputError("--" + flag, "expected an integer, got '" + *value + "'");
  if (v < min || v > max)
    throw InputError("--" + flag, "value " + *value + " is outside the allowed range [" + std::to_string(min) + ", " +
                                      std::to_string(max) + "]");
  return v;
}

}   // namespace cdse::cli
