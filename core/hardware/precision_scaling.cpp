#include "core/hardware/technology.h"

#include <map>
#include <string>

#include "core/io/input_error.h"
#include "core/io/resources.h"

// Word-size scaling of the MAC and register files from resources/data/technology_22nm.json.
namespace cdse {
namespace {

double number_at(const json::Json& object, std::string_view key, std::string_view path)
{
  return json::get_number(object, key, path, 0.0);
}

struct PrecisionData {
  std::map<int, PrecisionScale> factors;
};

const PrecisionData& precision_data()
{
  static const PrecisionData data = [] {
    const json::Json doc = embedded_json("data/technology_22nm.json");
    const std::string file = "data/technology_22nm.json.precision_scaling";
    const auto& section = json::require(doc, "precision_scaling", "data/technology_22nm.json");
    PrecisionData d;
    for (int bits : json::require(section, "supported_bits", file).get<std::vector<int>>()) {
      const auto& f = json::require(json::require(section, "factors", file), std::to_string(bits), file);
      d.factors[bits] = {number_at(f, "mac_area", file), number_at(f, "mac_energy", file),
                         number_at(f, "register_file", file)};
    }
    return d;
  }();
  return data;
}

}   // namespace

std::vector<int> supported_precisions_bits()
{
  std::vector<int> out;
  for (const auto& [bits, scale] : precision_data().factors)
    out.push_back(bits);
  return out;
}

PrecisionScale precision_scale(int precision_bits)
{
  const auto& factors = precision_data().factors;
  const auto it = factors.find(precision_bits);
  if (it == factors.end()) {
    std::string list;
    for (const auto& [bits, scale] : factors)
      list += (list.empty() ? "" : ", ") + std::to_string(bits);
    throw InputError("precision_bits",
                     "unsupported word size " + std::to_string(precision_bits) + " bits (supported: " + list + ")");
  }
  return it->second;
}

}   // namespace cdse
