#pragma once
// The GoogleTest name of one bad-input corpus file, so a failing case names the file it read:
// "design/typo_field.json" -> "design_typo_field_json" (names may hold only letters, digits, '_').
#include <cctype>
#include <string>

namespace cdse::test {

inline std::string corpus_case_name(const std::string& relative_path)
{
  std::string name;
  for (const char c : relative_path)
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

}   // namespace cdse::test
