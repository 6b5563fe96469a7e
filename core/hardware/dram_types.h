#pragma once
// Off-chip DRAM kinds (resources/data/dram_types.json): access energy per byte moved, the peak
// bandwidth of one standard device interface, and the JEDEC channel a DRAM interface is built from
// (AcceleratorConfig::dram_channels). Names are lower case, e.g. "lpddr4", "hbm2".
#include <string>
#include <string_view>
#include <vector>

#include "core/hardware/accelerator_config.h"

namespace cdse {

// Throws InputError("dram_type", ...) listing the valid names for an unknown type.
double dram_energy_j_per_byte(std::string_view type);
double dram_bandwidth_bytes_per_s(std::string_view type);
std::vector<std::string> dram_type_names();   // sorted

// One JEDEC channel of a DRAM type: LPDDR4-3200's is 16 bits wide, 6.4 GB/s, and four share a
// 64-bit package.
struct DramChannel {
  double width_bits = 0;
  double bandwidth_bytes_per_s = 0;
  double packages_per_channel = 0;   // LPDDR4: 0.25
  bool phy_area_sourced = false;     // false (HBM2): no PHY area, so no channels
};
const DramChannel& dram_channel(std::string_view type);   // throws InputError("dram_type", ...)

// DRAM packages `channels` channels of `type` need (LPDDR4: 4 channels per package).
int dram_packages(std::string_view type, int channels);

// Die area of the interface (PHY and I/Os) of one channel of `type` at `node_nm`, mm²; throws
// InputError("dram_channels", ...) for a type whose PHY area is not sourced.
double dram_phy_area_mm2_per_channel(std::string_view type, double node_nm);

// The DRAM link's bandwidth in words per cycle: dram_channels × the channel's bandwidth, or the
// idealised link's dram_bw_words when there are no channels.
double dram_link_words_per_cycle(const AcceleratorConfig& accel);

}   // namespace cdse
