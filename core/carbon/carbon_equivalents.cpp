#include "core/carbon/carbon_equivalents.h"

#include <stdexcept>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/io/resources.h"

namespace cdse {

namespace {

std::vector<CarbonEquivalent> load()
{
  const std::string file = "data/carbon_equivalents.json";
  try {
    const json::Json doc = embedded_json(file);
    const auto& rows = json::require(doc, "equivalents", file);
    std::vector<CarbonEquivalent> out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const std::string path = json::index_path(file + ".equivalents", i);
      CarbonEquivalent e;
      e.id = json::get_string(rows[i], "id", path);
      e.unit = json::get_string(rows[i], "unit", path);
      e.kg_per_unit = json::get_number(rows[i], "kg_per_unit", path, 1e-9, 1e9);
      e.source = json::get_string(rows[i], "source", path);
      out.push_back(std::move(e));
    }
    return out;
  } catch (const InputError& e) {
    throw std::logic_error(std::string("shipped table is malformed: ") + e.what());
  }
}

}   // namespace

const std::vector<CarbonEquivalent>& carbon_equivalents()
{
  static const std::vector<CarbonEquivalent> table = load();
  return table;
}

}   // namespace cdse
