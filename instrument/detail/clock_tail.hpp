#pragma once
// ClockTail: the part of a tracer's lines between the params and the variables,
//   },"node":"n1","clock":<lamport>,"vc":{"n1":<own count>,"n2":5,...}
// kept as one text with the clocks' current digits in it. Per event it is copied whole (one
// fixed 64-byte move when it is that short) and the counters' lowest eight digits are stored
// over their places, each with one 8-byte store that ends where the number ends: the bytes of
// the text before a short number are part of that store (precomputed), so the store needs
// no length and nothing is read back. The text is laid out again (layout) only when a
// number's length or its digits above the lowest eight change: when a counter reaches a power
// of ten or a multiple of 10^8, which stale() tells, and when the clocks merge.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "instrument/detail/decimal_counter.hpp"
#include "instrument/json_out.hpp"

namespace tlatrace::instrument::detail {

class ClockTail {
 public:
  /// Shorter texts are copied with one fixed move of this many bytes.
  static constexpr std::size_t kPadded = 64;

  /// Lays the text out for the counters' current values: `clock_lead` (`},"node":"n1","clock":`,
  /// at least 8 bytes), the Lamport counter, `vc_lead` (`,"vc":{"n1":`, at least 8 bytes), the
  /// owner's counter, `vc_rest` (`,"n2":5,...}`).
  void layout(std::string_view clock_lead, const DecimalCounter& lamport, std::string_view vc_lead,
              const DecimalCounter& own, std::string_view vc_rest) {
    // Room for the longest numbers too: a layout redone on the event path (a counter reached
    // a power of ten) then never allocates.
    const std::size_t longest = clock_lead.size() + 20 + vc_lead.size() + 20 + vc_rest.size() + kPadded;
    if (text_.capacity() < longest) text_.reserve(longest);
    text_.assign(clock_lead);
    text_.append(lamport.text());
    lamport_.place(text_, lamport.value());
    text_.append(vc_lead);
    text_.append(own.text());
    own_.place(text_, own.value());
    text_.append(vc_rest);
    size_ = text_.size();
    text_.append(kPadded, ' ');
  }

  /// The text's length for the values it was laid out for.
  std::size_t size() const noexcept { return size_; }
  /// The most bytes put() may write: size() after one more tick of each counter (each may
  /// gain a digit) or kPadded, whichever is larger.
  std::size_t bound() const noexcept { return size_ + 2 > kPadded ? size_ + 2 : kPadded; }

  /// True if a counter's value no longer fits the layout (layout() again before put()).
  [[gnu::always_inline]] bool stale(const DecimalCounter& lamport, const DecimalCounter& own) const noexcept {
    return lamport_.stale(lamport.value()) | own_.stale(own.value());
  }

  /// Writes the text with the counters' digits at `at`, which has room for bound() bytes;
  /// returns the cursor after the text. The layout must not be stale().
  [[gnu::always_inline]] char* put(char* at, const DecimalCounter& lamport, const DecimalCounter& own) const noexcept {
    if (size_ <= kPadded) [[likely]] {
      std::memcpy(at, text_.data(), kPadded);
    } else {
      JsonOut::put(at, {text_.data(), size_});
    }
    lamport_.store(at, lamport);
    own_.store(at, own);
    return at + size_;
  }

 private:
  /// Where one counter's lowest eight digits go, and when the layout stops fitting it.
  struct Number {
    std::size_t word_at = 0;    // offset of the 8 bytes that end where the number ends
    std::uint64_t keep = 0;     // the text's bytes in those 8 that are not the counter's
    std::uint64_t digits = 0;   // mask of the counter's bytes in those 8
    std::uint64_t base = 0;     // the value laid out
    std::uint64_t span = 0;     // values base .. base + span - 1 fit the layout

    /// Records the number that ends `text`, whose value is `value`.
    void place(const std::string& text, std::uint64_t value) {
      word_at = text.size() - 8;
      std::size_t length = 1;
      for (std::uint64_t rest = value / 10; rest != 0; rest /= 10) ++length;
      const std::size_t low = length < 8 ? length : 8;  // digits written from the counter
      digits = low == 8 ? ~std::uint64_t{0} : ~std::uint64_t{0} << (8 * (8 - low));
      std::uint64_t word;
      std::memcpy(&word, text.data() + word_at, 8);
      keep = little_endian(word) & ~digits;
      base = value;
      // Up to the next power of ten (one more digit) or, past eight digits, the next multiple
      // of 10^8 (the digits above the lowest eight change): then layout() again.
      std::uint64_t limit = 100000000;
      if (length < 8) {
        limit = 1;
        for (std::size_t i = 0; i < length; ++i) limit *= 10;
      } else if (length > 8) {
        const std::uint64_t high = value / 100000000;
        limit = high + 1 > ~std::uint64_t{0} / 100000000 ? ~std::uint64_t{0} : (high + 1) * 100000000;
      }
      span = limit - value;  // a wrap to 0 gives a huge value - base: stale too
    }
    bool stale(std::uint64_t value) const noexcept { return value - base >= span; }
    void store(char* at, const DecimalCounter& counter) const noexcept {
      const std::uint64_t word = little_endian((little_endian(counter.low_text_word()) & digits) | keep);
      std::memcpy(at + word_at, &word, 8);
    }
  };

  /// `word` (8 bytes as loaded from memory) with its first byte lowest, and back: the masks
  /// above count bytes in memory order.
  static std::uint64_t little_endian(std::uint64_t word) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
      return word;
    } else {
      return __builtin_bswap64(word);
    }
  }

  std::string text_ = std::string(kPadded, ' ');  // the text, then kPadded spaces
  std::size_t size_ = 0;
  Number lamport_, own_;
};

}  // namespace tlatrace::instrument::detail
