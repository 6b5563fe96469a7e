#include "core/evaluation/design_document.h"

#include "core/carbon/carbon_settings_json.h"
#include "core/hardware/accelerator_json.h"
#include "core/io/input_error.h"
#include "core/workload/custom_workload.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_expander.h"
#include "core/workload/model_preset.h"

namespace cdse {

DesignDocument parse_design_document(const json::Json& j, const CarbonSettings& base_carbon)
{
  json::expect_object(j, "");
  json::reject_unknown_keys(j, "",
                            {"hardware", "accelerator", "model", "workload", "carbon", "accuracy", "options", "name"});
  DesignDocument doc;
  // "hardware" is the key every document writes; "accelerator" is read for files written before
  // the schema was unified. Errors name the key the file used.
  const json::Json* hardware = json::find(j, "hardware");
  const json::Json* legacy = json::find(j, "accelerator");
  if (hardware && legacy)
    throw InputError("accelerator", "give either \"hardware\" or its old name \"accelerator\", not both");
  if (!hardware && !legacy)
    throw InputError("hardware", "missing required field (the accelerator; old name \"accelerator\")");
  doc.accelerator = parse_accelerator(hardware ? *hardware : *legacy, hardware ? "hardware" : "accelerator");
  const json::Json* model = json::find(j, "model");
  const json::Json* workload = json::find(j, "workload");
  if (model && workload)
    throw InputError("workload", "give either \"model\" or \"workload\", not both");
  if (!model && !workload)
    throw InputError("model", "missing required field (or give a custom \"workload\")");
  if (model) {
    doc.model = parse_model_config(*model, "model");
    doc.workload = expand_model(*doc.model);
  } else {
    doc.workload = parse_custom_workload(*workload, "workload");
  }
  if (const json::Json* carbon = json::find(j, "carbon"))
    doc.carbon = parse_carbon_settings(*carbon, "carbon", base_carbon);
  else
    doc.carbon = base_carbon;
  if (const json::Json* accuracy = json::find(j, "accuracy")) {
    json::expect_object(*accuracy, "accuracy");
    doc.accuracy_spec = *accuracy;
  }
  if (const json::Json* options = json::find(j, "options")) {
    json::reject_unknown_keys(*options, "options", {"overlap_tensor_vector"});
    doc.options.overlap_tensor_vector = json::get_bool_or(*options, "overlap_tensor_vector", "options",
                                                          doc.options.overlap_tensor_vector);
  }
  return doc;
}

DesignDocument load_design_document(const std::string& file_path, const CarbonSettings& base_carbon)
{
  return parse_design_document(json::parse_file(file_path), base_carbon);
}

DesignDocument default_design_document()
{
  DesignDocument doc;
  doc.model = unpruned_config(model_preset(default_model_preset_id()));
  doc.workload = expand_model(*doc.model);
  return doc;
}

}   // namespace cdse
