#include "core/hardware/technology.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/io/input_error.h"
#include "core/io/resources.h"

// Node scaling relative to 22 nm from resources/data/node_scaling.json.
namespace cdse {
namespace {

double number_at(const json::Json& object, std::string_view key, std::string_view path)
{
  return json::get_number(object, key, path, 0.0);
}

// Stillmaker-Baas table and the foundry steps below 7 nm, read once.
struct NodeScalingData {
  std::vector<double> nodes_nm;   // descending, 130 ... 7
  std::vector<double> area_vs_45;
  std::vector<double> energy_value;   // a·V² + b·V + c at the common Vdd
  struct Step {
    double node_nm, from_node_nm, area, energy;
  };
  std::vector<Step> steps;   // in order: 5 from 7, 3 from 5
  std::vector<int> supported;
};

NodeScalingData load_node_scaling()
{
  const json::Json doc = embedded_json("data/node_scaling.json");
  const std::string file = "data/node_scaling.json";
  NodeScalingData d;
  const auto& sb = json::require(doc, "stillmaker_baas_2017", file);
  const double vdd = number_at(sb, "vdd_v", file);
  const auto nodes = json::require(sb, "nodes_nm", file).get<std::vector<double>>();
  const auto area = json::require(sb, "area_relative_to_45nm", file).get<std::vector<double>>();
  const auto a = json::require(sb, "energy_vdd2_coefficient", file).get<std::vector<double>>();
  const auto b = json::require(sb, "energy_vdd_coefficient", file).get<std::vector<double>>();
  const auto c = json::require(sb, "energy_constant", file).get<std::vector<double>>();
  if (area.size() != nodes.size() || a.size() != nodes.size() || b.size() != nodes.size() || c.size() != nodes.size())
    throw std::logic_error(file + ": Stillmaker-Baas columns differ in length");
  d.nodes_nm = nodes;
  d.area_vs_45 = area;
  for (std::size_t i = 0; i < nodes.size(); ++i)
    d.energy_value.push_back(a[i] * vdd * vdd + b[i] * vdd + c[i]);
  for (const auto& s : json::require(json::require(doc, "beyond_7nm", file), "steps", file)) {
    NodeScalingData::Step step;
    step.node_nm = number_at(s, "node_nm", file);
    step.from_node_nm = number_at(s, "from_node_nm", file);
    step.area = 1.0 / number_at(s, "logic_density_gain", file);
    step.energy = 1.0 - number_at(s, "power_reduction", file);
    d.steps.push_back(step);
  }
  d.supported = json::require(doc, "supported_nodes_nm", file).get<std::vector<int>>();
  return d;
}

const NodeScalingData& node_scaling_data()
{
  static const NodeScalingData data = load_node_scaling();
  return data;
}

struct RawFactors {
  double area, energy;
};

// Table factors (area relative to 45 nm, energy-polynomial value) at any node from 3 to 130 nm.
// Between table entries: linear in nanometres (22 nm lies 5/6 of the way from 32 to 20 nm).
RawFactors raw_factors(const NodeScalingData& d, double node_nm)
{
  const auto& n = d.nodes_nm;
  if (node_nm < n.back()) {
    for (const auto& step : d.steps) {
      if (step.node_nm == node_nm) {
        const RawFactors from = raw_factors(d, step.from_node_nm);
        return {from.area * step.area, from.energy * step.energy};
      }
    }
    throw std::logic_error("node_scaling.json: no rule for " + std::to_string(node_nm) + " nm");
  }
  for (std::size_t i = 0; i + 1 < n.size(); ++i) {
    if (node_nm <= n[i] && node_nm >= n[i + 1]) {
      const double t = (n[i] - node_nm) / (n[i] - n[i + 1]);
      return {d.area_vs_45[i] + t * (d.area_vs_45[i + 1] - d.area_vs_45[i]),
              d.energy_value[i] + t * (d.energy_value[i + 1] - d.energy_value[i])};
    }
  }
  throw std::logic_error("node_scaling.json: " + std::to_string(node_nm) + " nm outside the table");
}

std::string supported_nodes_text()
{
  std::string out;
  for (int n : node_scaling_data().supported)
    out += (out.empty() ? "" : ", ") + std::to_string(n);
  return out;
}

}   // namespace

std::vector<int> supported_nodes_nm() { return node_scaling_data().supported; }

NodeScale node_scale_from_22nm(int node_nm)
{
  const auto& d = node_scaling_data();
  if (std::find(d.supported.begin(), d.supported.end(), node_nm) == d.supported.end())
    throw InputError("node_nm", "unsupported technology node " + std::to_string(node_nm) +
                                    " nm (supported: " + supported_nodes_text() + ")");
  const RawFactors at = raw_factors(d, node_nm);
  const RawFactors base = raw_factors(d, 22);
  NodeScale s;
  s.area = at.area / base.area;
  s.energy = at.energy / base.energy;
  s.leakage = s.energy;   // Accelergy scales leakage like energy across nodes
  return s;
}

}   // namespace cdse
