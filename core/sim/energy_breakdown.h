#pragma once
// Energy of one inference (or one op) by component, joules.
namespace cdse {

struct EnergyBreakdown {
  double mac_j = 0;      // multiply-accumulates (tensor PEs and vector lanes)
  double rf_j = 0;       // PE / lane register files
  double l2_j = 0;       // L2 SRAM reads and writes
  double glb_j = 0;      // global buffer reads and writes
  double dram_j = 0;     // off-chip DRAM accesses
  double static_j = 0;   // leakage while the op (or inference) runs

  double dynamic_j() const { return mac_j + rf_j + l2_j + glb_j + dram_j; }
  double total_j() const { return dynamic_j() + static_j; }
  EnergyBreakdown& operator+=(const EnergyBreakdown& o)
  {
    mac_j += o.mac_j;
    rf_j += o.rf_j;
    l2_j += o.l2_j;
    glb_j += o.glb_j;
    dram_j += o.dram_j;
    static_j += o.static_j;
    return *this;
  }
  EnergyBreakdown scaled(double f) const { return {mac_j * f, rf_j * f, l2_j * f, glb_j * f, dram_j * f, static_j * f}; }
};

}   // namespace cdse
