#include "core/hardware/supply_voltage.h"

#include <array>
#include <cmath>
#include <map>
#include <sstream>
#include <string>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/io/resources.h"

namespace cdse {
namespace {

using Cubic = std::array<double, 4>;   // a3, a2, a1, a0

struct VoltageTables {
  double reference_vdd_v = 0.8, reference_mhz = 625;
  double min_vdd_v = 0.5, max_vdd_v = 1.2;
  std::map<int, Cubic> curve_by_node;
};

double delay(const Cubic& c, double v) { return ((c[0] * v + c[1]) * v + c[2]) * v + c[3]; }

const VoltageTables& tables()
{
  static const VoltageTables t = [] {
    const std::string file = "data/voltage_frequency.json";
    const json::Json doc = embedded_json(file);
    VoltageTables out;
    const auto& reference = json::require(doc, "reference", file);
    out.reference_vdd_v = json::get_number(reference, "vdd_v", file + ".reference", 0.1, 5.0);
    out.reference_mhz = json::get_number(reference, "frequency_mhz", file + ".reference", 1.0, 1e5);
    const auto& range = json::require(doc, "vdd_range_v", file);
    out.min_vdd_v = json::as_number(range.at(0), file + ".vdd_range_v[0]", 0.1, 5.0);
    out.max_vdd_v = json::as_number(range.at(1), file + ".vdd_range_v[1]", out.min_vdd_v, 5.0);
    std::map<std::string, Cubic> fits;
    const auto& fit_json = json::require(doc, "delay_fits", file);
    for (auto it = fit_json.begin(); it != fit_json.end(); ++it) {
      Cubic c{};
      for (std::size_t i = 0; i < 4; ++i)
        c[i] = json::as_number(it->at(i), file + ".delay_fits." + it.key(), -1e6, 1e6);
      fits[it.key()] = c;
    }
    const auto& nodes = json::require(doc, "node_curves", file);
    for (auto it = nodes.begin(); it != nodes.end(); ++it)
      out.curve_by_node[std::stoi(it.key())] = fits.at(it->get<std::string>());
    return out;
  }();
  return t;
}

const Cubic& curve(int node_nm)
{
  const auto& t = tables();
  const auto it = t.curve_by_node.find(node_nm);
  if (it == t.curve_by_node.end())
    throw InputError("node_nm", "no supply-voltage curve for " + std::to_string(node_nm) + " nm");
  return it->second;
}

std::string mhz(double v)
{
  std::ostringstream out;
  out.precision(5);
  out << v;
  return out.str();
}

}   // namespace

double max_frequency_mhz(int node_nm)
{
  const auto& t = tables();
  const Cubic& c = curve(node_nm);
  return t.reference_mhz * delay(c, t.reference_vdd_v) / delay(c, t.max_vdd_v);
}

OperatingPoint operating_point(int node_nm, double frequency_mhz)
{
  const auto& t = tables();
  const Cubic& c = curve(node_nm);
  // The delay the clock allows; the fits fall monotonically over the range, so bisect for it.
  const double target = delay(c, t.reference_vdd_v) * t.reference_mhz / frequency_mhz;
  double v = t.min_vdd_v;
  if (delay(c, t.min_vdd_v) > target) {
    if (delay(c, t.max_vdd_v) > target * (1.0 + 1e-12))
      throw InputError("frequency_mhz", mhz(frequency_mhz) + " MHz needs more than " + mhz(t.max_vdd_v) + " V at " +
                                            std::to_string(node_nm) + " nm: at most " + mhz(max_frequency_mhz(node_nm)) +
                                            " MHz");
    double lo = t.min_vdd_v, hi = t.max_vdd_v;
    for (int i = 0; i < 60; ++i) {
      const double mid = 0.5 * (lo + hi);
      (delay(c, mid) > target ? lo : hi) = mid;
    }
    v = hi;
  }
  // The reference clock gives the reference voltage exactly, so the tables' own numbers stay as
  // they are.
  if (frequency_mhz == t.reference_mhz)
    v = t.reference_vdd_v;
  const double ratio = v / t.reference_vdd_v;
  return {v, ratio * ratio, ratio};
}

double reference_vdd_v() { return tables().reference_vdd_v; }

}   // namespace cdse
