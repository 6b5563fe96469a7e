#include "core/search/scenario/scenario_space_parser.h"

#include <algorithm>
#include <cmath>

#include "core/hardware/accelerator_json.h"
#include "core/hardware/accelerator_validation.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_preset.h"

namespace cdse {

namespace {

using json::Json;

// No knob may list more values than this: larger lists are typos, not search spaces.
constexpr std::int64_t k_max_knob_values = 4096;

std::string knob_value_problem(bool integer)
{
  return integer ? "must be a positive integer" : "must be a positive number";
}

double checked_value(const Json& v, const std::string& path, bool integer, double max)
{
  if (!v.is_number() ||
      (integer && !v.is_number_integer() && !(v.is_number_float() && v.get<double>() == std::floor(v.get<double>()))))
    throw InputError(path, knob_value_problem(integer) + ", got " + json::describe(v));
  const double x = v.get<double>();
  if (!std::isfinite(x) || x <= 0)
    throw InputError(path, knob_value_problem(integer) + ", got " + json::describe(v));
  if (x > max)
    throw InputError(path, "must be at most " + json::describe(Json(max)) + ", got " + json::describe(v));
  return x;
}

// A knob given as a list, a {min, max, step} range, a {min, max, factor} geometric range, or a
// range of fractions of the preset's value ("relative": true). A scalar means "fixed".
std::vector<double> parse_knob_values(const Json& spec, const std::string& path, bool integer, double max,
                                      double preset_value)
{
  std::vector<double> values;
  if (spec.is_array()) {
    if (spec.empty())
      throw InputError(path, "the list of values is empty");
    if (static_cast<std::int64_t>(spec.size()) > k_max_knob_values)
      throw InputError(path, "more than " + std::to_string(k_max_knob_values) + " values");
    for (std::size_t i = 0; i < spec.size(); ++i)
      values.push_back(checked_value(spec[i], json::index_path(path, i), integer, max));
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 1; i < sorted.size(); ++i)
      if (sorted[i] == sorted[i - 1])
        throw InputError(path, "the value " + json::describe(Json(sorted[i])) + " is listed twice");
    return sorted;
  }
  if (!spec.is_object())
    throw InputError(path, "expected a number, a list of values or a {\"min\", \"max\", \"step\"} range, got " +
                               json::describe(spec));
  json::reject_unknown_keys(spec, path, {"min", "max", "step", "factor", "relative"});
  const bool relative = json::get_bool_or(spec, "relative", path, false);
  const double low = relative
                         ? json::get_number(spec, "min", path, 1e-6, 1e6)
                         : checked_value(json::require(spec, "min", path), json::child_path(path, "min"), integer, max);
  const double high = relative
                          ? json::get_number(spec, "max", path, 1e-6, 1e6)
                          : checked_value(json::require(spec, "max", path), json::child_path(path, "max"), integer, max);
  if (high < low)
    throw InputError(json::child_path(path, "max"), "must not be smaller than min (" + json::describe(Json(low)) + ")");
  const bool geometric = json::find(spec, "factor") != nullptr;
  if (geometric && json::find(spec, "step"))
    throw InputError(path, "give either \"step\" or \"factor\", not both");
  const double step = geometric ? json::get_number(spec, "factor", path, 1.0 + 1e-9, 1e6)
                                : json::get_number_or(spec, "step", path, 1.0, 1e-9, 1e12);
  const double count = geometric ? std::floor(std::log(high / low) / std::log(step) + 1e-9) + 1
                                 : std::floor((high - low) / step + 1e-9) + 1;
  if (count > static_cast<double>(k_max_knob_values))
    throw InputError(path, "the range has " + json::describe(Json(count)) + " values, more than " +
                               std::to_string(k_max_knob_values));
  for (int i = 0; i < static_cast<int>(count); ++i) {
    double v = geometric ? low * std::pow(step, i) : low + step * i;
    if (relative)
      v = std::floor(v * preset_value + 1e-6);   // e.g. eighths of the original width
    if (integer)
      v = std::round(v);
    if (v <= 0 || v > max)
      throw InputError(path, "the range produces the value " + json::describe(Json(v)) +
                                 (v <= 0 ? ", which is not positive" : ", which is above the limit"));
    if (values.empty() || v > values.back())
      values.push_back(v);
  }
  return values;
}

struct FieldRule {
  std::string_view name;
  bool integer;
  double max;
};

double model_field_value(const EncoderShape& s, std::string_view field)
{
  if (field == "layers")
    return s.layers;
  if (field == "heads")
    return s.heads;
  if (field == "kv_heads")
    return s.effective_kv_heads();
  if (field == "ffn")
    return s.ffn;
  if (field == "embed")
    return s.embed;
  return s.tokens;
}

}   // namespace

void parse_model_section(const Json& j, Scenario& s)
{
  const std::string path = "model";
  json::expect_object(j, path);
  const std::string preset_id = json::get_string(j, "preset", path);
  const ModelPreset& preset = model_preset(preset_id, "model.preset");
  std::vector<std::string_view> allowed{"preset", "sequence_length"};
  for (const auto& st : preset.stacks)
    allowed.push_back(st.shape.name);
  json::reject_unknown_keys(j, path, allowed);

  // Fixed values go through the workload's own parser (its limits and cross-checks); ranges
  // become knobs, each value checked against the same limits.
  Json fixed = {{"preset", preset_id}};
  if (const Json* seq = json::find(j, "sequence_length"))
    fixed["sequence_length"] = *seq;
  const FieldRule rules[] = {{"layers", true, k_max_layers},  {"heads", true, k_max_heads},
                             {"kv_heads", true, k_max_heads}, {"ffn", true, k_max_width},
                             {"embed", true, k_max_width},    {"tokens", true, k_max_tokens}};
  std::vector<SearchKnob> knobs;
  for (const auto& st : preset.stacks) {
    const Json* stack = json::find(j, st.shape.name);
    if (!stack)
      continue;
    const std::string stack_path = json::child_path(path, st.shape.name);
    json::expect_object(*stack, stack_path);
    json::reject_unknown_keys(*stack, stack_path, {"layers", "heads", "kv_heads", "ffn", "embed", "tokens"});
    Json fixed_stack = Json::object();
    for (const auto& rule : rules) {
      const Json* spec = json::find(*stack, rule.name);
      if (!spec)
        continue;
      const std::string field_path = json::child_path(stack_path, rule.name);
      if (spec->is_number() || spec->is_boolean() || spec->is_string() || spec->is_null()) {
        fixed_stack[std::string(rule.name)] = *spec;
        continue;
      }
      auto values = parse_knob_values(*spec, field_path, rule.integer, rule.max, model_field_value(st.shape, rule.name));
      if (values.size() == 1)
        fixed_stack[std::string(rule.name)] = static_cast<std::int64_t>(values.front());
      else
        knobs.push_back({st.shape.name + "." + std::string(rule.name), std::move(values), {}});
    }
    if (!fixed_stack.empty())
      fixed[st.shape.name] = fixed_stack;
  }
  s.base.model = parse_model_config(fixed, path);
  s.knobs.insert(s.knobs.end(), knobs.begin(), knobs.end());
}

void parse_hardware_section(const Json& j, Scenario& s)
{
  const std::string path = "hardware";
  json::expect_object(j, path);
  const auto& fields = hardware_knob_fields();
  std::vector<std::string_view> allowed(fields.begin(), fields.end());
  allowed.push_back("gelu");   // fixed hardware options, not search knobs
  allowed.push_back("weight_double_buffer");
  json::reject_unknown_keys(j, path, allowed);
  using L = AcceleratorLimits;
  const FieldRule rules[] = {{"clusters", true, double(L::max_clusters)},
                             {"pe_width", true, double(L::max_pe_dimension)},
                             {"pe_depth", true, double(L::max_pe_dimension)},
                             {"l2_kb", false, L::max_l2_kb},
                             {"l2_bw_words", false, L::max_bw_words},
                             {"glb_mb", false, L::max_glb_mb},
                             {"glb_bw_words", false, L::max_bw_words},
                             {"dram_bw_words", false, L::max_bw_words},
                             {"frequency_mhz", false, L::max_frequency_mhz},
                             {"node_nm", true, 1000},
                             {"precision_bits", true, 64},
                             {"dram_gb", false, L::max_dram_gb},
                             {"accumulator_rows", true, double(L::max_accumulator_rows)},
                             {"dram_channels", true, double(L::max_dram_channels)}};
  // Fixed fields start from the reference accelerator (CATransformers configurations.py) and go through its parser.
  Json fixed = to_json(AcceleratorConfig{});
  // DRAM channels set the link's bandwidth: the reference's idealised link stays only when the
  // scenario names it (and then channels above 0 are refused, naming both fields).
  if (json::find(j, "dram_channels") && !json::find(j, "dram_bw_words"))
    fixed.erase("dram_bw_words");
  std::vector<SearchKnob> knobs;
  for (const auto& rule : rules) {
    const Json* spec = json::find(j, rule.name);
    if (!spec)
      continue;
    const std::string field_path = json::child_path(path, rule.name);
    if (!spec->is_array() && !spec->is_object()) {
      fixed[std::string(rule.name)] = *spec;
      continue;
    }
    auto values = parse_knob_values(*spec, field_path, rule.integer, rule.max, 1.0);
    if (values.size() == 1)
      fixed[std::string(rule.name)] = rule.integer ? Json(static_cast<std::int64_t>(values[0])) : Json(values[0]);
    else
      knobs.push_back({"hw." + std::string(rule.name), std::move(values), {}});
  }
  // Fields whose values are names: one name is fixed, a list of names is a categorical knob.
  for (const char* named : {"dram_type", "dataflow"}) {
    const Json* spec = json::find(j, named);
    if (!spec)
      continue;
    const std::string named_path = json::child_path(path, named);
    if (!spec->is_array()) {
      fixed[named] = *spec;
      continue;
    }
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < spec->size(); ++i) {
      labels.push_back(json::as_string((*spec)[i], json::index_path(named_path, i)));
      if (std::count(labels.begin(), labels.end(), labels.back()) > 1)
        throw InputError(json::index_path(named_path, i), "\"" + labels.back() + "\" is listed twice");
    }
    if (labels.empty())
      throw InputError(named_path, "the list of values is empty");
    if (labels.size() == 1)
      fixed[named] = labels[0];
    else
      knobs.push_back({"hw." + std::string(named), {}, std::move(labels)});
  }
  if (const Json* gelu = json::find(j, "gelu"))
    fixed["gelu"] = json::as_string(*gelu, json::child_path(path, "gelu"));
  if (const Json* buffer = json::find(j, "weight_double_buffer"))
    fixed["weight_double_buffer"] = json::as_bool(*buffer, json::child_path(path, "weight_double_buffer"));
  s.base.accel = parse_accelerator(fixed, path);
  // Every knob value must make a valid accelerator on its own (node supported, DRAM type known...).
  for (const auto& knob : knobs) {
    const std::string field = knob.name.substr(3);
    for (int i = 0; i < knob.size(); ++i) {
      Json probe = fixed;
      if (knob.categorical())
        probe[field] = knob.labels[static_cast<std::size_t>(i)];
      else
        probe[field] = knob.values[static_cast<std::size_t>(i)];
      try {
        parse_accelerator(probe, "");
      } catch (const InputError& e) {
        throw InputError(json::index_path(json::child_path(path, field), static_cast<std::size_t>(i)), e.problem());
      }
    }
  }
  s.knobs.insert(s.knobs.end(), knobs.begin(), knobs.end());
}

}   // namespace cdse
