#include "core/io/resources.h"

#include <map>
#include <stdexcept>

namespace cdse::detail {
const std::map<std::string, std::string_view, std::less<>>& embedded_resources();
}

namespace cdse {

std::optional<std::string_view> embedded_resource(std::string_view relative_path)
{
  const auto& table = detail::embedded_resources();
  auto it = table.find(relative_path);
  if (it == table.end())
    return std::nullopt;
  return it->second;
}

std::vector<std::string> embedded_resource_list(std::string_view prefix)
{
  std::vector<std::string> out;
  for (const auto& [path, data] : detail::embedded_resources())
    if (path.rfind(prefix, 0) == 0)
      out.push_back(path);
  return out;
}

json::Json embedded_json(std::string_view relative_path)
{
  auto text = embedded_resource(relative_path);
  if (!text)
    throw std::logic_error("embedded resource missing: " + std::string(relative_path));
  return json::parse_text(*text, relative_path);
}

}   // namespace cdse
