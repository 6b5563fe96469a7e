// Fuzzes the custom-workload parser and the model-configuration parser + expansion.
#include "fuzz_support.h"
#include "core/workload/custom_workload.h"
#include "core/workload/model_config_json.h"
#include "core/workload/model_expander.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return cdse::fuzz::run_json_loader(data, size, [](const cdse::json::Json& j) {
    if (j.is_object() && j.contains("preset")) {
      const auto config = cdse::parse_model_config(j, "model");
      (void)cdse::expand_model(config);
    } else {
      (void)cdse::parse_custom_workload(j, "workload");
    }
  });
}
