#pragma once
// Strict command-line parsing driven by a table of flags: "--flag value" / "--flag=value" options,
// switches and positionals. The same table prints the command's --help, so help cannot drift from
// what the parser accepts. Every bad value becomes an InputError naming the flag, so the CLI
// prints one line and exits 2.
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace cdse::cli {

struct FlagSpec {
  std::string name;           // "budget" for --budget
  std::string value_name;     // "N" in "--budget N"; empty for a switch, which takes no value
  std::string unit;           // "g CO2e/kWh"; empty when the value has no unit
  std::string default_text;   // what applies when the flag is absent ("required": it must be given)
  std::string help;           // one line
};
using FlagTable = std::vector<FlagSpec>;

// Appends `more` to `table` (commands compose their table from shared groups, e.g. carbon flags).
FlagTable operator+(FlagTable table, const FlagTable& more);

// A default value for help text: six significant digits are enough to recognise it.
std::string help_number(double value);

// "--name VALUE  help [unit] (default: ...)", one line per flag, plus --help itself.
void print_flag_table(std::ostream& out, const FlagTable& table);

class CliArgs {
public:
  // Flags not in `table` are an InputError ("unknown option"), as is a missing value.
  CliArgs(const std::vector<std::string>& args, const FlagTable& table);

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

}   // namespace cdse::cli
