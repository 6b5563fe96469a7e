#include "core/session/zlib_codec.h"

#include <algorithm>
#include <climits>
#include <stdexcept>

#include <zlib.h>

namespace cdse {

namespace {

// Small enough for frequent progress reports, large enough that zlib's per-call cost vanishes.
constexpr std::size_t k_chunk_bytes = 1u << 20;

// A z_stream that is always ended (inflateEnd or deflateEnd), whatever throws.
template <int (*End)(z_streamp)>
class ZStream {
public:
  ZStream() = default;
  ~ZStream() { End(&zs_); }
  ZStream(const ZStream&) = delete;
  ZStream& operator=(const ZStream&) = delete;
  z_stream* operator->() { return &zs_; }
  z_stream* get() { return &zs_; }

private:
  z_stream zs_{};
};

Bytef* bytes(const char* p) { return reinterpret_cast<Bytef*>(const_cast<char*>(p)); }

[[noreturn]] void throw_corrupt(z_stream* zs, std::size_t consumed)
{
  throw std::runtime_error("corrupt compressed data near byte " + std::to_string(consumed) +
                           " of the compressed stream (zlib: " + (zs->msg ? zs->msg : "data error") + ")");
}

[[noreturn]] void throw_stalled(std::size_t consumed)
{
  throw std::runtime_error("corrupt compressed data near byte " + std::to_string(consumed) +
                           " of the compressed stream (zlib makes no progress)");
}

// One inflate call: the next chunk of `input` from `consumed` into `out` from `produced` (of
// `out_size`), both advanced. Throws on corrupt or truncated data and when nothing moves although
// input and room were offered; returns Z_OK, Z_BUF_ERROR or Z_STREAM_END.
int inflate_into(z_stream* zs, std::string_view input, std::size_t& consumed, char* out, std::size_t out_size,
                 std::size_t& produced)
{
  zs->next_out = bytes(out + produced);
  zs->avail_out = static_cast<uInt>(std::min<std::size_t>(out_size - produced, UINT_MAX));
  zs->next_in = bytes(input.data() + consumed);
  zs->avail_in = static_cast<uInt>(std::min(k_chunk_bytes, input.size() - consumed));
  const std::size_t in_before = zs->avail_in;
  const std::size_t out_before = zs->avail_out;
  const int status = inflate(zs, Z_NO_FLUSH);
  consumed += in_before - zs->avail_in;
  produced += out_before - zs->avail_out;
  if (status == Z_MEM_ERROR)
    throw std::runtime_error("out of memory while decompressing");
  if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END)
    throw_corrupt(zs, consumed);
  const bool stalled = in_before == zs->avail_in && out_before == zs->avail_out;
  if (status != Z_STREAM_END && consumed == input.size() && (stalled || zs->avail_out > 0))
    throw std::runtime_error("the compressed data ends early (after " + std::to_string(consumed) +
                             " bytes; the file is truncated)");
  if (status != Z_STREAM_END && stalled)
    throw_stalled(consumed);
  return status;
}

}   // namespace

std::string zlib_compress(std::string_view input, int level, const std::function<void(double)>& progress)
{
  ZStream<deflateEnd> zs;
  if (deflateInit2(zs.get(), level, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
    throw std::runtime_error("cannot start zlib compression");
  std::string out(deflateBound(zs.get(), static_cast<uLong>(input.size())), '\0');
  zs->next_out = bytes(out.data());
  std::size_t consumed = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    const std::size_t chunk = std::min(k_chunk_bytes, input.size() - consumed);
    zs->next_in = bytes(input.data() + consumed);
    zs->avail_in = static_cast<uInt>(chunk);
    const bool last = consumed + chunk == input.size();
    const std::size_t room = out.size() - static_cast<std::size_t>(zs->next_out - bytes(out.data()));
    zs->avail_out = static_cast<uInt>(std::min<std::size_t>(room, UINT_MAX));
    status = deflate(zs.get(), last ? Z_FINISH : Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
      throw std::runtime_error("zlib compression failed (" + std::to_string(status) + ")");
    consumed += chunk - zs->avail_in;
    if (progress)
      progress(input.empty() ? 1.0 : static_cast<double>(consumed) / static_cast<double>(input.size()));
  }
  out.resize(zs->total_out);
  return out;
}

std::string zlib_decompress(std::string_view input, std::size_t expected_size,
                            const std::function<void(double)>& progress)
{
  ZStream<inflateEnd> zs;
  if (inflateInit(zs.get()) != Z_OK)
    throw std::runtime_error("cannot start zlib decompression");
  // Grown as output arrives, not allocated from the declared size: a lying header costs only
  // what the stream really produces.
  std::string out(std::min(expected_size, 4 * input.size() + k_chunk_bytes), '\0');
  std::size_t produced = 0;
  std::size_t consumed = 0;
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    if (produced == out.size()) {
      if (produced == expected_size) {
        // Full: one more byte of output means the stream is larger than declared.
        char extra = 0;
        zs->next_out = bytes(&extra);
        zs->avail_out = 1;
        zs->next_in = bytes(input.data() + consumed);
        zs->avail_in = static_cast<uInt>(std::min(k_chunk_bytes, input.size() - consumed));
        const std::size_t before = zs->avail_in;
        status = inflate(zs.get(), Z_NO_FLUSH);
        consumed += before - zs->avail_in;
        if (zs->avail_out == 0)
          throw std::runtime_error("the compressed data holds more than the declared " + std::to_string(expected_size) +
                                   " bytes");
        if (status == Z_STREAM_END)
          break;
        // Anything else (Z_NEED_DICT for a preset-dictionary header, Z_DATA_ERROR, ...) is corrupt data;
        // looping on it would never end, since inflate then consumes nothing.
        if (status != Z_OK && status != Z_BUF_ERROR)
          throw_corrupt(zs.get(), consumed);
        if (consumed == input.size())
          throw std::runtime_error("the compressed data ends early (after " + std::to_string(consumed) +
                                   " bytes; the file is truncated)");
        if (before == zs->avail_in)
          throw_stalled(consumed);
        continue;
      }
      out.resize(std::min(expected_size, std::max(out.size() * 2, k_chunk_bytes)));
    }
    status = inflate_into(zs.get(), input, consumed, out.data(), out.size(), produced);
    if (progress && !input.empty())
      progress(static_cast<double>(consumed) / static_cast<double>(input.size()));
  }
  if (produced < expected_size)
    throw std::runtime_error("the compressed data holds " + std::to_string(produced) + " bytes, not the declared " +
                             std::to_string(expected_size));
  if (consumed < input.size())
    throw std::runtime_error(std::to_string(input.size() - consumed) + " bytes follow the end of the compressed data");
  out.resize(produced);
  return out;
}

std::string zlib_decompress_prefix(std::string_view input, std::size_t prefix_bytes)
{
  ZStream<inflateEnd> zs;
  if (inflateInit(zs.get()) != Z_OK)
    throw std::runtime_error("cannot start zlib decompression");
  std::string out(prefix_bytes, '\0');
  std::size_t produced = 0;
  std::size_t consumed = 0;
  int status = Z_OK;
  while (produced < prefix_bytes && status != Z_STREAM_END)
    status = inflate_into(zs.get(), input, consumed, out.data(), prefix_bytes, produced);
  out.resize(produced);
  return out;
}

}   // namespace cdse
