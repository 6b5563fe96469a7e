#include "core/hardware/accelerator_validation.h"

#include <cmath>
#include <sstream>
#include <string>

#include "core/hardware/dram_types.h"
#include "core/hardware/supply_voltage.h"
#include "core/hardware/technology.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"

namespace cdse {
namespace {

std::string format(double v)
{
  std::ostringstream out;
  out.precision(12);
  out << v;
  return out.str();
}

void check_range(double value, double min, double max, std::string_view path, std::string_view field)
{
  if (!std::isfinite(value) || value < min || value > max)
    throw InputError(json::child_path(path, field), "value " + format(value) + " is outside the allowed range [" +
                                                        format(min) + ", " + format(max) + "]");
}

// Re-labels an InputError from a table lookup with the configuration's own path.
template <typename Lookup>
void check_lookup(Lookup lookup, std::string_view path, std::string_view field)
{
  try {
    lookup();
  } catch (const InputError& e) {
    throw InputError(json::child_path(path, field), e.problem());
  }
}

}   // namespace

void validate_accelerator(const AcceleratorConfig& a, std::string_view path)
{
  using L = AcceleratorLimits;
  check_range(a.clusters, 1, L::max_clusters, path, "clusters");
  check_range(a.pe_width, 1, L::max_pe_dimension, path, "pe_width");
  check_range(a.pe_depth, 1, L::max_pe_dimension, path, "pe_depth");
  const double total_pes = static_cast<double>(a.clusters) * a.pe_width * a.pe_depth;
  if (total_pes > static_cast<double>(L::max_total_pes))
    throw InputError(json::child_path(path, "pe_depth"), "clusters x pe_width x pe_depth = " + format(total_pes) +
                                                             " PEs, more than the limit of " +
                                                             std::to_string(L::max_total_pes));
  check_range(a.l2_kb, L::min_l2_kb, L::max_l2_kb, path, "l2_kb");
  check_range(a.l2_bw_words, L::min_bw_words, L::max_bw_words, path, "l2_bw_words");
  check_range(a.glb_mb, L::min_glb_mb, L::max_glb_mb, path, "glb_mb");
  check_range(a.glb_bw_words, L::min_bw_words, L::max_bw_words, path, "glb_bw_words");
  check_range(a.dram_bw_words, L::min_bw_words, L::max_bw_words, path, "dram_bw_words");
  check_range(a.frequency_mhz, L::min_frequency_mhz, L::max_frequency_mhz, path, "frequency_mhz");
  check_range(a.dram_gb, 0.0, L::max_dram_gb, path, "dram_gb");
  check_range(a.accumulator_rows, 0, L::max_accumulator_rows, path, "accumulator_rows");
  check_lookup([&] { node_scale_from_22nm(a.node_nm); }, path, "node_nm");
  check_lookup([&] { operating_point(a.node_nm, a.frequency_mhz); }, path, "frequency_mhz");
  check_lookup([&] { precision_scale(a.precision_bits); }, path, "precision_bits");
  check_lookup([&] { dram_energy_j_per_byte(a.dram_type); }, path, "dram_type");
  check_range(a.dram_channels, 0, L::max_dram_channels, path, "dram_channels");
  if (a.dram_channels > 0)
    check_lookup([&] { dram_phy_area_mm2_per_channel(a.dram_type, a.node_nm); }, path, "dram_channels");
  if (a.gelu == GeluImplementation::Lut && a.precision_bits > k_gelu_lut_max_precision_bits)
    throw InputError(json::child_path(path, "gelu"),
                     "a lookup-table GELU needs precision_bits <= " + std::to_string(k_gelu_lut_max_precision_bits) +
                         " (a 2^precision_bits-entry table per lane); this accelerator has " +
                         std::to_string(a.precision_bits) + "-bit words: use \"erf\" or \"tanh\"");
}

}   // namespace cdse
