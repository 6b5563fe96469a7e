#pragma once
// Chip area by component, in mm² (SI-ish: mm² is the unit every tool and paper uses for die area).
namespace cdse {

struct AreaBreakdown {
  double pe_mm2 = 0;         // tensor-core PEs (MAC + register file), all clusters
  double vector_mm2 = 0;     // vector lanes (MAC + register file), all clusters
  double l2_mm2 = 0;         // tensor-core and vector-core L2 SRAMs and accumulator buffers, all clusters
  double glb_mm2 = 0;        // global buffer
  double control_mm2 = 0;    // control, on-chip network, clocking and wiring (a fraction of the above)
  double dram_phy_mm2 = 0;   // DRAM interface (PHYs and I/Os of dram_channels; 0 for an idealised link)

  double total_mm2() const { return pe_mm2 + vector_mm2 + l2_mm2 + glb_mm2 + control_mm2 + dram_phy_mm2; }
};

}   // namespace cdse
