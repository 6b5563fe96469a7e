#include "core/search/archive/search_mode.h"

#include "core/io/id_table.h"

namespace cdse {

namespace {

struct ModeInfo {
  SearchMode value;
  std::string_view id;
};

constexpr ModeInfo k_modes[] = {
    {SearchMode::Carbon, "carbon"}, {SearchMode::Latency, "latency"}, {SearchMode::Energy, "energy"},
    {SearchMode::All, "all"},       {SearchMode::AllHw, "all-hw"},    {SearchMode::ModelOnly, "model-only"},
    {SearchMode::Custom, "custom"},
};

}   // namespace

std::string_view mode_id(SearchMode mode)
{
  const ModeInfo* row = id_table::row_of(k_modes, mode);
  return row ? row->id : "custom";
}

std::optional<SearchMode> parse_mode(std::string_view id) { return id_table::value_of(k_modes, id); }

const std::vector<SearchMode>& all_modes()
{
  static const std::vector<SearchMode> modes = id_table::all_values(k_modes);
  return modes;
}

std::vector<Objective> mode_objectives(SearchMode mode)
{
  switch (mode) {
    case SearchMode::Carbon: return {Objective::Accuracy, Objective::TotalCarbon};
    case SearchMode::Latency: return {Objective::Accuracy, Objective::Latency};
    case SearchMode::Energy: return {Objective::Accuracy, Objective::Energy};
    case SearchMode::All: return {Objective::Accuracy, Objective::Latency, Objective::TotalCarbon};
    case SearchMode::AllHw: return {Objective::Latency, Objective::TotalCarbon};
    case SearchMode::ModelOnly: return {Objective::Accuracy, Objective::Energy};
    case SearchMode::Custom: return {};
  }
  return {};
}

bool mode_fixes_model(SearchMode mode) { return mode == SearchMode::AllHw; }
bool mode_fixes_hardware(SearchMode mode) { return mode == SearchMode::ModelOnly; }

}   // namespace cdse
