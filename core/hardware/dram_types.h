#pragma once
// Off-chip DRAM kinds (resources/data/dram_types.json): access energy per byte moved and the peak
// bandwidth of one standard device interface. Names are lower case, e.g. "lpddr4", "hbm2".
#include <string>
#include <string_view>
#include <vector>

namespace cdse {

// Throws InputError("dram_type", ...) listing the valid names for an unknown type.
double dram_energy_j_per_byte(std::string_view type);
double dram_bandwidth_bytes_per_s(std::string_view type);
std::vector<std::string> dram_type_names();   // sorted

}   // namespace cdse
