#pragma once
// The search-space sections of a scenario document: "model" (preset, fixed dimensions and pruning
// knobs per encoder) and "hardware" (fixed accelerator fields and knob value lists). Used by
// parse_scenario; every error names the JSON path, e.g. "hardware.pe_width[2]".
#include <nlohmann/json.hpp>

#include "core/search/scenario/scenario.h"

namespace cdse {

void parse_model_section(const nlohmann::json& j, Scenario& s);
void parse_hardware_section(const nlohmann::json& j, Scenario& s);

}   // namespace cdse
