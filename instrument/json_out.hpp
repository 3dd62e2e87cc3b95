#pragma once
// JsonOut: a growable text buffer that JSON is appended to, fast and allocation-free once it
// has grown to the size of the events written into it. Strings are escaped per RFC 8259:
// quotes, backslashes and control characters are escaped, valid UTF-8 passes through
// unchanged, and each byte of an invalid UTF-8 sequence becomes U+FFFD, so every line stays
// parseable by strict readers.
#include <cstddef>
#include <cstdint>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>

namespace tlatrace::instrument {

/// Appends JSON tokens to its own buffer. Callers place commas themselves (or use `key`).
class JsonOut {
 public:
  JsonOut() noexcept = default;
  JsonOut(JsonOut&& other) noexcept : data_(other.data_), size_(other.size_), capacity_(other.capacity_) {
    other.data_ = nullptr;
    other.size_ = other.capacity_ = 0;
  }
  JsonOut& operator=(JsonOut&& other) noexcept;
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;
  ~JsonOut();

  /// Appends text verbatim (the caller guarantees it is valid JSON at this place).
  void raw(std::string_view text) { commit(put(reserve(text.size()), text)); }
  void raw(char c) {
    if (size_ == capacity_) grow(1);
    data_[size_++] = c;
  }

  /// Appends `text` as a quoted, escaped JSON string.
  void string(std::string_view text) {
    if (text.size() <= kShortString) {
      if (char* end = put_short_string(reserve(kShortString + 2), text)) {
        commit(end);
        return;
      }
    }
    string_general(text);
  }

  /// The longest text put_short_string takes.
  static constexpr std::size_t kShortString = 16;
  /// Writes `text` as a JSON string at `at` if it has at most kShortString bytes and needs no
  /// escaping; returns the cursor after it, or nullptr if it does not qualify (then bytes at
  /// `at` may have been overwritten). `at` has room for kShortString + 2 bytes. The bytes are
  /// checked in the registers they are copied through (checking them where they landed would
  /// read back fresh narrow stores with a wide load, which stalls until the stores are done).
  [[gnu::always_inline]] static char* put_short_string(char* at, std::string_view text) noexcept {
    const std::size_t n = text.size();
    const char* p = text.data();
    std::uint64_t flags;
    if (n >= 8) {
      if (n > kShortString) return nullptr;
      std::uint64_t head, tail;  // overlapping: together they cover the text
      std::memcpy(&head, p, 8);
      std::memcpy(&tail, p + n - 8, 8);
      std::memcpy(at + 1, &head, 8);
      std::memcpy(at + 1 + n - 8, &tail, 8);
      flags = escape_flags(head) | escape_flags(tail);
    } else if (n >= 4) {
      std::uint32_t head, tail;
      std::memcpy(&head, p, 4);
      std::memcpy(&tail, p + n - 4, 4);
      std::memcpy(at + 1, &head, 4);
      std::memcpy(at + 1 + n - 4, &tail, 4);
      flags = escape_flags(head | (std::uint64_t{tail} << 32));
    } else if (n > 0) {
      const auto first = static_cast<unsigned char>(p[0]), middle = static_cast<unsigned char>(p[n / 2]),
                 last = static_cast<unsigned char>(p[n - 1]);
      at[1] = static_cast<char>(first);
      at[1 + n / 2] = static_cast<char>(middle);
      at[n] = static_cast<char>(last);
      // The other bytes of the word repeat `first`: flagged exactly when it is.
      flags = escape_flags(first * 0x0101010101000000ull | first | (std::uint64_t{middle} << 8) | (std::uint64_t{last} << 16));
    } else {
      flags = 0;
    }
    if (flags != 0) return nullptr;
    *at = '"';
    at[n + 1] = '"';
    return at + n + 2;
  }

  /// Appends `text` between quotes as it is; the caller has checked is_plain(text).
  void plain_string(std::string_view text) {
    char* at = reserve(text.size() + 2);
    *at = '"';
    at = put(at + 1, text);
    *at = '"';
    commit(at + 1);
  }

  // Writing through a cursor, for code that appends many small pieces: reserve room once,
  // `put` pieces at the cursor, then commit the cursor.

  /// A cursor at the end of the text with room for at least `bytes` more.
  char* reserve(std::size_t bytes) {
    if (capacity_ - size_ < bytes) grow(bytes);
    return data_ + size_;
  }
  /// Makes the text end at `end` (a cursor from reserve, advanced by puts).
  void commit(char* end) noexcept { size_ = static_cast<std::size_t>(end - data_); }

  /// Copies `text` to `at`; returns the cursor after it.
  static char* put(char* at, std::string_view text) noexcept {
    copy_bytes(at, text.data(), text.size());
    return at + text.size();
  }
  /// put for a text of at most 32 bytes.
  static char* put_short(char* at, std::string_view text) noexcept {
    copy_short(at, text.data(), text.size());
    return at + text.size();
  }
  /// Writes the decimal digits of `value` (at most 20) to `at`, which has room for 20 bytes
  /// (bytes after the digits may be overwritten); returns the cursor after the digits. Below
  /// 10^8 the digits are made in one 64-bit register, all eight at once (SWAR: two 4-digit
  /// halves, split into pairs, split into digits, by multiplications by reciprocals), and
  /// stored with one store past their leading zeros: no loop, no table, no division.
  static char* put_unsigned(char* at, unsigned long long value) noexcept {
    if (value < 10) {
      *at = static_cast<char>('0' + value);
      return at + 1;
    }
    if (value < 100000000) return put_below_1e8(at, static_cast<std::uint32_t>(value));
    const unsigned long long high = value / 100000000;
    at = put_unsigned(at, high);
    put_eight_digits(at, static_cast<std::uint32_t>(value - high * 100000000));
    return at + 8;
  }
  /// Writes a signed integer (at most 20 characters) to `at`; returns the cursor after it.
  static char* put_integer(char* at, long long value) noexcept {
    if (value >= 0) return put_unsigned(at, static_cast<unsigned long long>(value));
    *at = '-';
    return put_unsigned(at + 1, 0ull - static_cast<unsigned long long>(value));
  }

  /// Appends a signed integer.
  void integer(long long value) { commit(put_integer(reserve(20), value)); }

  /// Appends an unsigned integer.
  void unsigned_integer(unsigned long long value) { commit(put_unsigned(reserve(20), value)); }

  /// Appends `true` or `false`.
  void boolean(bool value) { raw(value ? std::string_view("true") : std::string_view("false")); }

  /// Appends `"name":`, preceded by a comma unless `first` is set; clears `first`.
  void key(std::string_view name, bool& first) {
    if (!first) raw(',');
    first = false;
    string(name);
    raw(':');
  }

  /// The text written so far.
  std::string_view view() const noexcept { return {data_, size_}; }
  std::string str() const { return std::string(view()); }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  /// Forgets the text but keeps the memory.
  void clear() noexcept { size_ = 0; }

  /// True if `text` can be written between quotes as it is (printable ASCII, no '"' or '\').
  static constexpr bool is_plain(std::string_view text) noexcept;

 private:
  /// The eight decimal digits of `value` < 10^8 (leading zeros included), as byte values 0-9,
  /// the most significant in the lowest byte.
  static std::uint64_t eight_digits(std::uint32_t value) noexcept {
    const std::uint64_t high = value / 10000, low = value - high * 10000;
    std::uint64_t x = high | (low << 32);                                          // two halves < 10^4
    const std::uint64_t hundreds = ((x * 10486) >> 20) & 0x0000007F0000007Full;  // x / 100 per half
    x = hundreds | ((x - hundreds * 100) << 16);                                   // four pairs < 100
    const std::uint64_t tens = ((x * 103) >> 10) & 0x000F000F000F000Full;       // x / 10 per pair
    return tens | ((x - tens * 10) << 8);                                          // eight digits
  }
  /// Writes the eight digits of `value` < 10^8 (with leading zeros) at `at`.
  static void put_eight_digits(char* at, std::uint32_t value) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t text = eight_digits(value) + 0x3030303030303030ull;
      std::memcpy(at, &text, 8);
    } else {
      for (int i = 7; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
    }
  }
  /// 10 <= value < 10^8; writes 8 bytes at `at`.
  static char* put_below_1e8(char* at, std::uint32_t value) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      const std::uint64_t digits = eight_digits(value);
      const unsigned zeros = static_cast<unsigned>(std::countr_zero(digits)) & ~7u;  // leading zero digits, in bits
      const std::uint64_t text = (digits + 0x3030303030303030ull) >> zeros;
      std::memcpy(at, &text, 8);
      return at + 8 - zeros / 8;
    } else {
      char digits[8];
      put_eight_digits(digits, value);
      std::size_t skip = 0;
      while (digits[skip] == '0') ++skip;
      std::memcpy(at, digits + skip, 8 - skip);
      return at + 8 - skip;
    }
  }

  /// memcpy, inline for the short pieces JSON is made of.
  static void copy_bytes(char* to, const char* from, std::size_t n) noexcept {
    if (__builtin_constant_p(n)) {  // a literal: the compiler copies it best
      std::memcpy(to, from, n);
      return;
    }
    if (n <= 32) {
      copy_short(to, from, n);
    } else if (n <= 64) {  // the first and the last 32 bytes (overlapping) cover them all
      copy_short(to, from, 32);
      copy_short(to + n - 32, from + n - 32, 32);
    } else {
      std::memcpy(to, from, n);
    }
  }
  /// copy_bytes for n <= 32: overlapping head and tail moves cover every length of a size
  /// class without a loop.
  static void copy_short(char* to, const char* from, std::size_t n) noexcept {
    if (n >= 8) {
      if (n > 16) {
        struct Chunk {
          char bytes[16];
        };
        Chunk head, tail;
        std::memcpy(&head, from, 16);
        std::memcpy(&tail, from + n - 16, 16);
        std::memcpy(to, &head, 16);
        std::memcpy(to + n - 16, &tail, 16);
        return;
      }
      std::uint64_t head, tail;
      std::memcpy(&head, from, 8);
      std::memcpy(&tail, from + n - 8, 8);
      std::memcpy(to, &head, 8);
      std::memcpy(to + n - 8, &tail, 8);
    } else if (n >= 4) {
      std::uint32_t head, tail;
      std::memcpy(&head, from, 4);
      std::memcpy(&tail, from + n - 4, 4);
      std::memcpy(to, &head, 4);
      std::memcpy(to + n - 4, &tail, 4);
    } else if (n > 0) {
      to[0] = from[0];
      to[n / 2] = from[n / 2];
      to[n - 1] = from[n - 1];
    }
  }

  /// Nonzero if a byte of `word` needs escaping in a JSON string (or is not ASCII): the high
  /// bit of the byte is set for bytes < 0x20, '"', '\\' and >= 0x80 (`x - ones` sets a byte's high
  /// bit when the byte is zero, or borrows from a byte that is flagged anyway).
  static constexpr std::uint64_t escape_flags(std::uint64_t word) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = 0x8080808080808080ull;
    const std::uint64_t quote = word ^ (ones * '"');
    const std::uint64_t backslash = word ^ (ones * '\\');
    return ((word - ones * 0x20) | (quote - ones) | (backslash - ones) | word) & highs;
  }

  void grow(std::size_t bytes);  // makes room for `bytes` more; throws std::bad_alloc
  void string_general(std::string_view text);  // string() for texts that are long or need escapes
  void string_slow(std::string_view text);

  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

constexpr bool JsonOut::is_plain(std::string_view text) noexcept {
  std::size_t i = 0;
  if (!std::is_constant_evaluated()) {
    // Eight bytes at a time (see escape_flags).
    auto flagged = [](std::uint64_t word) { return escape_flags(word) != 0; };
    const char* p = text.data();
    const std::size_t n = text.size();
    if (n < 8) {
      // One word made of the text's own bytes (some repeated: a repeated byte is flagged
      // exactly when the original is), so no byte-by-byte loop for short names.
      if (n == 0) return true;
      std::uint64_t word;
      if (n >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, p, 4);
        std::memcpy(&tail, p + n - 4, 4);
        word = head | (std::uint64_t{tail} << 32);
      } else {
        const std::uint64_t bytes = static_cast<unsigned char>(p[0]) | (static_cast<unsigned char>(p[n / 2]) << 8) |
                                    (static_cast<unsigned char>(p[n - 1]) << 16);
        word = bytes | (bytes << 24) | (std::uint64_t{static_cast<unsigned char>(p[0])} << 48) |
               (std::uint64_t{static_cast<unsigned char>(p[0])} << 56);
      }
      return !flagged(word);
    }
    for (; i + 8 <= n; i += 8) {
      std::uint64_t word;
      std::memcpy(&word, p + i, 8);
      if (flagged(word)) return false;
    }
    if (i == n) return true;
    std::uint64_t last;  // the last eight bytes, overlapping ones already checked
    std::memcpy(&last, p + n - 8, 8);
    return !flagged(last);
  }
  for (; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) return false;
  }
  return true;
}

/// Length of the valid UTF-8 sequence starting at `p` (before `end`), or 0 if it is invalid.
std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) noexcept;

}  // namespace tlatrace::instrument
