#include "core/hardware/accumulator.h"

#include "core/io/json_fields.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

int guard_bits()
{
  static const int bits = [] {
    const json::Json doc = embedded_json("data/technology_22nm.json");
    const auto& section = json::require(doc, "accumulator", "data/technology_22nm.json");
    return static_cast<int>(json::get_integer(section, "guard_bits", "data/technology_22nm.json.accumulator", 0, 64));
  }();
  return bits;
}

}   // namespace

int accumulator_bits(int precision_bits)
{
  const int bits = 2 * precision_bits + guard_bits();
  return (bits + 7) / 8 * 8;
}

double psum_bytes(const AcceleratorConfig& accel) { return accumulator_bits(accel.precision_bits) / 8.0; }

double accumulator_bytes_per_cluster(const AcceleratorConfig& accel)
{
  return static_cast<double>(accel.accumulator_rows) * accel.pe_width * psum_bytes(accel);
}

}   // namespace cdse
