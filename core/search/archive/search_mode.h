#pragma once
// Search modes of the reference framework (CATransformers main.py / configurations.py,
// docs/references.md R2), plus free choice of objectives.
//   carbon      accuracy ↑, total carbon ↓
//   latency     accuracy ↑, latency ↓
//   energy      accuracy ↑, lifetime energy ↓
//   all         accuracy ↑, latency ↓, total carbon ↓
//   all-hw      latency ↓, total carbon ↓, the model fixed (hardware-only search)
//   model-only  accuracy ↑, lifetime energy ↓, the hardware fixed (the reference's energy-model)
//   custom      the scenario's own list of 2–3 objectives
#include <optional>
#include <string_view>
#include <vector>

#include "core/search/archive/objective.h"

namespace cdse {

enum class SearchMode { Carbon, Latency, Energy, All, AllHw, ModelOnly, Custom };

std::string_view mode_id(SearchMode mode);
std::optional<SearchMode> parse_mode(std::string_view id);
const std::vector<SearchMode>& all_modes();
// The objectives of a predefined mode (empty for Custom).
std::vector<Objective> mode_objectives(SearchMode mode);
bool mode_fixes_model(SearchMode mode);
bool mode_fixes_hardware(SearchMode mode);

}   // namespace cdse
