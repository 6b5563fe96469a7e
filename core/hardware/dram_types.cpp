#include "core/hardware/dram_types.h"

#include <map>

#include "core/io/input_error.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

struct DramType {
  double energy_j_per_byte = 0;
  double bandwidth_bytes_per_s = 0;
};

const std::map<std::string, DramType, std::less<>>& dram_table()
{
  static const std::map<std::string, DramType, std::less<>> table = [] {
    const std::string file = "data/dram_types.json";
    const json::Json doc = embedded_json(file);
    std::map<std::string, DramType, std::less<>> out;
    const auto& types = json::require(doc, "types", file);
    for (auto it = types.begin(); it != types.end(); ++it) {
      const std::string path = json::child_path(file + ".types", it.key());
      DramType t;
      t.energy_j_per_byte = json::get_number(*it, "energy_pj_per_bit", path, 0.0) * 8.0 * 1e-12;
      t.bandwidth_bytes_per_s = json::get_number(*it, "bandwidth_gb_s", path, 0.0) * 1e9;
      out.emplace(it.key(), t);
    }
    return out;
  }();
  return table;
}

const DramType& find_type(std::string_view type)
{
  const auto& table = dram_table();
  const auto it = table.find(type);
  if (it == table.end()) {
    std::string list;
    for (const auto& [name, entry] : table)
      list += (list.empty() ? "" : ", ") + name;
    throw InputError("dram_type", "unknown DRAM type \"" + std::string(type) + "\" (valid: " + list + ")");
  }
  return it->second;
}

}   // namespace

double dram_energy_j_per_byte(std::string_view type) { return find_type(type).energy_j_per_byte; }

double dram_bandwidth_bytes_per_s(std::string_view type) { return find_type(type).bandwidth_bytes_per_s; }

std::vector<std::string> dram_type_names()
{
  std::vector<std::string> names;
  for (const auto& [name, entry] : dram_table())
    names.push_back(name);
  return names;
}

}   // namespace cdse
