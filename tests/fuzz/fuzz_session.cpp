// Fuzzes the session parser and the step that reopens a session: rebuilding the archive scored
// under the session's carbon settings (what `carbondse-cli rescore` and the GUI do).
#include "fuzz_support.h"
#include "session/session_json_v1.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return cdse::fuzz::run_json_loader(data, size, [](const cdse::json::Json& j) {
    const cdse::Session session = cdse::session_from_v1_json(j);
    const auto archive = cdse::make_session_archive(session, session.active_run);
    (void)archive;
  });
}
