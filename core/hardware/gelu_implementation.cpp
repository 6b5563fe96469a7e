#include "core/hardware/gelu_implementation.h"

#include <array>
#include <utility>

namespace cdse {
namespace {
constexpr std::array<std::pair<GeluImplementation, std::string_view>, 3> k_names = {{
    {GeluImplementation::Erf, "erf"},
    {GeluImplementation::Tanh, "tanh"},
    {GeluImplementation::Lut, "lut"},
}};
}   // namespace

std::string_view to_string(GeluImplementation gelu)
{
  for (const auto& [g, name] : k_names)
    if (g == gelu)
      return name;
  return "unknown";
}

bool parse_gelu_implementation(std::string_view text, GeluImplementation& out)
{
  for (const auto& [g, name] : k_names) {
    if (name == text) {
      out = g;
      return true;
    }
  }
  return false;
}

std::string gelu_implementation_names()
{
  std::string names;
  for (const auto& [g, name] : k_names) {
    if (!names.empty())
      names += ", ";
    names += name;
  }
  return names;
}

}   // namespace cdse
