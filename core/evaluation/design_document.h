#pragma once
// A design file (DESIGN.json): one accelerator plus either a model configuration or a custom
// workload, with optional carbon settings, accuracy source and simulation options.
//   {"hardware": {...}, "model": {...} | "workload": {...}, "carbon": {...},
//    "accuracy": {"kind": "builtin" | "measured" | "external", ...}, "options": {"overlap_tensor_vector": false}}
// The same schema as a design in search results, journals and scenario baselines
// ({"model", "hardware"}), so `search` output's pareto[i].design is a design file as is. The old
// key "accelerator" is still read (not both); "hardware" is what every writer writes.
#include <optional>
#include <string>

#include "core/carbon/carbon_settings.h"
#include "core/hardware/accelerator_config.h"
#include "core/io/json_fields.h"
#include "core/sim/performance_report.h"
#include "core/workload/model_config.h"
#include "core/workload/workload.h"

namespace cdse {

struct DesignDocument {
  AcceleratorConfig accelerator;
  std::optional<ModelConfig> model;   // set when the design names a model preset
  Workload workload;                  // always set: expanded model or custom workload
  CarbonSettings carbon;
  std::optional<json::Json> accuracy_spec;
  SimulationOptions options;
};

// Parses and validates a design document; every error names its JSON path. The document's "carbon"
// object overrides fields of `base_carbon` (e.g. a scenario's settings); without one, the document
// gets `base_carbon` as is.
DesignDocument parse_design_document(const json::Json& j, const CarbonSettings& base_carbon = {});
DesignDocument load_design_document(const std::string& file_path, const CarbonSettings& base_carbon = {});
// The built-in default design: unpruned CLIP ViT-B/16 on the reference 4×256×16, 8 MB GLB,
// 1 MB L2 accelerator, reference carbon settings.
DesignDocument default_design_document();

}   // namespace cdse
