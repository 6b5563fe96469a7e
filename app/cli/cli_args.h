#pragma once
// Minimal, strict command-line parsing: "--flag value" / "--flag=value" options and positionals.
// Every bad value becomes an InputError naming the flag, so the CLI prints one line and exits 2.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cdse::cli {

class CliArgs {
public:
  // value_flags take a value; switch_flags do not. Unknown flags are an InputError.
  CliArgs(const std::vector<std::string>& args, const std::set<std::string>& value_flags,
          const std::set<std::string>& switch_flags);

  const std::vector<std::string>& positionals() const { return positionals_; }
  bool has(const std::string& flag) const;
  std::optional<std::string> text(const std::string& flag) const;
  std::optional<double> number(const std::string& flag, double min, double max) const;
  std::optional<long long> integer(const std::string& flag, long long min, long long max) const;

private:
  std::map<std::string, std::string> values_;
  std::set<std::string> switches_;
  std::vector<std::string> positionals_;
};

} // namespace cdse::cli
