// Fuzzes the design-document parser (accelerator + model or custom workload + carbon + options).
#include "core/evaluation/design_document.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return cdse::fuzz::run_json_loader(data, size, [](const cdse::json::Json& j) {
    const cdse::DesignDocument document = cdse::parse_design_document(j);
    (void)document;
  });
}
