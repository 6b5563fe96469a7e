#include "core/hardware/dram_types.h"

#include <cmath>
#include <map>

#include "core/io/input_error.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

struct DramType {
  double energy_j_per_byte = 0;
  double bandwidth_bytes_per_s = 0;
  DramChannel channel;
};

// The PHY area model: per 16 data bits, an I/O share that keeps its area and a rest that scales
// with the square of the feature size.
struct PhyArea {
  double mm2_per_16_bits = 0, reference_node_nm = 0, io_fraction = 0;
};

const std::string k_file = "data/dram_types.json";

const std::map<std::string, DramType, std::less<>>& dram_table()
{
  static const std::map<std::string, DramType, std::less<>> table = [] {
    const json::Json doc = embedded_json(k_file);
    std::map<std::string, DramType, std::less<>> out;
    const auto& types = json::require(doc, "types", k_file);
    for (auto it = types.begin(); it != types.end(); ++it) {
      const std::string path = json::child_path(k_file + ".types", it.key());
      DramType t;
      t.energy_j_per_byte = json::get_number(*it, "energy_pj_per_bit", path, 0.0) * 8.0 * 1e-12;
      t.bandwidth_bytes_per_s = json::get_number(*it, "bandwidth_gb_s", path, 0.0) * 1e9;
      const std::string channel_path = json::child_path(path, "channel");
      const auto& channel = json::require(*it, "channel", path);
      t.channel.width_bits = json::get_number(channel, "width_bits", channel_path, 1.0);
      t.channel.bandwidth_bytes_per_s = json::get_number(channel, "bandwidth_gb_s", channel_path, 0.0) * 1e9;
      t.channel.packages_per_channel = json::get_number(channel, "packages_per_channel", channel_path, 0.0);
      t.channel.phy_area_sourced = json::get_bool_or(channel, "phy", channel_path, false);
      out.emplace(it.key(), t);
    }
    return out;
  }();
  return table;
}

const PhyArea& phy_area()
{
  static const PhyArea phy = [] {
    const json::Json doc = embedded_json(k_file);
    const std::string path = k_file + ".phy";
    const auto& j = json::require(doc, "phy", k_file);
    return PhyArea{json::get_number(j, "area_mm2_per_16_bits", path, 0.0),
                   json::get_number(j, "reference_node_nm", path, 1.0),
                   json::get_number(j, "io_fraction", path, 0.0, 1.0)};
  }();
  return phy;
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

const DramChannel& dram_channel(std::string_view type) { return find_type(type).channel; }

int dram_packages(std::string_view type, int channels)
{
  if (channels <= 0)
    return 0;
  // A small tolerance so that 4 × 0.25 is one package, not two.
  return static_cast<int>(std::ceil(channels * dram_channel(type).packages_per_channel - 1e-9));
}

double dram_phy_area_mm2_per_channel(std::string_view type, double node_nm)
{
  const DramChannel& channel = dram_channel(type);
  if (!channel.phy_area_sourced)
    throw InputError("dram_channels", "no DRAM interface (PHY) area is known for \"" + std::string(type) +
                                          "\": use dram_channels 0 (an idealised link of dram_bw_words)");
  const PhyArea& phy = phy_area();
  const double scale = node_nm / phy.reference_node_nm;
  return channel.width_bits / 16.0 * phy.mm2_per_16_bits * (phy.io_fraction + (1.0 - phy.io_fraction) * scale * scale);
}

double dram_link_words_per_cycle(const AcceleratorConfig& accel)
{
  if (accel.dram_channels <= 0)
    return accel.dram_bw_words;
  return accel.dram_channels * dram_channel(accel.dram_type).bandwidth_bytes_per_s /
         (accel.frequency_hz() * accel.word_bytes());
}

std::vector<std::string> dram_type_names()
{
  std::vector<std::string> names;
  for (const auto& [name, entry] : dram_table())
    names.push_back(name);
  return names;
}

}   // namespace cdse
