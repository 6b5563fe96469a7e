#pragma once
// The "storage" JSON format of DesignInvariants: the compact round-trip form that search journals,
// session files (version 1, and the anchors of version 2) and the baselines of `search` JSON keep,
// read back by invariants_from_json. Every field, numbers written with enough digits to read back
// bit-identical (so a re-scored journal matches the live archive exactly), every key carrying its
// unit ("area": {"pe_mm2": ...}). Published in files users keep: keys never change.
// Its sibling, the "report" format (report_json.h), is what `carbondse-cli evaluate` prints for
// people; the breakdown fields both write, with each format's key, are listed once in
// breakdown_json_fields.h.
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

}   // namespace cdse
