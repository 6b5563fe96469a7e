// Fuzzes the session readers (the version-2 binary container and version-1 JSON, told apart by
// content as load_session does) and the step that reopens a session (fuzz_session_support.h).
#include "fuzz_session_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  cdse::fuzz::reopen_session(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
