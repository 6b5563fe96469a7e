// Fuzzes the session readers (the version-2 binary container and version-1 JSON, told apart by
// content as load_session does) and the step that reopens a session: validating its references
// and rebuilding each run's archive under the session's carbon settings (what
// `carbondse-cli rescore` and the GUI do). Only InputError may escape.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "io/input_error.h"
#include "io/json_fields.h"
#include "session/session_binary.h"
#include "session/session_json_v1.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    const cdse::Session session = cdse::has_session_signature(bytes)
                                      ? cdse::decode_session(bytes)
                                      : cdse::session_from_v1_json(cdse::json::parse_text(bytes, "fuzz-input"));
    cdse::validate_session(session);
    for (std::size_t run = 0; run < session.runs.size(); ++run)
      (void)cdse::make_session_archive(session, run);
  } catch (const cdse::InputError&) {
    // Expected: a clear, located error.
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unexpected exception (not InputError): %s\n", e.what());
    std::abort();
  }
  return 0;
}
