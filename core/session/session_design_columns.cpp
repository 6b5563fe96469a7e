#include "core/session/session_design_columns.h"

#include <cmath>
#include <limits>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/evaluation/invariants_storage_json.h"
#include "core/session/session_columns.h"

namespace cdse {

namespace {

using FieldRef = double& (*)(DesignInvariants&);
struct DoubleField {
  const char* name;   // JSON path under "invariants", as version 1 and journals name it
  FieldRef ref;
  // The first layout with this column (absent before: 0, the idealised link and no control area
  // of that time).
  SessionColumnLayout since = SessionColumnLayout::WithoutAccuracySource;
};

// Every number of DesignInvariants, in payload order.
constexpr DoubleField k_double_fields[] = {
    {"accuracy", [](DesignInvariants& v) -> double& { return v.accuracy; }},
    {"accuracy_low", [](DesignInvariants& v) -> double& { return v.accuracy_low; }},
    {"accuracy_high", [](DesignInvariants& v) -> double& { return v.accuracy_high; }},
    {"latency_s", [](DesignInvariants& v) -> double& { return v.latency_s; }},
    {"energy_per_inference_j", [](DesignInvariants& v) -> double& { return v.energy_per_inference_j; }},
    {"dynamic_energy_j", [](DesignInvariants& v) -> double& { return v.dynamic_energy_j; }},
    {"static_power_w", [](DesignInvariants& v) -> double& { return v.static_power_w; }},
    {"area_mm2", [](DesignInvariants& v) -> double& { return v.area_mm2; }},
    {"peak_tops", [](DesignInvariants& v) -> double& { return v.peak_tops; }},
    {"weight_bytes", [](DesignInvariants& v) -> double& { return v.weight_bytes; }},
    {"dram_gb", [](DesignInvariants& v) -> double& { return v.dram_gb; }},
    {"area.pe_mm2", [](DesignInvariants& v) -> double& { return v.area.pe_mm2; }},
    {"area.vector_mm2", [](DesignInvariants& v) -> double& { return v.area.vector_mm2; }},
    {"area.l2_mm2", [](DesignInvariants& v) -> double& { return v.area.l2_mm2; }},
    {"area.glb_mm2", [](DesignInvariants& v) -> double& { return v.area.glb_mm2; }},
    {"area.dram_phy_mm2", [](DesignInvariants& v) -> double& { return v.area.dram_phy_mm2; },
     SessionColumnLayout::WithoutControlArea},
    {"area.control_mm2", [](DesignInvariants& v) -> double& { return v.area.control_mm2; }, SessionColumnLayout::Current},
    {"energy.mac_j", [](DesignInvariants& v) -> double& { return v.energy.mac_j; }},
    {"energy.rf_j", [](DesignInvariants& v) -> double& { return v.energy.rf_j; }},
    {"energy.l2_j", [](DesignInvariants& v) -> double& { return v.energy.l2_j; }},
    {"energy.glb_j", [](DesignInvariants& v) -> double& { return v.energy.glb_j; }},
    {"energy.dram_j", [](DesignInvariants& v) -> double& { return v.energy.dram_j; }},
    {"energy.static_j", [](DesignInvariants& v) -> double& { return v.energy.static_j; }},
};

double value_of(const DesignInvariants& v, const DoubleField& f)
{
  return f.ref(const_cast<DesignInvariants&>(v));   // the accessor only reads here
}

std::string design_path(const std::string& run_path, std::size_t i)
{
  return json::index_path(json::child_path(run_path, "designs"), i);
}

const DesignInvariants& stored_invariants(const ArchiveRecord& r)
{
  static const DesignInvariants none;
  return r.failed ? none : r.invariants;
}

// The source must agree with the availability flag (a design has a source exactly when it has
// an accuracy).
void check_accuracy_source(const DesignInvariants& v, const std::string& path)
{
  if (v.accuracy_available == (v.accuracy_source == AccuracyOrigin::None))
    throw InputError(json::child_path(json::child_path(path, "invariants"), "accuracy_source"),
                     "value \"" + std::string(to_string(v.accuracy_source)) + "\" does not match accuracy_available " +
                         (v.accuracy_available ? "true" : "false"));
}

void check_finite(const DesignInvariants& v, const std::string& path)
{
  for (const DoubleField& f : k_double_fields)
    if (!std::isfinite(value_of(v, f)))
      throw InputError(json::child_path(json::child_path(path, "invariants"), f.name),
                       "value " + std::to_string(value_of(v, f)) + " is not a finite number");
}

bool has_source(SessionColumnLayout layout) { return layout != SessionColumnLayout::WithoutAccuracySource; }
bool has_dram_interface(SessionColumnLayout layout) { return layout >= SessionColumnLayout::WithoutControlArea; }
bool in_layout(const DoubleField& f, SessionColumnLayout layout) { return layout >= f.since; }

}   // namespace

const std::vector<std::string>& session_column_names(SessionColumnLayout layout)
{
  const auto names_of = [](SessionColumnLayout l) {
    std::vector<std::string> n = {"index_delta", "genome", "failed", "error_length", "error_text", "accuracy_available"};
    if (has_source(l))
      n.emplace_back("accuracy_source");
    for (const DoubleField& f : k_double_fields)
      if (in_layout(f, l))
        n.emplace_back(f.name);
    n.emplace_back("node_nm");
    if (has_dram_interface(l))
      n.emplace_back("dram_packages");
    return n;
  };
  static const std::vector<std::string> current = names_of(SessionColumnLayout::Current);
  static const std::vector<std::string> without_control = names_of(SessionColumnLayout::WithoutControlArea);
  static const std::vector<std::string> without_dram = names_of(SessionColumnLayout::WithoutDramInterface);
  static const std::vector<std::string> without_source = names_of(SessionColumnLayout::WithoutAccuracySource);
  switch (layout) {
    case SessionColumnLayout::Current: return current;
    case SessionColumnLayout::WithoutControlArea: return without_control;
    case SessionColumnLayout::WithoutDramInterface: return without_dram;
    case SessionColumnLayout::WithoutAccuracySource: return without_source;
  }
  return current;
}

std::uint64_t design_columns_bytes(std::uint64_t designs, std::uint64_t knobs, std::uint64_t error_bytes,
                                   SessionColumnLayout layout)
{
  std::uint64_t doubles = 0;
  for (const DoubleField& f : k_double_fields)
    doubles += in_layout(f, layout) ? 1 : 0;
  const std::uint64_t source = has_source(layout) ? 1 : 0;
  const std::uint64_t packages = has_dram_interface(layout) ? 4 : 0;
  // index, genome, failed, error_length, accuracy_available, accuracy_source, doubles, node_nm,
  // dram_packages
  return designs * (8 + 4 * knobs + 1 + 4 + 1 + source + 8 * doubles + 4 + packages) + error_bytes;
}

void check_session_design(const ArchiveRecord& r, const std::string& path)
{
  if (r.failed)
    return;   // no invariants are stored for it
  check_finite(r.invariants, path);
  check_accuracy_source(r.invariants, path);
  check_invariants_physical(r.invariants, json::child_path(path, "invariants"));
}

void write_design_columns(std::string& payload, const std::vector<ArchiveRecord>& designs, std::size_t knobs)
{
  const std::size_t n = designs.size();
  ColumnWriter w(payload);
  w.column<std::int64_t>(n, [&](std::size_t i) { return designs[i].index - (i == 0 ? 0 : designs[i - 1].index); });
  for (std::size_t k = 0; k < knobs; ++k)
    w.column<std::int32_t>(n, [&](std::size_t i) { return static_cast<std::int32_t>(designs[i].genome[k]); });
  w.column<std::uint8_t>(n, [&](std::size_t i) { return static_cast<std::uint8_t>(designs[i].failed ? 1 : 0); });
  w.column<std::uint32_t>(n, [&](std::size_t i) {
    return static_cast<std::uint32_t>(designs[i].failed ? designs[i].error.size() : 0);
  });
  for (const auto& r : designs)
    if (r.failed)
      w.raw(r.error);
  w.column<std::uint8_t>(n, [&](std::size_t i) {
    return static_cast<std::uint8_t>(stored_invariants(designs[i]).accuracy_available ? 1 : 0);
  });
  w.column<std::uint8_t>(n, [&](std::size_t i) {
    return static_cast<std::uint8_t>(stored_invariants(designs[i]).accuracy_source);
  });
  for (const DoubleField& f : k_double_fields)
    w.column<double>(n, [&](std::size_t i) { return value_of(stored_invariants(designs[i]), f); });
  w.column<std::int32_t>(n,
                         [&](std::size_t i) { return static_cast<std::int32_t>(stored_invariants(designs[i]).node_nm); });
  w.column<std::int32_t>(n, [&](std::size_t i) {
    return static_cast<std::int32_t>(stored_invariants(designs[i]).dram_packages);
  });
}

std::vector<ArchiveRecord> read_design_columns(std::string_view bytes, const std::string& path, std::size_t n,
                                               std::size_t knobs, std::size_t error_bytes, SessionColumnLayout layout)
{
  ColumnReader in(bytes, path);
  std::vector<ArchiveRecord> records(n);

  const auto deltas = in.column<std::int64_t>(n, "index_delta");
  std::int64_t index = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int64_t d = deltas[i];
    if (d < (i == 0 ? 0 : 1) || d > std::numeric_limits<std::int64_t>::max() - index)
      throw InputError(json::child_path(design_path(path, i), "index"),
                       "index step " + std::to_string(d) + " after " + std::to_string(index) +
                           " does not give a larger, representable index");
    index += d;
    records[i].index = index;
  }
  for (auto& r : records)
    r.genome.resize(knobs);
  for (std::size_t k = 0; k < knobs; ++k) {
    const auto genes = in.column<std::int32_t>(n, "genome");
    for (std::size_t i = 0; i < n; ++i)
      records[i].genome[k] = genes[i];
  }
  const auto failed = in.column<std::uint8_t>(n, "failed");
  const auto error_lengths = in.column<std::uint32_t>(n, "error_length");
  std::uint64_t error_total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (failed[i] > 1)
      throw InputError(json::child_path(design_path(path, i), "failed"),
                       "value " + std::to_string(failed[i]) + " is not 0 or 1");
    records[i].failed = failed[i] == 1;
    if (!records[i].failed && error_lengths[i] != 0)
      throw InputError(json::child_path(design_path(path, i), "error"), "a design that did not fail has an error text");
    error_total += error_lengths[i];
  }
  if (error_total != error_bytes)
    throw InputError(json::child_path(path, "error_bytes"), "value " + std::to_string(error_bytes) +
                                                                " differs from the sum of the error lengths (" +
                                                                std::to_string(error_total) + ")");
  const std::string_view texts = in.raw(error_bytes, "error_text");
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    records[i].error.assign(texts.substr(at, error_lengths[i]));
    at += error_lengths[i];
  }
  const auto accuracy_available = in.column<std::uint8_t>(n, "accuracy_available");
  for (std::size_t i = 0; i < n; ++i) {
    if (accuracy_available[i] > 1)
      throw InputError(json::child_path(design_path(path, i), "invariants.accuracy_available"),
                       "value " + std::to_string(accuracy_available[i]) + " is not 0 or 1");
    records[i].invariants.accuracy_available = accuracy_available[i] == 1;
  }
  if (has_source(layout)) {
    const auto sources = in.column<std::uint8_t>(n, "accuracy_source");
    for (std::size_t i = 0; i < n; ++i)
      records[i].invariants.accuracy_source =
          accuracy_origin_from_byte(sources[i], json::child_path(design_path(path, i), "invariants.accuracy_source"));
  } else {
    for (auto& r : records)   // what sessions of that layout showed for every available accuracy
      r.invariants.accuracy_source = r.invariants.accuracy_available ? AccuracyOrigin::Estimate : AccuracyOrigin::None;
  }
  for (const DoubleField& f : k_double_fields) {
    if (!in_layout(f, layout))
      continue;   // what every design of that time had: 0
    const auto values = in.column<double>(n, f.name);
    for (std::size_t i = 0; i < n; ++i)
      f.ref(records[i].invariants) = values[i];
  }
  const auto nodes = in.column<std::int32_t>(n, "node_nm");
  for (std::size_t i = 0; i < n; ++i)
    records[i].invariants.node_nm = nodes[i];
  if (has_dram_interface(layout)) {
    const auto packages = in.column<std::int32_t>(n, "dram_packages");
    for (std::size_t i = 0; i < n; ++i)
      records[i].invariants.dram_packages = packages[i];
  }
  if (in.remaining() != 0)
    throw InputError(path, std::to_string(in.remaining()) + " bytes follow the run's last column");

  for (std::size_t i = 0; i < n; ++i) {
    if (records[i].failed)
      records[i].invariants = DesignInvariants{};   // stored as defaults; a failed design has none
    check_session_design(records[i], design_path(path, i));
  }
  return records;
}

}   // namespace cdse
