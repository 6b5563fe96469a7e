#include "cli_args.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "io/input_error.h"

namespace cdse::cli {

CliArgs::CliArgs(const std::vector<std::string>& args, const std::set<std::string>& value_flags,
                 const std::set<std::string>& switch_flags)
{
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
    if (value_flags.count(name)) {
      if (inline_value) {
        values_[name] = *inline_value;
      } else {
        if (i + 1 >= args.size())
          throw InputError("--" + name, "needs a value");
        values_[name] = args[++i];
      }
    } else if (switch_flags.count(name)) {
      if (inline_value)
        throw InputError("--" + name, "takes no value");
      switches_.insert(name);
    } else {
      throw InputError("--" + name, "unknown option");
    }
  }
}

bool CliArgs::has(const std::string& flag) const
{
  return switches_.count(flag) > 0 || values_.count(flag) > 0;
}

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
    throw InputError("--" + flag, "value " + *value + " is outside the allowed range [" + std::to_string(min) +
                                      ", " + std::to_string(max) + "]");
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
    throw InputError("--" + flag, "value " + *value + " is outside the allowed range [" + std::to_string(min) +
                                      ", " + std::to_string(max) + "]");
  return v;
}

} // namespace cdse::cli
