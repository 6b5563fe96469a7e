// Fuzzes the scenario parser, then builds the search space the way SearchRunner does (space() +
// effective_budget()), so a scenario that parses but cannot be searched is also exercised.
#include "fuzz_support.h"
#include "core/search/scenario/scenario.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return cdse::fuzz::run_json_loader(data, size, [](const cdse::json::Json& j) {
    const cdse::Scenario scenario = cdse::parse_scenario(j, "fuzz-scenario");
    const cdse::SearchSpace space = scenario.space();
    (void)space;
    (void)scenario.effective_budget();
    (void)scenario.objectives();
    // The runner and the session writer serialise scenarios back; that must not fail either.
    (void)cdse::to_json(scenario).dump();
  });
}
