#include "core/carbon/yield_model.h"

#include <array>
#include <cmath>
#include <utility>

namespace cdse {
namespace {
constexpr std::array<std::pair<YieldModel, std::string_view>, 2> k_names = {{
    {YieldModel::Constant, "constant"},
    {YieldModel::Murphy, "murphy"},
}};
}   // namespace

std::string_view to_string(YieldModel model)
{
  for (const auto& [m, name] : k_names)
    if (m == model)
      return name;
  return "unknown";
}

bool parse_yield_model(std::string_view text, YieldModel& out)
{
  for (const auto& [m, name] : k_names) {
    if (name == text) {
      out = m;
      return true;
    }
  }
  return false;
}

std::string yield_model_names()
{
  std::string names;
  for (const auto& [m, name] : k_names) {
    if (!names.empty())
      names += ", ";
    names += name;
  }
  return names;
}

double murphy_inverse_yield(double defects) noexcept
{
  if (!(defects > 0))
    return 1.0;
  // (x / (1 − e^{−x}))², with expm1 for accuracy at the small x of edge dies (x ≈ 0.03).
  const double per_good = defects / -std::expm1(-defects);
  return per_good * per_good;
}

double murphy_yield(double defects) noexcept { return 1.0 / murphy_inverse_yield(defects); }

}   // namespace cdse
