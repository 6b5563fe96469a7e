#pragma once
// The supply voltage a clock needs at a technology node, and what it does to energy and leakage
// (resources/data/voltage_frequency.json; docs/models/hardware.md, supply voltage). The tables are
// at 0.8 V for the reference's 625 MHz clock; a clock f runs at the voltage where the node's gate
// delay (Stillmaker & Baas's low-power fit) is delay(0.8 V) × 625 MHz / f, never below the fitted
// range's lowest voltage. Dynamic energy scales with (V / 0.8 V)², leakage power with V / 0.8 V.

namespace cdse {

struct OperatingPoint {
  double vdd_v = 0.8;
  double dynamic_energy_factor = 1.0;   // (V / V_ref)²: MACs, register files, SRAM (not DRAM)
  double leakage_factor = 1.0;          // V / V_ref
};

// Throws InputError("node_nm", ...) for a node without a curve and InputError("frequency_mhz", ...)
// for a clock above what the node reaches at the range's highest voltage (naming that clock).
OperatingPoint operating_point(int node_nm, double frequency_mhz);

// The supply the technology tables' energies are at (0.8 V), V.
double reference_vdd_v();

// The fastest clock a node reaches within the voltage range, MHz.
double max_frequency_mhz(int node_nm);

}   // namespace cdse
