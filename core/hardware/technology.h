#pragma once
// Per-component area and energy of the accelerator template at one technology node, loaded from
// resources/data/technology_22nm.json (Accelergy + CACTI values as run by CATransformers,
// docs/references.md R2, R14, R15; register files from Aladdin's flip-flop bit, R16) and scaled to other
// nodes with resources/data/node_scaling.json. Units: µm² for areas (the tables' unit), joules for
// energies, watts for leakage.
#include <vector>

#include "core/hardware/accelerator_config.h"

namespace cdse {

struct SramPoint {
  double size_bytes = 0;
  double area_um2 = 0;
  double read_j = 0;    // per 32-bit access
  double write_j = 0;   // per 32-bit access
};

struct TechnologyTables {
  int node_nm = 22;
  int precision_bits = 8;                            // word size the MAC and register-file values are for
  double mac_area_um2 = 0;                           // 8-bit integer MAC
  double mac_energy_j = 0;                           // per MAC
  double pe_area_um2 = 0;                            // tensor-core PE: MAC + 32-word register file
  double lane_area_um2 = 0;                          // vector lane: MAC + 12-word register file
  double pe_rf_area_um2 = 0, lane_rf_area_um2 = 0;   // register files alone (included in the above)
  double pe_rf_entries = 0, lane_rf_entries = 0;     // words (of precision_bits) in each register file
  double register_bit_area_um2 = 0;                  // one flip-flop bit (the register files' storage)
  double register_bit_leakage_w = 0;
  // The reference framework's PE and lane areas (22 nm, 8 bits), whose register files are far
  // smaller than their bits (data file): only to reproduce its area table, never scaled.
  double reference_pe_area_um2 = 0, reference_lane_area_um2 = 0;
  // Control, on-chip network, clocking and wiring, per unit area of the arrays and SRAMs.
  double die_overhead_fraction = 0;
  double pe_rf_read_j = 0, pe_rf_write_j = 0;   // per word access (8 bits at precision_bits 8)
  double lane_rf_read_j = 0, lane_rf_write_j = 0;
  double dram_j_per_byte = 0;          // default type (LPDDR4); technology_for uses the accelerator's
  double sram_word_bytes = 4;          // SRAM table energies are per access of this many bytes
  double sram_ports = 2;               // read/write ports of one macro: it moves word_bytes × ports a cycle
  double crossbar_wire_pitch_um = 0;   // semi-global wire pitch of a banked SRAM's crossbar
  double crossbar_wire_f_per_um = 0;   // capacitance of one crossbar wire per µm (farads)
  double sram_area_exponent = 1;       // least-squares slope of ln(area) over ln(size) of the rows
  std::vector<SramPoint> sram;         // sorted by size
  // Leakage (W): of one MAC (in every PE and lane; register bits add register_bit_leakage_w each),
  // and per byte of SRAM. Documented in the data file.
  double mac_leakage_w = 0, sram_leakage_w_per_byte = 0;

  // Log-log interpolation (extrapolation at the ends) of the SRAM table.
  double sram_area_um2(double size_bytes) const;
  double sram_read_j(double size_bytes) const;   // per sram_word_bytes access
  double sram_write_j(double size_bytes) const;
};

// The 22 nm tables (embedded data), and the same scaled to another node (area and energy factors
// relative to 22 nm from the node-scaling data). Throws InputError for an unsupported node.
const TechnologyTables& technology_22nm();
TechnologyTables technology_for_node(int node_nm);
// Area and energy multipliers from 22 nm to `node_nm` (1.0, 1.0 at 22 nm).
struct NodeScale {
  double area = 1.0;
  double energy = 1.0;
  double leakage = 1.0;
};
NodeScale node_scale_from_22nm(int node_nm);
std::vector<int> supported_nodes_nm();

// Tables for one accelerator: its node, MAC / register-file values for its word size
// (precision_bits 8 or 16; see precision_scale) and its DRAM type's access energy. Built once per
// combination and kept, so this is cheap enough to call per design. Throws InputError for an
// unsupported node, word size or DRAM type.
const TechnologyTables& technology_for(const AcceleratorConfig& accel);
// Multipliers applied to the 8-bit values for a wider datapath (data file "precision_scaling"):
// the MAC's multiplier grows with the square of the width and its accumulator linearly (Aladdin
// composition), register files linearly. SRAM and DRAM tables are per byte moved: no change.
struct PrecisionScale {
  double mac_area = 1.0;
  double mac_energy = 1.0;
  double register_file = 1.0;
};
PrecisionScale precision_scale(int precision_bits);
std::vector<int> supported_precisions_bits();

}   // namespace cdse
