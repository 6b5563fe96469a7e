#pragma once
// Resource limits of an accelerator configuration. Anything outside them is refused up front with
// an InputError naming the field, so a typo (10^12 PEs) never reaches the models.
#include <cstdint>
#include <string_view>

#include "core/hardware/accelerator_config.h"

namespace cdse {

struct AcceleratorLimits {
  static constexpr std::int64_t max_clusters = 1024;
  static constexpr std::int64_t max_pe_dimension = 65536;   // pe_width, pe_depth
  static constexpr std::int64_t max_total_pes = std::int64_t{1} << 26;
  static constexpr double min_l2_kb = 1.0;
  static constexpr double max_l2_kb = 1024.0 * 1024.0;   // 1 GB per cluster
  static constexpr double min_glb_mb = 1.0 / 1024.0;     // 1 KB
  static constexpr double max_glb_mb = 4096.0;
  static constexpr double min_bw_words = 1.0;
  static constexpr double max_bw_words = 1024.0 * 1024.0;   // words per cycle
  static constexpr double min_frequency_mhz = 1.0;
  static constexpr double max_frequency_mhz = 10000.0;
  static constexpr double max_dram_gb = 1024.0;                 // 0 = sized from the model
  static constexpr std::int64_t max_accumulator_rows = 65536;   // per PE column; 0 = none
  static constexpr std::int64_t max_dram_channels = 256;        // 0 = an idealised link
};

// Throws InputError("<path>.<field>", ...) for the first field outside its limits, an unsupported
// node, word size or DRAM type, or too many PEs in total. `path` is the JSON path of the object
// ("" for none).
void validate_accelerator(const AcceleratorConfig& accel, std::string_view path = "");

}   // namespace cdse
