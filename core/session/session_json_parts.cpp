#include "core/session/session_json_parts.h"

#include "core/search/algorithms/algorithm_factory.h"
#include "core/evaluation/invariants_storage_json.h"

namespace cdse {

std::string session_genome_key(const Genome& genome)
{
  std::string key;
  for (int g : genome)
    key += std::to_string(g) + ',';
  return key;
}

nlohmann::json session_run_settings_to_json(const SessionRunSettings& s)
{
  return {{"algorithm", s.algorithm}, {"budget", s.budget}, {"threads", s.threads}, {"seed", s.seed}};
}

SessionRunSettings session_run_settings_from_json(const nlohmann::json& j, const std::string& path)
{
  json::expect_object(j, path);
  json::reject_unknown_keys(j, path, {"algorithm", "budget", "threads", "seed"});
  SessionRunSettings s;
  s.algorithm = json::get_string(j, "algorithm", path);
  require_known_algorithm(s.algorithm, json::child_path(path, "algorithm"));
  s.budget = json::get_integer(j, "budget", path, 1, 1'000'000'000);
  s.threads = static_cast<int>(json::get_integer(j, "threads", path, 1, 1024));
  s.seed = static_cast<std::uint64_t>(json::get_integer(j, "seed", path, 0));
  return s;
}

std::vector<DesignInvariants> session_anchors_from_json(const nlohmann::json& j, const std::string& path)
{
  json::expect_array(j, path);
  if (j.size() > 1024)
    throw InputError(path, std::to_string(j.size()) + " anchor designs is more than a space has corners");
  std::vector<DesignInvariants> anchors;
  for (std::size_t i = 0; i < j.size(); ++i)
    anchors.push_back(invariants_from_json(j[i], json::index_path(path, i)));
  return anchors;
}

nlohmann::json session_anchors_to_json(const std::vector<DesignInvariants>& anchors)
{
  nlohmann::json j = nlohmann::json::array();
  for (const auto& a : anchors)
    j.push_back(invariants_to_json(a));
  return j;
}

}   // namespace cdse
