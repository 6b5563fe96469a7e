#include "core/search/run/search_result.h"

#include <algorithm>
#include <cmath>

#include "core/carbon/carbon_scorer.h"
#include "core/hardware/accelerator_json.h"
#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/evaluation/invariants_storage_json.h"
#include "core/search/archive/journal.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/workload/model_config_json.h"

namespace cdse {

namespace {

constexpr std::size_t k_max_trace_samples = 512;

nlohmann::json objectives_json(const Archive& archive, std::span<const double> minimised)
{
  nlohmann::json j = nlohmann::json::object();
  const auto& list = archive.objective_list();
  for (std::size_t k = 0; k < list.size(); ++k)
    j[std::string(objective_id(list[k]))] = reported_value(list[k], minimised[k]);
  return j;
}

}   // namespace

ArchiveSetup make_archive_setup(const Scenario& scenario, std::vector<DesignInvariants> anchors)
{
  ArchiveSetup setup;
  setup.objectives = scenario.objectives();
  setup.constraints = scenario.constraints;
  setup.carbon = scenario.carbon;
  setup.fixed_reference = scenario.reference_point;
  setup.anchors = std::move(anchors);
  return setup;
}

nlohmann::json design_metrics_json(const DesignInvariants& v, const CarbonBreakdown& c, const CarbonSettings& settings)
{
  nlohmann::json j = {{"latency_s", v.latency_s},
                      {"energy_per_inference_j", v.energy_per_inference_j},
                      {"lifetime_energy_j", lifetime_energy_j(v, settings)},
                      {"static_power_w", v.static_power_w},
                      {"area_mm2", v.area_mm2},
                      {"peak_tops", v.peak_tops},
                      {"embodied_kg", c.embodied_kg},
                      {"embodied_p5_kg", c.embodied_p5_kg},
                      {"embodied_p95_kg", c.embodied_p95_kg},
                      {"operational_kg", c.operational_kg},
                      {"operational_low_kg", c.operational_low_kg},
                      {"operational_high_kg", c.operational_high_kg},
                      {"total_kg", c.total_kg},
                      {"cdp_kg_s", c.total_kg * v.latency_s}};
  if (v.accuracy_available) {
    j["accuracy"] = v.accuracy;
    j["accuracy_low"] = v.accuracy_low;
    j["accuracy_high"] = v.accuracy_high;
  } else {
    j["accuracy"] = nullptr;
  }
  return j;
}

nlohmann::json baselines_json(const std::vector<BaselineResult>& baselines)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto& b : baselines) {
    nlohmann::json j = {{"label", b.label}, {"design", design_to_json(b.design)}};
    if (b.invariants)
      j["invariants"] = invariants_to_json(*b.invariants);
    else
      j["error"] = b.error;
    list.push_back(std::move(j));
  }
  return list;
}

std::vector<BaselineResult> baselines_from_json(const nlohmann::json& j, std::string_view path)
{
  std::vector<BaselineResult> out;
  json::expect_array(j, path);
  for (std::size_t i = 0; i < j.size(); ++i) {
    const std::string where = json::index_path(path, i);
    BaselineResult b;
    b.label = json::get_string(j[i], "label", where);
    const auto& design = json::require(j[i], "design", where);
    const std::string design_path = json::child_path(where, "design");
    b.design.model = parse_model_config(json::require(design, "model", design_path),
                                        json::child_path(design_path, "model"));
    b.design.accel = parse_accelerator(json::require(design, "hardware", design_path),
                                       json::child_path(design_path, "hardware"));
    if (const auto* inv = json::find(j[i], "invariants"))
      b.invariants = invariants_from_json(*inv, json::child_path(where, "invariants"));
    else
      b.error = json::get_string_or(j[i], "error", where, "");
    out.push_back(std::move(b));
  }
  return out;
}

nlohmann::json search_result_json(const Scenario& scenario, const SearchSpace& space, const Archive& archive,
                                  const std::vector<BaselineResult>& baselines, const std::vector<std::string>& warnings)
{
  nlohmann::json j;
  j["scenario"] = scenario.name;
  j["mode"] = std::string(mode_id(scenario.mode));
  j["algorithm"] = scenario.algorithm.name;
  j["seed"] = scenario.seed;
  nlohmann::json objectives = nlohmann::json::array();
  for (auto o : archive.objective_list())
    objectives.push_back({{"id", std::string(objective_id(o))},
                          {"unit", std::string(objective_unit(o))},
                          {"direction", objective_is_maximised(o) ? "maximise" : "minimise"}});
  j["objectives"] = objectives;
  std::int64_t failed = 0;
  for (std::size_t i = 0; i < archive.size(); ++i)
    failed += archive.record(i).failed ? 1 : 0;
  j["evaluations"] = archive.size();
  j["feasible"] = archive.feasible_count();
  j["failed"] = failed;
  j["space_size"] = space.cardinality();
  j["hypervolume"] = archive.hypervolume();
  j["reference_point"] = objectives_json(archive, archive.reference_point());
  j["carbon"] = to_json(archive.carbon_settings());

  std::vector<std::size_t> front = archive.front();
  std::sort(front.begin(), front.end(), [&](std::size_t a, std::size_t b) {
    const auto pa = archive.objectives(a), pb = archive.objectives(b);
    return std::lexicographical_compare(pa.begin(), pa.end(), pb.begin(), pb.end()) ||
           (std::equal(pa.begin(), pa.end(), pb.begin(), pb.end()) && a < b);
  });
  nlohmann::json pareto = nlohmann::json::array();
  for (std::size_t i : front) {
    const ArchiveRecord& r = archive.record(i);
    pareto.push_back({{"index", r.index},
                      {"parameters", space.parameters_json(r.genome)},
                      {"design", design_to_json(space.decode(r.genome))},
                      {"objectives", objectives_json(archive, archive.objectives(i))},
                      {"accuracy_source", std::string(to_string(r.invariants.accuracy_source))},
                      {"metrics", design_metrics_json(r.invariants, archive.carbon(i), archive.carbon_settings())}});
  }
  j["pareto"] = pareto;

  const CarbonScorer scorer(archive.carbon_settings());
  nlohmann::json base = nlohmann::json::array();
  for (const auto& b : baselines) {
    nlohmann::json item = {{"label", b.label}, {"design", design_to_json(b.design)}};
    if (const auto genome = space.encode(b.design))
      item["parameters"] = space.parameters_json(*genome);
    if (b.invariants) {
      const CarbonBreakdown c = scorer.score(*b.invariants);
      nlohmann::json values = nlohmann::json::object();
      for (auto o : archive.objective_list()) {
        const double v = objective_value(o, *b.invariants, c, archive.carbon_settings());
        values[std::string(objective_id(o))] = std::isfinite(v) ? nlohmann::json(reported_value(o, v)) : nlohmann::json();
      }
      const Feasibility f = archive.constraints().check(*b.invariants, c, false);
      item["objectives"] = values;
      item["accuracy_source"] = std::string(to_string(b.invariants->accuracy_source));
      item["metrics"] = design_metrics_json(*b.invariants, c, archive.carbon_settings());
      item["feasible"] = f.feasible;
      item["violated"] = violated_limit_names(f.violated);
    } else {
      item["error"] = b.error;
    }
    base.push_back(std::move(item));
  }
  j["baselines"] = base;

  const auto& trace = archive.hypervolume_trace();
  nlohmann::json t = nlohmann::json::array();
  const std::size_t stride = std::max<std::size_t>(1, (trace.size() + k_max_trace_samples - 1) / k_max_trace_samples);
  for (std::size_t i = 0; i < trace.size(); i += stride)
    t.push_back({trace[i].evaluations, trace[i].hypervolume});
  if (!trace.empty() && (trace.size() - 1) % stride != 0)
    t.push_back({trace.back().evaluations, trace.back().hypervolume});
  j["hypervolume_trace"] = t;
  j["warnings"] = warnings;
  return j;
}

JournalRun load_journal_run(const std::string& path)
{
  JournalContents contents = read_journal(path);
  JournalRun run;
  run.scenario = parse_scenario(json::require(contents.header, "scenario", "header"), path);
  run.space = run.scenario.space();
  run.archive = std::make_unique<Archive>(make_archive_setup(run.scenario, journal_anchors(contents.header)));
  if (const auto* b = json::find(contents.header, "baselines"))
    run.baselines = baselines_from_json(*b, "header.baselines");
  for (auto& record : contents.records) {
    if (!run.space.valid_genome(record.genome)) {
      run.warnings.push_back("evaluation " + std::to_string(record.index) +
                             ": genome does not fit the scenario, skipped");
      continue;
    }
    run.archive->add(std::move(record));
  }
  run.warnings.insert(run.warnings.begin(), contents.warnings.begin(), contents.warnings.end());
  return run;
}

}   // namespace cdse
