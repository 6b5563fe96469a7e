#pragma once
// JSON pieces both session formats share (the version-1 document and the version-2 header):
// run settings, anchors, and the re-rooting of a nested parser's error paths.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/session/session_file.h"

namespace cdse {

// Errors of a nested document parser are relative to that document; re-root them under `prefix`.
template <typename F>
auto session_part(const std::string& prefix, F&& parse)
{
  try {
    return parse();
  } catch (const InputError& e) {
    throw InputError(e.where().empty() ? prefix : json::child_path(prefix, e.where()), e.problem());
  }
}

// A hashable text key of a genome, for finding duplicate designs.
std::string session_genome_key(const Genome& genome);

nlohmann::json session_run_settings_to_json(const SessionRunSettings& settings);
SessionRunSettings session_run_settings_from_json(const nlohmann::json& j, const std::string& path);

// At most as many anchors as a space has corners (1024); errors name "<path>[i].<field>".
std::vector<DesignInvariants> session_anchors_from_json(const nlohmann::json& j, const std::string& path);
nlohmann::json session_anchors_to_json(const std::vector<DesignInvariants>& anchors);

}   // namespace cdse
