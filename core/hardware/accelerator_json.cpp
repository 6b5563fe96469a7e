#include "core/hardware/accelerator_json.h"

#include <charconv>

#include "core/hardware/accelerator_validation.h"
#include "core/io/input_error.h"

namespace cdse {
namespace {

void append_number(std::string& out, double v)
{
  if (v == 0)
    v = 0;   // -0 and 0 are the same configuration
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
  out.append(buffer, result.ptr);
}

}   // namespace

AcceleratorConfig parse_accelerator(const json::Json& j, std::string_view path)
{
  using L = AcceleratorLimits;
  json::reject_unknown_keys(j, path,
                            {"clusters", "pe_width", "pe_depth", "l2_kb", "l2_bw_words", "glb_mb", "frequency_mhz",
                             "node_nm", "precision_bits", "glb_bw_words", "dram_bw_words", "dram_type", "dram_gb", "gelu",
                             "weight_double_buffer", "accumulator_rows", "dram_channels", "dataflow"});
  AcceleratorConfig a;
  a.clusters = static_cast<int>(json::get_integer(j, "clusters", path, 1, L::max_clusters));
  a.pe_width = static_cast<int>(json::get_integer(j, "pe_width", path, 1, L::max_pe_dimension));
  a.pe_depth = static_cast<int>(json::get_integer(j, "pe_depth", path, 1, L::max_pe_dimension));
  a.l2_kb = json::get_number(j, "l2_kb", path, L::min_l2_kb, L::max_l2_kb);
  a.l2_bw_words = json::get_number(j, "l2_bw_words", path, L::min_bw_words, L::max_bw_words);
  a.glb_mb = json::get_number(j, "glb_mb", path, L::min_glb_mb, L::max_glb_mb);
  a.frequency_mhz = json::get_number_or(j, "frequency_mhz", path, a.frequency_mhz, L::min_frequency_mhz,
                                        L::max_frequency_mhz);
  a.node_nm = static_cast<int>(json::get_integer_or(j, "node_nm", path, a.node_nm, 1, 1000));
  a.precision_bits = static_cast<int>(json::get_integer_or(j, "precision_bits", path, a.precision_bits, 1, 64));
  a.glb_bw_words = json::get_number_or(j, "glb_bw_words", path, a.glb_bw_words, L::min_bw_words, L::max_bw_words);
  a.dram_bw_words = json::get_number_or(j, "dram_bw_words", path, a.dram_bw_words, L::min_bw_words, L::max_bw_words);
  a.dram_type = json::get_string_or(j, "dram_type", path, a.dram_type);
  // Absent (files written before DRAM channels were modelled) means the idealised link.
  a.dram_channels = static_cast<int>(
      json::get_integer_or(j, "dram_channels", path, a.dram_channels, 0, L::max_dram_channels));
  if (a.dram_channels > 0 && json::find(j, "dram_bw_words"))
    throw InputError(json::child_path(path, "dram_bw_words"),
                     "the DRAM link's bandwidth comes from dram_channels (" + std::to_string(a.dram_channels) +
                         " channels of " + a.dram_type + "); give dram_channels or dram_bw_words, not both");
  a.dram_gb = json::get_number_or(j, "dram_gb", path, a.dram_gb, 0.0, L::max_dram_gb);
  const std::string gelu = json::get_string_or(j, "gelu", path, std::string(to_string(a.gelu)));
  if (!parse_gelu_implementation(gelu, a.gelu))
    throw InputError(json::child_path(path, "gelu"),
                     "unknown GELU implementation \"" + gelu + "\" (valid: " + gelu_implementation_names() + ")");
  // Absent (files written before the option existed) means the default, double-buffered.
  a.weight_double_buffer = json::get_bool_or(j, "weight_double_buffer", path, a.weight_double_buffer);
  // Absent (files written before accumulators were modelled) means the default buffer.
  a.accumulator_rows = static_cast<int>(
      json::get_integer_or(j, "accumulator_rows", path, a.accumulator_rows, 0, L::max_accumulator_rows));
  // Absent (files written before dataflows were modelled) means weight stationary, as they were.
  const std::string dataflow = json::get_string_or(j, "dataflow", path, std::string(to_string(a.dataflow)));
  if (!parse_dataflow(dataflow, a.dataflow))
    throw InputError(json::child_path(path, "dataflow"),
                     "unknown dataflow \"" + dataflow + "\" (valid: " + dataflow_names() + ")");
  // Cross-field limits (total PEs) and table lookups (node, word size, DRAM type).
  validate_accelerator(a, path);
  return a;
}

json::Json to_json(const AcceleratorConfig& a)
{
  json::Json j{{"clusters", a.clusters},
               {"pe_width", a.pe_width},
               {"pe_depth", a.pe_depth},
               {"l2_kb", a.l2_kb},
               {"l2_bw_words", a.l2_bw_words},
               {"glb_mb", a.glb_mb},
               {"frequency_mhz", a.frequency_mhz},
               {"node_nm", a.node_nm},
               {"precision_bits", a.precision_bits},
               {"glb_bw_words", a.glb_bw_words},
               {"dram_type", a.dram_type},
               {"dram_channels", a.dram_channels},
               {"gelu", std::string(to_string(a.gelu))},
               {"weight_double_buffer", a.weight_double_buffer},
               {"accumulator_rows", a.accumulator_rows},
               {"dataflow", std::string(to_string(a.dataflow))}};
  // With channels the link's bandwidth is theirs: dram_bw_words would be a second, unused value.
  if (a.dram_channels == 0)
    j["dram_bw_words"] = a.dram_bw_words;
  // 0 means "sized from the model's weights": absent rather than a placeholder number.
  if (a.dram_gb > 0)
    j["dram_gb"] = a.dram_gb;
  return j;
}

std::string accelerator_key(const AcceleratorConfig& a)
{
  std::string key;
  key.reserve(96);
  auto field = [&](const char* name, double v) {
    key += name;
    append_number(key, v);
    key += '_';
  };
  field("c", a.clusters);
  field("w", a.pe_width);
  field("d", a.pe_depth);
  field("l2kb", a.l2_kb);
  field("l2bw", a.l2_bw_words);
  field("glbmb", a.glb_mb);
  field("glbbw", a.glb_bw_words);
  field("drambw", a.dram_bw_words);
  field("mhz", a.frequency_mhz);
  field("nm", a.node_nm);
  field("bits", a.precision_bits);
  field("dramgb", a.dram_gb);
  key += a.dram_type;
  key += '_';
  key += to_string(a.gelu);
  key += a.weight_double_buffer ? "_wdb1" : "_wdb0";
  key += "_acc";
  append_number(key, a.accumulator_rows);
  if (a.dram_channels > 0) {   // absent for the idealised link: keys written before stay the same
    key += "_ch";
    append_number(key, a.dram_channels);
  }
  if (a.dataflow != Dataflow::WeightStationary) {   // likewise absent for the default
    key += "_df";
    key += to_string(a.dataflow);
  }
  return key;
}

}   // namespace cdse
