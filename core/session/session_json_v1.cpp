#include "core/session/session_json_v1.h"

#include <unordered_map>
#include <unordered_set>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/search/algorithms/algorithm_factory.h"
#include "core/evaluation/invariants_storage_json.h"
#include "core/search/archive/journal.h"
#include "core/carbon/carbon_settings_json.h"
#include "core/session/session_json_parts.h"

namespace cdse {

namespace {

using Json = nlohmann::json;

Json design_record_json(const ArchiveRecord& r, const SearchSpace& space)
{
  Json j = {{"index", r.index}, {"genome", r.genome}};
  if (space.valid_genome(r.genome))
    j["parameters"] = space.parameters_json(r.genome);   // for people reading the file; ignored on load
  j["failed"] = r.failed;
  if (r.failed)
    j["error"] = r.error;
  else
    j["invariants"] = invariants_to_json(r.invariants);
  return j;
}

std::vector<ArchiveRecord> designs_from_json(const Json& designs, const SearchSpace& space)
{
  const std::string path = "designs";
  json::expect_array(designs, path);
  if (designs.size() > k_max_session_designs)
    throw InputError(path, std::to_string(designs.size()) + " designs is more than a session may hold (" +
                               std::to_string(k_max_session_designs) + ")");
  std::vector<ArchiveRecord> records;
  records.reserve(designs.size());
  std::unordered_map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < designs.size(); ++i) {
    const std::string p = json::index_path(path, i);
    json::expect_object(designs[i], p);
    json::reject_unknown_keys(designs[i], p, {"index", "genome", "parameters", "failed", "error", "invariants"});
    ArchiveRecord r = journal_record_from_json(designs[i], p);   // physical ranges checked there too
    if (!records.empty() && r.index <= records.back().index)
      throw InputError(json::child_path(p, "index"), "value " + std::to_string(r.index) +
                                                         " is not greater than the previous design's index " +
                                                         std::to_string(records.back().index));
    if (!space.valid_genome(r.genome))
      throw InputError(json::child_path(p, "genome"), "value " + json::describe(designs[i]["genome"]) +
                                                          " does not fit the scenario's search space (" +
                                                          std::to_string(space.knob_count()) + " knobs)");
    const auto [it, inserted] = seen.emplace(session_genome_key(r.genome), i);
    if (!inserted)
      throw InputError(json::child_path(p, "genome"), "same design as designs[" + std::to_string(it->second) + "]");
    records.push_back(std::move(r));
  }
  return records;
}

SessionDesignRef design_reference(const Json& value, const std::string& path,
                                  const std::unordered_set<std::int64_t>& indexes)
{
  const std::int64_t index = json::as_integer(value, path, 0);
  if (!indexes.count(index))
    throw InputError(path, "value " + std::to_string(index) + " is not the index of a design in the session");
  return {0, index};
}

}   // namespace

Json session_to_v1_json(const Session& s)
{
  const SessionRun& run = s.runs.at(s.active_run);
  const SearchSpace space = run.scenario.space();
  Json anchors = Json::array();
  for (const auto& a : run.anchors)
    anchors.push_back(invariants_to_json(a));
  Json designs = Json::array();
  for (const auto& r : run.designs)
    designs.push_back(design_record_json(r, space));
  Json pinned = Json::array();
  for (const auto& p : s.pinned)
    if (p.run == s.active_run)
      pinned.push_back(p.index);
  Json j = {{"format", k_session_v1_format_name},
            {"version", 1},
            {"scenario", to_json(run.scenario)},
            {"scenario_dir", run.scenario.base_dir},
            {"carbon", to_json(s.carbon)},
            {"run", session_run_settings_to_json(run.settings)},
            {"anchors", anchors},
            {"baselines", baselines_json(run.baselines)},
            {"designs", designs},
            {"pinned", pinned}};
  j["selected"] = s.selected && s.selected->run == s.active_run ? Json(s.selected->index) : Json(nullptr);
  return j;
}

Session session_from_v1_json(const Json& j)
{
  json::expect_object(j, "");
  json::reject_unknown_keys(j, "",
                            {"format", "version", "scenario", "scenario_dir", "carbon", "run", "anchors", "baselines",
                             "designs", "pinned", "selected"});
  const std::string format = json::get_string(j, "format", "");
  if (format != k_session_v1_format_name)
    throw InputError("format",
                     "value \"" + format + "\" is not \"" + k_session_v1_format_name + "\" (not a CarbonDSE session)");
  const auto version = json::get_integer(j, "version", "", 1);
  if (version != 1)
    throw InputError("version", "value " + std::to_string(version) +
                                    " is not 1 (a JSON session is version 1; later versions are binary .cdse files)");

  Session s;
  SessionRun& run = s.runs.emplace_back();
  run.name = "Run 1";
  run.scenario = session_part("scenario", [&] { return parse_scenario(json::require(j, "scenario", ""), ""); });
  run.scenario.base_dir = json::get_string_or(j, "scenario_dir", "", "");
  s.carbon = parse_carbon_settings(json::require(j, "carbon", ""), "carbon", run.scenario.carbon);
  run.settings = session_run_settings_from_json(json::require(j, "run", ""), "run");
  if (const Json* anchors = json::find(j, "anchors"))
    run.anchors = session_anchors_from_json(*anchors, "anchors");
  if (const Json* baselines = json::find(j, "baselines"))
    run.baselines = baselines_from_json(*baselines, "baselines");

  const SearchSpace space = session_part("scenario", [&] { return run.scenario.space(); });
  run.designs = designs_from_json(json::require(j, "designs", ""), space);

  std::unordered_set<std::int64_t> indexes;
  indexes.reserve(run.designs.size());
  for (const auto& r : run.designs)
    indexes.insert(r.index);
  if (const Json* pinned = json::find(j, "pinned")) {
    json::expect_array(*pinned, "pinned");
    if (pinned->size() > run.designs.size())
      throw InputError("pinned", std::to_string(pinned->size()) + " pinned designs but the session has only " +
                                     std::to_string(run.designs.size()));
    for (std::size_t i = 0; i < pinned->size(); ++i)
      s.pinned.push_back(design_reference((*pinned)[i], json::index_path("pinned", i), indexes));
  }
  if (const Json* selected = json::find(j, "selected"); selected && !selected->is_null())
    s.selected = design_reference(*selected, "selected", indexes);
  return s;
}

}   // namespace cdse
