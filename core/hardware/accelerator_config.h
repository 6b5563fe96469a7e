#pragma once
// The edge-accelerator template of the reference framework, generalised: `clusters` clusters, each a
// tensor core (a pe_depth × pe_width PE array, weight stationary unless `dataflow` says otherwise, with its own L2 SRAM and accumulator
// buffer) and a vector core (pe_width lanes with their own L2 SRAM), sharing a global buffer (GLB)
// and a DRAM link.
// Any positive value is allowed, not only the reference grid.
#include <string>

#include "core/hardware/dataflow.h"
#include "core/hardware/gelu_implementation.h"

namespace cdse {

struct AcceleratorConfig {
  int clusters = 4;
  int pe_width = 256;          // PE array columns (output channels in flight); also vector lanes
  int pe_depth = 16;           // PE array rows (reduction dimension)
  double l2_kb = 1024;         // per-cluster L2 SRAM (each of tensor core and vector core), KB
  double l2_bw_words = 128;    // L2 → PE array bandwidth, words per cycle (per cluster)
  double glb_mb = 8;           // shared global buffer, MB
  double glb_bw_words = 512;   // GLB ↔ L2 bandwidth, words per cycle (shared)
  // DRAM ↔ GLB bandwidth, words per cycle (128 × 625 MHz = 80 GB/s) of an idealised link: used when
  // dram_channels is 0, as the reference template's link (no interface on the die).
  double dram_bw_words = 128;
  double frequency_mhz = 625;
  int node_nm = 22;
  int precision_bits = 8;   // word size of weights and activations
  std::string dram_type = "lpddr4";
  // JEDEC channels of dram_type the DRAM interface is built from (docs/models/hardware.md, DRAM
  // interface): the link bandwidth is channels × the channel's (LPDDR4-3200: 6.4 GB/s), each channel
  // puts its PHY on the die and the channels need their DRAM packages (LPDDR4: 4 per package).
  // 0: the idealised link of dram_bw_words, as the reference.
  int dram_channels = 0;
  double dram_gb = 0;   // DRAM capacity; 0 = sized from the model's weights
  // GELU on the vector lanes. Default erf: the function OpenCLIP's CLIP models compute
  // (nn.GELU, exact form; docs/models/simulator.md, vector ops).
  GeluImplementation gelu = GeluImplementation::Erf;
  // A second weight register per PE, so the next fold's weights load while the current fold
  // computes (TPU v1, Jouppi et al., ISCA 2017; docs/models/simulator.md, fold scheduling). false is
  // SCALE-Sim's unbuffered array, the cycle count its validation pins.
  bool weight_double_buffer = true;
  // Accumulator buffer of each cluster's tensor core: partial sums of this many output rows for
  // every PE column (TPU v1's accumulators, Jouppi et al., ISCA 2017; docs/models/simulator.md,
  // accumulators). 256 holds a whole row block of the built-in CLIP sequences (197 and 77 tokens).
  // 0: no accumulator buffer; partial sums round-trip through the L2 over its operand bandwidth.
  int accumulator_rows = 256;
  // Which operand the PE arrays keep stationary (core/hardware/dataflow.h). Default ws: the
  // reference's array, the one its area table and SCALE-Sim's WS validation describe.
  Dataflow dataflow = Dataflow::WeightStationary;

  double frequency_hz() const { return frequency_mhz * 1e6; }
  double word_bytes() const { return precision_bits / 8.0; }
  // CATransformers' definition (configurations.py, docs/references.md R2): clusters × width × depth
  // × 2 × f; ignores vector cores.
  double peak_tops() const { return static_cast<double>(clusters) * pe_width * pe_depth * 2.0 * frequency_hz() / 1e12; }
  friend bool operator==(const AcceleratorConfig&, const AcceleratorConfig&) = default;
};

}   // namespace cdse
