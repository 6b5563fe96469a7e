#pragma once
// DesignInvariants as JSON for journals and results: every field, numbers written with enough
// digits to read back bit-identical (so a re-scored journal matches the live archive exactly).
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/carbon/design_invariants.h"

namespace cdse {

nlohmann::json invariants_to_json(const DesignInvariants& invariants);
// Throws InputError naming "<path>.<field>" for a missing or mistyped field.
DesignInvariants invariants_from_json(const nlohmann::json& j, std::string_view path);
// The physical-range checks invariants_from_json applies (also used by binary session files):
// throws InputError naming "<path>.<field>" and the value.
void check_invariants_physical(const DesignInvariants& invariants, std::string_view path);

} // namespace cdse
