#pragma once
// Shared harness: parse the input as JSON text and hand it to a loader; InputError is the only
// acceptable failure. Anything else aborts so libFuzzer records it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"

namespace cdse::fuzz {

template <typename Loader>
int run_json_loader(const std::uint8_t* data, std::size_t size, Loader&& loader)
{
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const json::Json j = json::parse_text(text, "fuzz-input");
    loader(j);
  } catch (const InputError&) {
    // Expected: a clear, located error.
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unexpected exception (not InputError): %s\n", e.what());
    std::abort();
  }
  return 0;
}

}   // namespace cdse::fuzz
