#include "core/hardware/technology.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

#include "core/hardware/dram_types.h"
#include "core/io/input_error.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

constexpr double k_pico = 1e-12;

// Log-log interpolation over the SRAM table; the end segments are extended for sizes outside it.
double sram_log_log(const std::vector<SramPoint>& table, double size_bytes, double SramPoint::*field)
{
  if (!(size_bytes > 0) || table.empty())
    return 0.0;
  if (table.size() == 1)
    return table.front().*field * size_bytes / table.front().size_bytes;
  std::size_t hi = 1;
  while (hi + 1 < table.size() && table[hi].size_bytes < size_bytes)
    ++hi;
  const SramPoint& a = table[hi - 1];
  const SramPoint& b = table[hi];
  const double slope = std::log(b.*field / a.*field) / std::log(b.size_bytes / a.size_bytes);
  return a.*field * std::exp(slope * std::log(size_bytes / a.size_bytes));
}

// Least-squares slope of ln(area) over ln(size): how area grows with capacity across the rows.
double log_log_slope(const std::vector<SramPoint>& rows)
{
  double mx = 0, my = 0;
  for (const auto& p : rows) {
    mx += std::log(p.size_bytes);
    my += std::log(p.area_um2);
  }
  mx /= static_cast<double>(rows.size());
  my /= static_cast<double>(rows.size());
  double sxy = 0, sxx = 0;
  for (const auto& p : rows) {
    sxy += (std::log(p.size_bytes) - mx) * (std::log(p.area_um2) - my);
    sxx += (std::log(p.size_bytes) - mx) * (std::log(p.size_bytes) - mx);
  }
  return sxx > 0 ? sxy / sxx : 1.0;
}

double number_at(const json::Json& object, std::string_view key, std::string_view path)
{
  return json::get_number(object, key, path, 0.0);
}

TechnologyTables load_22nm()
{
  const json::Json doc = embedded_json("data/technology_22nm.json");
  const std::string file = "data/technology_22nm.json";
  TechnologyTables t;
  t.node_nm = static_cast<int>(json::get_integer(doc, "node_nm", file));

  const auto& mac = json::require(doc, "mac", file);
  t.mac_area_um2 = number_at(mac, "area_um2", file + ".mac");
  t.mac_energy_j = number_at(mac, "energy_pj", file + ".mac") * k_pico;

  // Register files are flip-flops: a bit characterised at another node, scaled to this one.
  const auto& bit = json::require(doc, "register_bit", file);
  const NodeScale to_bit_node = node_scale_from_22nm(static_cast<int>(json::get_integer(bit, "node_nm", file)));
  t.register_bit_area_um2 = number_at(bit, "area_um2", file) / to_bit_node.area;
  t.register_bit_leakage_w = number_at(bit, "leakage_uw", file) * 1e-6 / to_bit_node.leakage;

  // The reference's PE and lane, with their register files' reference area replaced by their bits'.
  const auto register_file = [&](std::string_view key, double& entries, double& area_um2, double& read_j,
                                 double& write_j) {
    const auto& rf = json::require(doc, key, file);
    entries = number_at(rf, "entries", file);
    area_um2 = entries * number_at(rf, "word_bits", file) * t.register_bit_area_um2;
    read_j = number_at(rf, "read_pj", file) * k_pico;
    write_j = number_at(rf, "write_pj", file) * k_pico;
    return number_at(rf, "reference_area_um2", file);
  };
  const double pe_rf_reference = register_file("pe_register_file", t.pe_rf_entries, t.pe_rf_area_um2, t.pe_rf_read_j,
                                               t.pe_rf_write_j);
  const double lane_rf_reference = register_file("lane_register_file", t.lane_rf_entries, t.lane_rf_area_um2,
                                                 t.lane_rf_read_j, t.lane_rf_write_j);
  t.reference_pe_area_um2 = number_at(json::require(doc, "pe_area_um2", file), "value", file);
  t.reference_lane_area_um2 = number_at(json::require(doc, "lane_area_um2", file), "value", file);
  t.pe_area_um2 = t.reference_pe_area_um2 - pe_rf_reference + t.pe_rf_area_um2;
  t.lane_area_um2 = t.reference_lane_area_um2 - lane_rf_reference + t.lane_rf_area_um2;
  t.die_overhead_fraction = number_at(json::require(doc, "die_overhead", file), "fraction_of_arrays", file);

  const json::Json dram = embedded_json("data/dram_types.json");
  t.dram_j_per_byte = dram_energy_j_per_byte(json::get_string(dram, "default_type", "data/dram_types.json"));

  const auto& sram = json::require(doc, "sram", file);
  t.sram_word_bytes = number_at(sram, "word_bytes", file);
  t.sram_ports = number_at(sram, "ports", file);
  const auto& banking = json::require(sram, "banking", file);
  t.crossbar_wire_pitch_um = number_at(banking, "wire_pitch_feature_sizes", file) * t.node_nm * 1e-3;
  t.crossbar_wire_f_per_um = number_at(banking, "wire_capacitance_ff_per_um", file) * 1e-15;
  // The rows' energies carry Accelergy's placeholder address-generator energy; it is replaced by
  // the generators' sourced energy, which grows with the address width.
  const auto& generators = json::require(sram, "address_generators", file);
  const double placeholder_pj = number_at(generators, "in_table_pj", file);
  const double generator_pj_per_bit = number_at(generators, "count", file) *
                                      number_at(generators, "energy_pj_per_bit", file);
  for (const auto& row : json::require(sram, "rows", file)) {
    if (!row.is_array() || row.size() != 4)
      throw std::logic_error(file + ": SRAM rows must have 4 columns");
    SramPoint p;
    p.size_bytes = row[0].get<double>() * 1024.0;
    p.area_um2 = row[1].get<double>();
    const double address_bits = std::ceil(std::log2(p.size_bytes / t.sram_word_bytes));
    const double generators_pj = generator_pj_per_bit * address_bits;
    const double read_pj = row[2].get<double>(), write_pj = row[3].get<double>();
    if (read_pj <= placeholder_pj || write_pj <= placeholder_pj)
      throw std::logic_error(file + ": an SRAM row's energy does not include the placeholder it names");
    p.read_j = (read_pj - placeholder_pj + generators_pj) * k_pico;
    p.write_j = (write_pj - placeholder_pj + generators_pj) * k_pico;
    t.sram.push_back(p);
  }
  std::sort(t.sram.begin(), t.sram.end(),
            [](const SramPoint& a, const SramPoint& b) { return a.size_bytes < b.size_bytes; });
  t.sram_area_exponent = log_log_slope(t.sram);

  const auto& leak = json::require(doc, "leakage", file);
  const double logic_fraction = number_at(leak, "logic_leakage_fraction", file);
  const double clock_hz = number_at(leak, "logic_characterisation_clock_hz", file);
  t.mac_leakage_w = logic_fraction * t.mac_energy_j * clock_hz;
  t.sram_leakage_w_per_byte = number_at(leak, "sram_leakage_pa_per_bit", file) * k_pico *
                              number_at(leak, "sram_vdd_v", file) * 8.0;
  return t;
}

// What one step from the 22 nm, 8-bit tables changes: a technology node scales whole components,
// a word size scales the MAC and register file inside each PE and lane (the rest of a PE, whatever
// the table rounds in, keeps its area). A factor of 1.0 leaves its fields exactly as they were, so
// each step names only what it changes and both go through apply_factors.
struct TableFactors {
  double component_area = 1.0;       // node: PEs, lanes, MACs and register files as wholes
  double mac_area = 1.0;             // word size: the MAC inside a PE or lane
  double register_file_area = 1.0;   // word size: the register file inside a PE or lane
  double mac_energy = 1.0;
  double register_file_energy = 1.0;
  double logic_leakage = 1.0;          // of a MAC
  double register_bit_leakage = 1.0;   // node: one flip-flop bit (a word size only adds bits)
  double sram_area = 1.0;
  double sram_energy = 1.0;
  double sram_leakage = 1.0;
};

void apply_factors(TechnologyTables& t, const TableFactors& f)
{
  const double mac_area = t.mac_area_um2 * f.component_area;
  const double pe_rf_area = t.pe_rf_area_um2 * f.component_area;
  const double lane_rf_area = t.lane_rf_area_um2 * f.component_area;
  t.mac_area_um2 = mac_area * f.mac_area;
  t.pe_rf_area_um2 = pe_rf_area * f.register_file_area;
  t.lane_rf_area_um2 = lane_rf_area * f.register_file_area;
  // The parts' growth is added to the whole: zero (exactly) when only the node changes.
  t.pe_area_um2 = t.pe_area_um2 * f.component_area + ((t.mac_area_um2 - mac_area) + (t.pe_rf_area_um2 - pe_rf_area));
  t.lane_area_um2 = t.lane_area_um2 * f.component_area +
                    ((t.mac_area_um2 - mac_area) + (t.lane_rf_area_um2 - lane_rf_area));
  t.mac_energy_j *= f.mac_energy;
  for (double* rf_j : {&t.pe_rf_read_j, &t.pe_rf_write_j, &t.lane_rf_read_j, &t.lane_rf_write_j})
    *rf_j *= f.register_file_energy;
  t.crossbar_wire_pitch_um *= std::sqrt(f.sram_area);   // its area follows the node's, as the macros'
  // A crossbar's energy (∝ pitch × capacitance) follows the node's SRAM energy, as the macros' own
  // H-tree wires do; a node override then re-scores it exactly as re-simulating would.
  t.crossbar_wire_f_per_um *= f.sram_energy / std::sqrt(f.sram_area);
  // DRAM is off chip and per byte moved: neither the node nor the word size changes it.
  for (auto& p : t.sram) {
    p.area_um2 *= f.sram_area;
    p.read_j *= f.sram_energy;
    p.write_j *= f.sram_energy;
  }
  t.mac_leakage_w *= f.logic_leakage;
  t.register_bit_area_um2 *= f.component_area;
  t.register_bit_leakage_w *= f.register_bit_leakage;
  t.sram_leakage_w_per_byte *= f.sram_leakage;
}

TechnologyTables scaled_tables(int node_nm)
{
  const NodeScale s = node_scale_from_22nm(node_nm);
  TechnologyTables t = technology_22nm();
  t.node_nm = node_nm;
  TableFactors f;
  f.component_area = f.sram_area = s.area;
  f.mac_energy = f.register_file_energy = f.sram_energy = s.energy;
  f.logic_leakage = f.sram_leakage = f.register_bit_leakage = s.leakage;
  apply_factors(t, f);
  return t;
}

}   // namespace

double TechnologyTables::sram_area_um2(double size_bytes) const
{
  return sram_log_log(sram, size_bytes, &SramPoint::area_um2);
}

double TechnologyTables::sram_read_j(double size_bytes) const
{
  return sram_log_log(sram, size_bytes, &SramPoint::read_j);
}

double TechnologyTables::sram_write_j(double size_bytes) const
{
  return sram_log_log(sram, size_bytes, &SramPoint::write_j);
}

const TechnologyTables& technology_22nm()
{
  static const TechnologyTables tables = load_22nm();
  return tables;
}

namespace {

TechnologyTables tables_for(int node_nm, int precision_bits)
{
  TechnologyTables t = technology_for_node(node_nm);
  if (precision_bits == t.precision_bits)
    return t;
  const PrecisionScale p = precision_scale(precision_bits);
  TableFactors f;
  f.mac_area = p.mac_area;
  f.register_file_area = f.register_file_energy = p.register_file;
  f.mac_energy = p.mac_energy;
  f.logic_leakage = p.mac_energy;   // logic leakage is a fixed fraction of dynamic power
  apply_factors(t, f);
  t.precision_bits = precision_bits;
  return t;
}

}   // namespace

const TechnologyTables& technology_for(const AcceleratorConfig& accel)
{
  using Key = std::tuple<int, int, std::string>;
  static const std::map<Key, TechnologyTables, std::less<>> cache = [] {
    std::map<Key, TechnologyTables, std::less<>> all;
    for (int node : supported_nodes_nm()) {
      for (int bits : supported_precisions_bits()) {
        const TechnologyTables base = tables_for(node, bits);
        for (const std::string& dram : dram_type_names()) {
          TechnologyTables t = base;
          t.dram_j_per_byte = dram_energy_j_per_byte(dram);
          all.emplace(Key{node, bits, dram}, std::move(t));
        }
      }
    }
    return all;
  }();
  const auto it = cache.find(std::tie(accel.node_nm, accel.precision_bits, accel.dram_type));
  if (it != cache.end())
    return it->second;
  node_scale_from_22nm(accel.node_nm);       // throws the InputError naming the supported nodes,
  precision_scale(accel.precision_bits);     // the supported word sizes,
  dram_energy_j_per_byte(accel.dram_type);   // or the DRAM types
  throw std::logic_error("technology_for: no tables for a supported node, word size and DRAM type");
}

TechnologyTables technology_for_node(int node_nm)
{
  // Every supported node is built once, on first use; later calls only copy.
  static const std::map<int, TechnologyTables> cache = [] {
    std::map<int, TechnologyTables> all;
    for (int n : supported_nodes_nm())
      all.emplace(n, scaled_tables(n));
    return all;
  }();
  const auto it = cache.find(node_nm);
  if (it == cache.end()) {
    node_scale_from_22nm(node_nm);   // throws the InputError naming the supported nodes
    throw std::logic_error("technology_for_node: no tables for a supported node");
  }
  return it->second;
}

}   // namespace cdse
