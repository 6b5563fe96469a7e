#pragma once
// Reading and writing an accelerator configuration as JSON, and its canonical key.
//   {"clusters": 4, "pe_width": 256, "pe_depth": 16, "l2_kb": 1024, "l2_bw_words": 128,
//    "glb_mb": 8, "frequency_mhz": 625, "node_nm": 22, "precision_bits": 8,
//    "glb_bw_words": 512, "dram_bw_words": 128, "dram_type": "lpddr4", "dram_gb": 0, "gelu": "erf",
//    "weight_double_buffer": true, "accumulator_rows": 256, "dram_channels": 0, "dataflow": "ws"}
// The first six fields are required; the others default to the reference's values, except
// weight_double_buffer and accumulator_rows, which default to the modelled buffers (files written
// before they existed included). dram_channels > 0 sets the link's bandwidth, so it cannot come
// with dram_bw_words; to_json writes dram_bw_words only for the idealised link (0 channels).
#include <string>
#include <string_view>

#include "core/hardware/accelerator_config.h"
#include "core/io/json_fields.h"

namespace cdse {

// Throws InputError naming "<path>.<field>" for a missing, mistyped, unknown or out-of-limit field
// (limits in accelerator_validation.h).
AcceleratorConfig parse_accelerator(const json::Json& j, std::string_view path);
json::Json to_json(const AcceleratorConfig& accel);
// One string per distinct configuration (every field, numbers in shortest round-trip form), for
// caches and de-duplication: equal configurations give equal keys and different ones differ.
std::string accelerator_key(const AcceleratorConfig& accel);

}   // namespace cdse
