#pragma once
// What both session fuzz targets do with a file: read it as load_session does (by content), check
// its references and rebuild every run's archive, as `carbondse-cli rescore` and the GUI do. Only
// InputError may escape; anything else aborts so libFuzzer records it.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "core/session/session_binary.h"
#include "core/session/session_json_v1.h"

namespace cdse::fuzz {

inline void reopen_session(std::string_view file)
{
  try {
    const Session session = has_session_signature(file) ? decode_session(file)
                                                        : session_from_v1_json(json::parse_text(file, "fuzz-input"));
    validate_session(session);
    for (std::size_t run = 0; run < session.runs.size(); ++run)
      (void)make_session_archive(session, run);
  } catch (const InputError&) {
    // Expected: a clear, located error.
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unexpected exception (not InputError): %s\n", e.what());
    std::abort();
  }
}

}   // namespace cdse::fuzz
