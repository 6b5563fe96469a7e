#pragma once
// A user-defined workload: a JSON list of GEMMs and vector ops, so any network can be modelled.
//   {"name": "my-net", "parameters": 1200000,
//    "ops": [{"kind": "gemm", "name": "fc", "m": 128, "k": 512, "n": 512, "count": 4},
//            {"kind": "softmax", "name": "attn_softmax", "elements": 16384, "row_length": 128, "count": 4}]}
#include <string_view>

#include "core/io/json_fields.h"
#include "core/workload/workload.h"

namespace cdse {

inline constexpr std::int64_t k_max_custom_ops = 100000;
inline constexpr std::int64_t k_max_gemm_dim = 1 << 24;
inline constexpr std::int64_t k_max_op_count = 1000000;
inline constexpr double k_max_macs_per_op = 1e15;

Workload parse_custom_workload(const json::Json& j, std::string_view path);
json::Json to_json(const Workload& workload);

}   // namespace cdse
