// Fuzzes what lies inside a version-2 session's compressed stream: the input is taken as the
// decompressed payload (header JSON + design columns) and wrapped in a valid container, so the
// mutations reach the header and column checks instead of stopping at zlib's checksum (which
// fuzz_session meets on almost every mutation of a real file). Only InputError may escape.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "io/input_error.h"
#include "session/session_binary.h"
#include "session/zlib_codec.h"

namespace {

void put_le(std::string& bytes, std::size_t offset, std::uint64_t value, int width)
{
  for (int b = 0; b < width; ++b)
    bytes[offset + static_cast<std::size_t>(b)] = static_cast<char>((value >> (8 * b)) & 0xffu);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const std::string_view payload(reinterpret_cast<const char*>(data), size);
  std::string file(cdse::k_session_signature);
  file.resize(cdse::k_session_container_header_bytes);
  const std::string compressed = cdse::zlib_compress(payload, 1, cdse::ZlibMatching::RunLengthOnly, {});
  put_le(file, 8, 2, 4);
  put_le(file, 16, payload.size(), 8);
  put_le(file, 24, compressed.size(), 8);
  file += compressed;
  try {
    const cdse::Session session = cdse::decode_session(file);
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
