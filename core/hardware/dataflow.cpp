#include "core/hardware/dataflow.h"

#include <array>
#include <utility>

namespace cdse {
namespace {
constexpr std::array<std::pair<Dataflow, std::string_view>, 4> k_names = {{
    {Dataflow::WeightStationary, "ws"},
    {Dataflow::OutputStationary, "os"},
    {Dataflow::InputStationary, "is"},
    {Dataflow::Best, "best"},
}};
}   // namespace

std::string_view to_string(Dataflow dataflow)
{
  for (const auto& [d, name] : k_names)
    if (d == dataflow)
      return name;
  return "unknown";
}

bool parse_dataflow(std::string_view text, Dataflow& out)
{
  for (const auto& [d, name] : k_names) {
    if (name == text) {
      out = d;
      return true;
    }
  }
  return false;
}

std::string dataflow_names()
{
  std::string names;
  for (const auto& [d, name] : k_names) {
    if (!names.empty())
      names += ", ";
    names += name;
  }
  return names;
}

}   // namespace cdse
