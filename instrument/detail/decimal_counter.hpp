#pragma once
// DecimalCounter: a counter that keeps its own decimal digits. Clocks are written into every
// event and almost always just went up by one: incrementing the digits is much cheaper than
// converting the number.
//
// The lowest eight digits live in one 64-bit word, one digit per byte, the least significant
// in the lowest byte, each stored as 0xF6 + digit: adding 1 to the word then carries from
// digit to digit exactly as decimal addition does (a 9, 0xFF, wraps to 0x00 and carries), and
// the bytes that wrapped are set back to 0xF6 with a few bit operations. The text is that word
// minus 0xC6 per byte ('0' is 0x30 = 0xF6 - 0xC6), byte-swapped, shifted past its leading
// zeros and stored in one go. Everything stays in registers: no byte is stored and read back
// (a store of one byte followed by a wider load of the same bytes stalls the load). The digits
// above the lowest eight (values >= 10^8) are kept as text, redone every 10^8 increments.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "instrument/json_out.hpp"

namespace tlatrace::instrument::detail {

class DecimalCounter {
 public:
  DecimalCounter() noexcept { set(0); }

  std::uint64_t value() const noexcept { return value_; }
  /// The decimal digits of value() (valid until the counter changes).
  std::string_view text() const noexcept {
    return {text_, static_cast<std::size_t>(put(text_) - text_)};
  }
  /// Writes the decimal digits of value() at `at`, which has room for 20 bytes (bytes after
  /// the digits may be overwritten); returns the cursor after the digits.
  [[gnu::always_inline]] char* put(char* at) const noexcept {
    const std::uint64_t ascii = low_ - kOnes * 0xC6;  // every byte >= 0xF6: no borrows
    if (high_size_ == 0) {
      // Leading zeros are bytes equal to 0xF6 at the top; the lowest digit always shows.
      const unsigned zeros = static_cast<unsigned>(std::countl_zero((low_ ^ (kOnes * 0xF6)) | 0xFF)) & ~7u;
      store(at, drop_leading(to_text_order(ascii), zeros));
      return at + 8 - zeros / 8;
    }
    std::memcpy(at, high_, 16);  // padded: high_size_ <= 12
    at += high_size_;
    store(at, to_text_order(ascii));
    return at + 8;
  }

  /// The lowest eight digits of value() with leading zeros, as 8 bytes in text order (the
  /// word to store to write them).
  [[gnu::always_inline]] std::uint64_t low_text_word() const noexcept { return to_text_order(low_ - kOnes * 0xC6); }

  [[gnu::always_inline]] void increment() noexcept {
    const std::uint64_t sum = low_ + 1;
    if (++value_ == 0 || sum == 0) [[unlikely]] {  // wrapped around, or 99999999 in the low word
      set(value_);
      return;
    }
    // Bytes that wrapped to 0x00 (and only those: the others are >= 0xF6) become 0xF6 again.
    const std::uint64_t low7 = kOnes * 0x7F;
    const std::uint64_t wrapped = ~(((sum & low7) + low7) | sum) & (kOnes * 0x80);
    low_ = sum + (wrapped >> 7) * 0xF6;
  }

  [[gnu::noinline]] void set(std::uint64_t value) noexcept {
    value_ = value;
    const std::uint64_t high = value / 100000000;
    const auto low = static_cast<std::uint32_t>(value - high * 100000000);
    char digits[8];
    std::uint32_t rest = low;
    for (int i = 7; i >= 0; --i, rest /= 10) digits[i] = static_cast<char>('0' + rest % 10);
    std::uint64_t text_order;
    std::memcpy(&text_order, digits, 8);
    low_ = to_text_order(text_order) + kOnes * 0xC6;  // to_text_order is its own inverse
    std::memset(high_, '0', sizeof high_);
    high_size_ = high == 0 ? 0 : static_cast<std::size_t>(JsonOut::put_unsigned(high_, high) - high_);
  }

 private:
  static constexpr std::uint64_t kOnes = 0x0101010101010101ull;

  /// The word whose bytes, stored in memory order, are `word`'s bytes from the highest to the
  /// lowest (the most significant digit first).
  static std::uint64_t to_text_order(std::uint64_t word) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      return __builtin_bswap64(word);
    } else {
      return word;
    }
  }
  /// `word` (in text order) without its first `bits` / 8 bytes.
  static std::uint64_t drop_leading(std::uint64_t word, unsigned bits) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      return word >> bits;
    } else {
      return word << bits;
    }
  }
  static void store(char* at, std::uint64_t word) noexcept { std::memcpy(at, &word, 8); }

  std::uint64_t value_ = 0;
  std::uint64_t low_ = 0;       // the lowest eight digits, 0xF6 + digit per byte (see above)
  std::size_t high_size_ = 0;   // digits of value_ / 10^8 (0 when it is 0)
  char high_[16];               // those digits, padded
  mutable char text_[24];       // text()'s copy
};

}  // namespace tlatrace::instrument::detail
