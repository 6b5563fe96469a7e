// Fuzzes what lies inside a version-2 session's compressed stream: the input is taken as the
// decompressed payload (header JSON + design columns) and wrapped in a valid container, so the
// mutations reach the header and column checks instead of stopping at zlib's checksum (which
// fuzz_session meets on almost every mutation of a real file).
#include "fuzz_session_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  cdse::fuzz::reopen_session(cdse::make_session_container(payload));
  return 0;
}
