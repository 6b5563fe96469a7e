#include "core/search/scenario/scenario.h"
#include "core/search/scenario/scenario_space_parser.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/hardware/accelerator_json.h"
#include "core/hardware/accelerator_validation.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/search/algorithms/algorithm_registry.h"
#include "core/io/resources.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_preset.h"

namespace cdse {

namespace {

using json::Json;

constexpr std::int64_t k_max_budget = 100'000'000;

void parse_constraints(const Json& j, Scenario& s)
{
  const std::string path = "constraints";
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path,
                            {"max_latency_ms", "max_area_mm2", "max_peak_tops", "min_accuracy", "max_total_carbon_kg",
                             "max_energy_per_inference_mj"});
  auto& c = s.constraints;
  if (json::find(j, "max_latency_ms"))
    c.max_latency_s = json::get_number(j, "max_latency_ms", path, 1e-9, 1e9) / 1e3;
  if (json::find(j, "max_area_mm2"))
    c.max_area_mm2 = json::get_number(j, "max_area_mm2", path, 1e-9, 1e7);
  if (json::find(j, "max_peak_tops"))
    c.max_peak_tops = json::get_number(j, "max_peak_tops", path, 1e-9, 1e9);
  if (json::find(j, "min_accuracy"))
    c.min_accuracy = json::get_number(j, "min_accuracy", path, 0.0, 1.0);
  if (json::find(j, "max_total_carbon_kg"))
    c.max_total_carbon_kg = json::get_number(j, "max_total_carbon_kg", path, 1e-12, 1e12);
  if (json::find(j, "max_energy_per_inference_mj"))
    c.max_energy_per_inference_j = json::get_number(j, "max_energy_per_inference_mj", path, 1e-12, 1e12) / 1e3;
}

void parse_objectives(const Json& root, Scenario& s)
{
  const Json* mode = json::find(root, "mode");
  const Json* objectives = json::find(root, "objectives");
  if (mode) {
    const std::string id = json::as_string(*mode, "mode");
    const auto parsed = parse_mode(id);
    if (!parsed) {
      std::string known;
      for (auto m : all_modes())
        known += (known.empty() ? "" : ", ") + std::string(mode_id(m));
      throw InputError("mode", "unknown mode \"" + id + "\" (known: " + known + ")");
    }
    s.mode = *parsed;
  }
  if (objectives) {
    json::expect_array(*objectives, "objectives");
    if (mode && s.mode != SearchMode::Custom)
      throw InputError("objectives", "give either a mode or a list of objectives (or mode \"custom\")");
    if (objectives->size() < 2 || objectives->size() > 3)
      throw InputError("objectives", "choose 2 or 3 objectives, got " + std::to_string(objectives->size()));
    for (std::size_t i = 0; i < objectives->size(); ++i) {
      const std::string where = json::index_path("objectives", i);
      const std::string id = json::as_string((*objectives)[i], where);
      const auto o = parse_objective(id);
      if (!o) {
        std::string known;
        for (auto x : all_objectives())
          known += (known.empty() ? "" : ", ") + std::string(objective_id(x));
        throw InputError(where, "unknown objective \"" + id + "\" (known: " + known + ")");
      }
      if (std::find(s.custom_objectives.begin(), s.custom_objectives.end(), *o) != s.custom_objectives.end())
        throw InputError(where, "\"" + id + "\" is listed twice");
      s.custom_objectives.push_back(*o);
    }
    s.mode = SearchMode::Custom;
  } else if (s.mode == SearchMode::Custom) {
    throw InputError("objectives", "mode \"custom\" needs a list of 2 or 3 objectives");
  }
}

void parse_search_section(const Json& j, Scenario& s)
{
  const std::string path = "search";
  json::expect_object(j, path);
  std::vector<std::string> keys = {"algorithm", "budget", "seed", "batch_size"};
  for (auto& key : algorithm_option_keys())
    keys.push_back(std::move(key));
  json::reject_unknown_keys(j, path, std::vector<std::string_view>(keys.begin(), keys.end()));
  s.algorithm.name = json::get_string_or(j, "algorithm", path, s.algorithm.name);
  require_known_algorithm(s.algorithm.name, json::child_path(path, "algorithm"));   // refused before any work
  s.budget = json::get_integer_or(j, "budget", path, 0, 0, k_max_budget);
  s.seed = static_cast<std::uint64_t>(json::get_integer_or(j, "seed", path, 1, 0, std::int64_t{1} << 53));
  s.batch_size = static_cast<int>(json::get_integer_or(j, "batch_size", path, 0, 0, 4096));
  parse_algorithm_options(j, path, s.algorithm);
}

void parse_reference_point(const Json& j, Scenario& s)
{
  json::expect_object(j, "reference_point");
  for (const auto& [key, value] : j.items()) {
    const std::string where = json::child_path("reference_point", key);
    const auto o = parse_objective(key);
    if (!o)
      throw InputError(where, "not an objective name");
    s.reference_point.emplace_back(*o, json::as_number(value, where, o == Objective::Accuracy ? 0.0 : 0.0,
                                                       o == Objective::Accuracy ? 1.0 : 1e15));
  }
}

void parse_baselines(const Json& j, Scenario& s)
{
  json::expect_array(j, "baselines");
  for (std::size_t i = 0; i < j.size(); ++i) {
    const std::string path = json::index_path("baselines", i);
    const Json& b = j[i];
    json::expect_object(b, path);
    json::reject_unknown_keys(b, path, {"label", "model", "hardware"});
    BaselineDesign baseline;
    baseline.label = json::get_string(b, "label", path);
    // Unmentioned fields take the scenario's fixed values, so a baseline lists only what differs.
    Json model = to_json(s.base.model);
    if (const Json* m = json::find(b, "model")) {
      json::expect_object(*m, json::child_path(path, "model"));
      if (m->contains("preset") && (*m)["preset"] != model["preset"])
        model = Json{{"preset", (*m)["preset"]}};
      for (const auto& [k, v] : m->items()) {
        if (v.is_object() && model.contains(k) && model[k].is_object())
          model[k].update(v);
        else
          model[k] = v;
      }
    }
    baseline.design.model = parse_model_config(model, json::child_path(path, "model"));
    Json hw = to_json(s.base.accel);
    if (const Json* h = json::find(b, "hardware")) {
      json::expect_object(*h, json::child_path(path, "hardware"));
      // A baseline on DRAM channels has their link, not the scenario's idealised one.
      if (h->contains("dram_channels") && !h->contains("dram_bw_words"))
        hw.erase("dram_bw_words");
      hw.update(*h);
    }
    baseline.design.accel = parse_accelerator(hw, json::child_path(path, "hardware"));
    s.baselines.push_back(std::move(baseline));
  }
}

Json knob_json(const SearchKnob& k)
{
  if (k.categorical())
    return k.labels;
  Json list = Json::array();
  for (double v : k.values)
    if (v == std::floor(v) && std::abs(v) < 9e15)
      list.push_back(static_cast<std::int64_t>(v));
    else
      list.push_back(v);
  return list;
}

}   // namespace

std::vector<Objective> Scenario::objectives() const
{
  return mode == SearchMode::Custom ? custom_objectives : mode_objectives(mode);
}

SearchSpace Scenario::space() const
{
  SearchSpace full(base, knobs);
  if (mode_fixes_model(mode))
    return full.without_model_knobs();
  if (mode_fixes_hardware(mode)) {
    if (!full.has_hardware_knobs())
      return full;
    if (baselines.empty())
      throw InputError("mode", "model-only mode fixes the accelerator: give fixed hardware values or a baseline "
                               "design whose accelerator is used");
    return full.without_hardware_knobs(baselines.front().design.accel);
  }
  return full;
}

std::int64_t Scenario::effective_budget() const
{
  if (budget > 0)
    return budget;
  if (const AlgorithmEntry* entry = find_algorithm(algorithm.name); entry && entry->needs_finite_space) {
    const double n = space().cardinality();
    return n > static_cast<double>(k_max_budget) ? k_max_budget : static_cast<std::int64_t>(n);
  }
  return 300;
}

Scenario parse_scenario(const nlohmann::json& j, const std::string& source)
{
  {
    // A whole document of the wrong kind names its file (there is no field to name).
    json::expect_object(j, source);
    json::reject_unknown_keys(j, "",
                              {"name", "title", "description", "model", "hardware", "constraints", "mode", "objectives",
                               "carbon", "accuracy", "search", "reference_point", "baselines"});
    Scenario s;
    s.name = json::get_string_or(j, "name", "", source.empty() ? "scenario" : source);
    s.title = json::get_string_or(j, "title", "", s.name);
    s.description = json::get_string_or(j, "description", "", "");
    parse_model_section(json::require(j, "model", ""), s);
    if (const Json* hw = json::find(j, "hardware"))
      parse_hardware_section(*hw, s);
    else
      s.base.accel = AcceleratorConfig{};
    if (const Json* c = json::find(j, "constraints"))
      parse_constraints(*c, s);
    parse_objectives(j, s);
    if (const Json* carbon = json::find(j, "carbon"))
      s.carbon = parse_carbon_settings(*carbon, "carbon", s.carbon);
    if (const Json* accuracy = json::find(j, "accuracy")) {
      json::expect_object(*accuracy, "accuracy");
      s.accuracy = *accuracy;
      json::get_string(*accuracy, "kind", "accuracy");   // the source itself is built (and checked) by the runner
    }
    if (const Json* search = json::find(j, "search"))
      parse_search_section(*search, s);
    if (const Json* reference = json::find(j, "reference_point"))
      parse_reference_point(*reference, s);
    if (const Json* baselines = json::find(j, "baselines"))
      parse_baselines(*baselines, s);
    for (const auto& [objective, value] : s.reference_point) {
      const auto objectives = s.objectives();
      if (std::find(objectives.begin(), objectives.end(), objective) == objectives.end())
        throw InputError(json::child_path("reference_point", objective_id(objective)),
                         "not one of the scenario's objectives");
      (void)value;
    }
    (void)s.space();   // mode/space consistency (model-only without a fixed accelerator)
    return s;
  }
}

nlohmann::json to_json(const Scenario& s)
{
  Json j;
  j["name"] = s.name;
  j["title"] = s.title;
  j["description"] = s.description;
  Json model = to_json(s.base.model);
  Json hardware = to_json(s.base.accel);
  for (const auto& k : s.knobs) {
    const auto dot = k.name.find('.');
    const std::string owner = k.name.substr(0, dot), field = k.name.substr(dot + 1);
    if (owner == "hw")
      hardware[field] = knob_json(k);
    else
      model[owner][field] = knob_json(k);
    // Channels set the DRAM link: the base's idealised link is not written beside them.
    if (k.name == "hw.dram_channels")
      hardware.erase("dram_bw_words");
  }
  // The model writer emits every stack field; tokens only when it differs is not needed: the
  // parser accepts the preset's own value.
  j["model"] = model;
  j["hardware"] = hardware;
  Json c = Json::object();
  if (s.constraints.max_latency_s)
    c["max_latency_ms"] = *s.constraints.max_latency_s * 1e3;
  if (s.constraints.max_area_mm2)
    c["max_area_mm2"] = *s.constraints.max_area_mm2;
  if (s.constraints.max_peak_tops)
    c["max_peak_tops"] = *s.constraints.max_peak_tops;
  if (s.constraints.min_accuracy)
    c["min_accuracy"] = *s.constraints.min_accuracy;
  if (s.constraints.max_total_carbon_kg)
    c["max_total_carbon_kg"] = *s.constraints.max_total_carbon_kg;
  if (s.constraints.max_energy_per_inference_j)
    c["max_energy_per_inference_mj"] = *s.constraints.max_energy_per_inference_j * 1e3;
  j["constraints"] = c;
  if (s.mode == SearchMode::Custom) {
    Json list = Json::array();
    for (auto o : s.custom_objectives)
      list.push_back(std::string(objective_id(o)));
    j["objectives"] = list;
  } else {
    j["mode"] = std::string(mode_id(s.mode));
  }
  j["carbon"] = to_json(s.carbon);
  j["accuracy"] = s.accuracy;
  Json search = {{"algorithm", s.algorithm.name}, {"budget", s.budget}, {"seed", s.seed}, {"batch_size", s.batch_size}};
  write_algorithm_options(s.algorithm, search);
  j["search"] = search;
  if (!s.reference_point.empty()) {
    Json r = Json::object();
    for (const auto& [o, v] : s.reference_point)
      r[std::string(objective_id(o))] = v;
    j["reference_point"] = r;
  }
  Json baselines = Json::array();
  for (const auto& b : s.baselines)
    baselines.push_back({{"label", b.label}, {"model", to_json(b.design.model)}, {"hardware", to_json(b.design.accel)}});
  j["baselines"] = baselines;
  return j;
}

std::vector<ScenarioInfo> builtin_scenarios()
{
  std::vector<ScenarioInfo> list;
  for (const auto& path : embedded_resource_list("scenarios/")) {
    const Json j = embedded_json(path);
    ScenarioInfo info;
    info.name = j.value("name", std::string());
    info.title = j.value("title", info.name);
    info.description = j.value("description", std::string());
    list.push_back(std::move(info));
  }
  return list;
}

Scenario builtin_scenario(const std::string& name)
{
  const std::string path = "scenarios/" + name + ".json";
  if (!embedded_resource(path)) {
    std::string known;
    for (const auto& info : builtin_scenarios())
      known += (known.empty() ? "" : ", ") + info.name;
    throw InputError("scenario",
                     "no scenario file or built-in scenario named \"" + name + "\" (built-in: " + known + ")");
  }
  return parse_scenario(embedded_json(path), "scenario " + name);
}

Scenario load_scenario(const std::string& file_or_name)
{
  std::error_code ec;
  if (std::filesystem::is_regular_file(file_or_name, ec)) {
    Scenario s = parse_scenario(json::parse_file(file_or_name), file_or_name);
    if (s.name == file_or_name)
      s.name = std::filesystem::path(file_or_name).stem().string();
    s.base_dir = std::filesystem::path(file_or_name).parent_path().string();
    return s;
  }
  return builtin_scenario(file_or_name);
}

}   // namespace cdse
