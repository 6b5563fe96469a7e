#pragma once
// Little-endian column arrays for the binary session payload. Fixed-width values are stored
// "byte-planed": all first bytes, then all second bytes... so the slowly varying high bytes of
// doubles and small integers sit together and compress several times better than interleaved
// values. The reader checks every length against what is left and names the column and the byte
// offset when the payload is short.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/input_error.h"

namespace cdse {

class ColumnWriter {
public:
  explicit ColumnWriter(std::string& out) : out_(out) {}

  void raw(std::string_view bytes) { out_.append(bytes); }
  void u64(std::uint64_t v) { append_planes(&v, 1); }

  // One value per element, produced by `get(i)` for i in [0, count).
  template <typename T, typename Get>
  void column(std::size_t count, Get&& get)
  {
    static_assert(std::is_trivially_copyable_v<T>);
    std::vector<T> values(count);
    for (std::size_t i = 0; i < count; ++i)
      values[i] = get(i);
    append_planes(values.data(), count);
  }

private:
  template <typename T>
  void append_planes(const T* values, std::size_t count)
  {
    constexpr std::size_t width = sizeof(T);
    const std::size_t start = out_.size();
    out_.resize(start + width * count);
    char* dst = out_.data() + start;
    for (std::size_t i = 0; i < count; ++i) {
      const auto bits = to_bits(values[i]);
      for (std::size_t b = 0; b < width; ++b)
        dst[b * count + i] = static_cast<char>((bits >> (8 * b)) & 0xffu);
    }
  }
  template <typename T>
  static std::uint64_t to_bits(T v)
  {
    if constexpr (sizeof(T) == 8)
      return std::bit_cast<std::uint64_t>(v);
    else if constexpr (sizeof(T) == 4)
      return std::bit_cast<std::uint32_t>(v);
    else
      return std::bit_cast<std::uint8_t>(v);
  }

  std::string& out_;
};

class ColumnReader {
public:
  // `where` prefixes error messages (e.g. "payload"); offsets are from the start of `bytes`.
  ColumnReader(std::string_view bytes, std::string where) : bytes_(bytes), where_(std::move(where)) {}

  std::size_t offset() const { return pos_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }

  std::string_view raw(std::size_t n, std::string_view what)
  {
    need(n, what);
    const std::string_view v = bytes_.substr(pos_, n);
    pos_ += n;
    return v;
  }
  std::uint64_t u64(std::string_view what) { return column<std::uint64_t>(1, what)[0]; }

  template <typename T>
  std::vector<T> column(std::size_t count, std::string_view what)
  {
    constexpr std::size_t width = sizeof(T);
    if (count > remaining() / width)
      short_of(count * width, what);
    const char* src = bytes_.data() + pos_;
    std::vector<T> values(count);
    for (std::size_t i = 0; i < count; ++i) {
      std::uint64_t bits = 0;
      for (std::size_t b = 0; b < width; ++b)
        bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(src[b * count + i])) << (8 * b);
      values[i] = from_bits<T>(bits);
    }
    pos_ += width * count;
    return values;
  }

private:
  void need(std::size_t n, std::string_view what)
  {
    if (n > remaining())
      short_of(n, what);
  }
  [[noreturn]] void short_of(std::size_t n, std::string_view what) const
  {
    throw InputError(where_, "column \"" + std::string(what) + "\" needs " + std::to_string(n) +
                                 " bytes at byte offset " + std::to_string(pos_) + " but only " +
                                 std::to_string(remaining()) + " remain");
  }
  template <typename T>
  static T from_bits(std::uint64_t bits)
  {
    if constexpr (sizeof(T) == 8)
      return std::bit_cast<T>(bits);
    else if constexpr (sizeof(T) == 4)
      return std::bit_cast<T>(static_cast<std::uint32_t>(bits));
    else
      return std::bit_cast<T>(static_cast<std::uint8_t>(bits));
  }

  std::string_view bytes_;
  std::string where_;
  std::size_t pos_ = 0;
};

}   // namespace cdse
