#pragma once
// SRAMs built to their bandwidth. The CACTI rows (technology.h) are of one macro with 32-bit words
// and two read/write ports: it moves at most 2 × 4 = 8 bytes a cycle. A buffer asked for more is
// built of as many independent macros (banks) as that takes, each holding its share of the
// capacity, so bandwidth costs area: B banks of S/B bytes are larger than one macro of S bytes,
// since small macros are less dense: with the curve's area ∝ size^b (least-squares b ≈ 0.95 over
// its rows), B · A(S/B) = A(S) · B^(1−b), 1.15× for 16 banks, 1.23× for 64. Banks that any
// requester may address (the L2s, the GLB) are joined by a crossbar, CACTI 7's matrix layout:
// (n_in · W · p) × (n_out · W · p) with W = 32 wires per port and p the semi-global wire pitch,
// 4 feature sizes (docs/references.md R15); the accumulator buffer's banks sit under their own
// PE columns and need none. Per-access energy is the whole macro's (a monolithic CACTI macro's
// energy already includes the H-tree across its whole area, which a banked array of the same
// capacity still spans; the shorter bitlines of a bank are not credited) plus the crossbar's wires:
// each bit crosses one wire of its width and one of its height, C·V² each, as CACTI 7 charges them
// (docs/models/hardware.md, SRAM banking).
#include "core/hardware/accelerator_config.h"
#include "core/hardware/technology.h"

namespace cdse {

// Independent macros needed to move `bytes_per_cycle`: at least one.
double sram_banks(const TechnologyTables& tech, double bytes_per_cycle);
// Area of `bytes` of SRAM split over `banks` macros, with a banks × banks crossbar when `crossbar`,
// µm² at the tables' node.
double banked_sram_area_um2(const TechnologyTables& tech, double bytes, double banks, bool crossbar);

// Energy of one byte through the crossbar of `banks` banks at supply `vdd_v`, J: 8 bits × two
// wires of the crossbar's side × their capacitance × V². Zero for one bank (no crossbar).
double crossbar_energy_j_per_byte(const TechnologyTables& tech, double banks, double vdd_v);

// Bytes per cycle each buffer of an accelerator must move: one cluster's tensor and vector L2
// (l2_bw_words), the GLB (glb_bw_words), and one cluster's accumulator buffer (a partial sum read
// and one written per PE column per cycle).
double l2_bytes_per_cycle(const AcceleratorConfig& accel);
double glb_bytes_per_cycle(const AcceleratorConfig& accel);
double accumulator_bytes_per_cycle(const AcceleratorConfig& accel);

}   // namespace cdse
