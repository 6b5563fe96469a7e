#include "core/io/data_sources.h"

#include <cctype>
#include <regex>

namespace cdse {

namespace {

bool is_source_key(std::string_view key)
{
  constexpr std::string_view suffix = "_source";
  return key == "source" || (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix);
}


bool contains_number(const json::Json& value)
{
  if (value.is_number())
    return true;
  if (value.is_array())
    for (const auto& item : value)
      if (!item.is_object() && contains_number(item))
        return true;
  return false;
}

bool holds_numbers(const json::Json& object)
{
  for (const auto& [key, value] : object.items())
    if (contains_number(value))
      return true;
  return false;
}

// An array of objects, or an object whose members are all objects: its members are table entries.
bool is_table(const json::Json& container)
{
  if (container.empty() || !(container.is_array() || container.is_object()))
    return false;
  for (const auto& item : container)
    if (!item.is_object())
      return false;
  return true;
}

bool is_blank(std::string_view text)
{
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c)))
      return false;
  return true;
}

bool has_own_source(const json::Json& object)
{
  for (const auto& [key, value] : object.items())
    if (is_source_key(key) && value.is_string() && !is_blank(value.get_ref<const std::string&>()))
      return true;
  return false;
}

std::string entry_label(const json::Json& object, const std::string& path)
{
  for (const char* key : {"id", "preset", "name", "checkpoint"}) {
    const json::Json* value = json::find(object, key);
    if (value && (value->is_string() || value->is_number()))
      return path + " (" + (value->is_string() ? value->get<std::string>() : value->dump()) + ")";
  }
  return path;
}

struct Walker {
  std::string_view file_name;
  std::vector<std::string>* problems = nullptr;   // null: collect only
  std::vector<DataSource>* sources = nullptr;

  void report(const std::string& path, const std::string& what) const
  {
    if (problems)
      problems->push_back(std::string(file_name) + ": " + (path.empty() ? "(top level)" : path) + ": " + what);
  }

  void check_string(const json::Json& value, const std::string& path) const
  {
    if (cites_internal_notes(value.get_ref<const std::string&>()))
      report(path, "cites notes that do not ship with CarbonDSE: " + json::describe(value));
  }

  // `entry_covered`: an enclosing object below the top level has a source of its own.
  // `any_covered`: some enclosing object (the top level included) has one.
  void visit_value(const json::Json& value, const std::string& path, bool is_entry, bool entry_covered, bool any_covered)
  {
    if (value.is_string()) {
      check_string(value, path);
    } else if (value.is_object()) {
      if (is_entry && !entry_covered && !has_own_source(value))
        report(path, "table entry without a source");
      visit_object(value, path, entry_covered, any_covered);
    } else if (value.is_array()) {
      const bool entries = is_table(value);
      for (std::size_t i = 0; i < value.size(); ++i)
        visit_value(value[i], json::index_path(path, i), entries, entry_covered, any_covered);
    }
  }

  void visit_object(const json::Json& object, const std::string& path, bool entry_covered, bool any_covered)
  {
    const bool own = has_own_source(object);
    const bool below_top = !path.empty();
    if (holds_numbers(object) && !own && !any_covered)
      report(path, "numbers without a source");
    const bool members_are_entries = is_table(object);
    for (const auto& [key, value] : object.items()) {
      const std::string child = json::child_path(path, key);
      if (is_source_key(key)) {
        if (!value.is_string() || is_blank(value.get_ref<const std::string&>())) {
          report(child, "empty or non-text source");
          continue;
        }
        if (sources)
          sources->push_back({path, entry_label(object, path), key, value.get<std::string>()});
      }
      visit_value(value, child, members_are_entries, entry_covered || (below_top && own), any_covered || own);
    }
  }
};

}   // namespace

std::vector<DataSource> collect_sources(const json::Json& document)
{
  std::vector<DataSource> out;
  Walker walker{"", nullptr, &out};
  walker.visit_value(document, "", false, false, false);
  return out;
}

std::vector<std::string> source_problems(const json::Json& document, std::string_view file_name)
{
  std::vector<std::string> problems;
  std::vector<DataSource> sources;
  Walker walker{file_name, &problems, &sources};
  if (!document.is_object())
    problems.push_back(std::string(file_name) + ": the top level is not an object");
  walker.visit_value(document, "", false, false, false);
  if (document.is_object() && sources.empty())
    problems.push_back(std::string(file_name) + ": no source anywhere in the file");
  return problems;
}

bool cites_internal_notes(std::string_view text)
{
  static const std::regex internal(R"(FACTS|§|shared/|/work/|[Dd]efect\s*[0-9])");
  return std::regex_search(text.begin(), text.end(), internal);
}

std::vector<int> reference_tags(std::string_view text)
{
  static const std::regex tag(R"(\[docs/references\.md ([^\]]*)\])");
  static const std::regex entry(R"(\bR([0-9]+)\b)");
  std::vector<int> out;
  for (std::regex_iterator<std::string_view::const_iterator> it(text.begin(), text.end(), tag), end; it != end; ++it) {
    const std::string inside = (*it)[1].str();
    for (std::sregex_iterator e(inside.begin(), inside.end(), entry), e_end; e != e_end; ++e)
      out.push_back(std::stoi((*e)[1].str()));
  }
  return out;
}

}   // namespace cdse
