#include "core/evaluation/invariants_storage_json.h"

#include <sstream>
#include <string>

#include "core/evaluation/breakdown_json_fields.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"

namespace cdse {
namespace {

// Throws InputError naming "<path>.<key>.<field>" for a missing or mistyped field.
template <typename Breakdown, std::size_t N>
Breakdown read_stored_breakdown(const nlohmann::json& parent, std::string_view key, std::string_view path,
                                const BreakdownJsonField<Breakdown> (&fields)[N])
{
  const std::string where = json::child_path(path, key);
  const nlohmann::json& object = json::require(parent, key, path);
  Breakdown breakdown;
  for (const auto& field : fields)
    breakdown.*field.value = field.optional ? json::get_number_or(object, field.storage_key, where, 0.0)
                                            : json::get_number(object, field.storage_key, where);
  return breakdown;
}

// Files written before designs carried their source have no "accuracy_source": their accuracies
// load as "estimate", which is what every version before showed for them (docs/models/accuracy.md).
AccuracyOrigin read_accuracy_source(const nlohmann::json& j, bool available, std::string_view path)
{
  const std::string where = json::child_path(path, "accuracy_source");
  const nlohmann::json* stored = json::find(j, "accuracy_source");
  if (!stored)
    return available ? AccuracyOrigin::Estimate : AccuracyOrigin::None;
  const AccuracyOrigin origin = accuracy_origin_from_string(json::as_string(*stored, where), where);
  if (available == (origin == AccuracyOrigin::None))
    throw InputError(where, available ? "value \"none\" for an available accuracy"
                                      : "value \"" + std::string(to_string(origin)) +
                                            "\" for a design without accuracy (accuracy_available is false)");
  return origin;
}

}   // namespace

// Types and finiteness are checked while reading; a stored design must also make physical sense
// (a session or journal edited by hand, or damaged, must not put negative latencies on a plot).
void check_invariants_physical(const DesignInvariants& v, std::string_view path)
{
  const auto check = [&](const char* field, double value, double min, double max) {
    if (value < min || value > max) {
      std::ostringstream text;
      text << "value " << value << " is outside [" << min << ", " << max << "]";
      throw InputError(json::child_path(std::string(path), field), text.str());
    }
  };
  if (v.accuracy_available) {
    check("accuracy", v.accuracy, 0, 1);
    check("accuracy_low", v.accuracy_low, 0, 1);
    check("accuracy_high", v.accuracy_high, 0, 1);
  }
  check("latency_s", v.latency_s, 0, 1.0e6);
  check("energy_per_inference_j", v.energy_per_inference_j, 0, 1.0e9);
  check("dynamic_energy_j", v.dynamic_energy_j, 0, 1.0e9);
  check("static_power_w", v.static_power_w, 0, 1.0e6);
  check("area_mm2", v.area_mm2, 0, 1.0e6);
  check("peak_tops", v.peak_tops, 0, 1.0e9);
  check("weight_bytes", v.weight_bytes, 0, 1.0e15);
  check("dram_gb", v.dram_gb, 0, 1.0e6);
  check("node_nm", v.node_nm, 1, 1000);
  check("dram_packages", v.dram_packages, 0, 1.0e6);
  check("area.control_mm2", v.area.control_mm2, 0, 1.0e6);
  check("area.dram_phy_mm2", v.area.dram_phy_mm2, 0, 1.0e6);
}

nlohmann::json invariants_to_json(const DesignInvariants& v)
{
  nlohmann::json j = {{"latency_s", v.latency_s},
                      {"energy_per_inference_j", v.energy_per_inference_j},
                      {"dynamic_energy_j", v.dynamic_energy_j},
                      {"static_power_w", v.static_power_w},
                      {"area_mm2", v.area_mm2},
                      {"peak_tops", v.peak_tops},
                      {"weight_bytes", v.weight_bytes},
                      {"node_nm", v.node_nm},
                      {"area", breakdown_to_json(v.area, k_area_json_fields, ResultJsonFormat::Storage)},
                      {"energy", breakdown_to_json(v.energy, k_energy_json_fields, ResultJsonFormat::Storage)}};
  if (v.dram_gb > 0)   // absent: sized from the weights (no placeholder 0)
    j["dram_gb"] = v.dram_gb;
  if (v.dram_packages > 0)   // absent: an idealised DRAM link
    j["dram_packages"] = v.dram_packages;
  j["accuracy_available"] = v.accuracy_available;
  if (v.accuracy_available) {
    j["accuracy_source"] = std::string(to_string(v.accuracy_source));
    j["accuracy"] = v.accuracy;
    j["accuracy_low"] = v.accuracy_low;
    j["accuracy_high"] = v.accuracy_high;
  }
  return j;
}

DesignInvariants invariants_from_json(const nlohmann::json& j, std::string_view path)
{
  using namespace json;
  expect_object(j, path);
  DesignInvariants v;
  v.accuracy_available = get_bool(j, "accuracy_available", path);
  v.accuracy_source = read_accuracy_source(j, v.accuracy_available, path);
  if (v.accuracy_available) {
    v.accuracy = get_number(j, "accuracy", path);
    v.accuracy_low = get_number(j, "accuracy_low", path);
    v.accuracy_high = get_number(j, "accuracy_high", path);
  }
  v.latency_s = get_number(j, "latency_s", path);
  v.energy_per_inference_j = get_number(j, "energy_per_inference_j", path);
  v.dynamic_energy_j = get_number(j, "dynamic_energy_j", path);
  v.static_power_w = get_number(j, "static_power_w", path);
  v.area_mm2 = get_number(j, "area_mm2", path);
  v.peak_tops = get_number(j, "peak_tops", path);
  v.weight_bytes = get_number(j, "weight_bytes", path);
  // Absent when sized from the weights (and in files written before it was stored).
  v.dram_gb = get_number_or(j, "dram_gb", path, 0.0, 0.0, 1.0e6);
  v.node_nm = static_cast<int>(get_integer(j, "node_nm", path));
  // Absent for an idealised DRAM link (and in files written before channels were modelled).
  v.dram_packages = static_cast<int>(get_integer_or(j, "dram_packages", path, 0, 0, 1000000));
  v.area = read_stored_breakdown(j, "area", path, k_area_json_fields);
  v.energy = read_stored_breakdown(j, "energy", path, k_energy_json_fields);
  check_invariants_physical(v, path);
  return v;
}

}   // namespace cdse
