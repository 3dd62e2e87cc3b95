#pragma once
// DecimalCounter: a counter that keeps its own decimal text. Clocks are written into every
// event and almost always just went up by one: incrementing the text (a carry through its
// last digits, one digit nine times out of ten) is much cheaper than converting the number.
#include <cstdint>
#include <cstring>
#include <string_view>

#include "instrument/json_out.hpp"

namespace tlatrace::instrument::detail {

class DecimalCounter {
 public:
  DecimalCounter() noexcept { set(0); }

  std::uint64_t value() const noexcept { return value_; }
  /// The decimal digits of value().
  std::string_view text() const noexcept { return {digits_ + kRoom - size_, size_}; }
  /// Copies text() to `at` (room for 20 bytes); returns the cursor after it.
  char* put(char* at) const noexcept { return JsonOut::put_short(at, text()); }

  void increment() noexcept {
    if (++value_ == 0) {  // wrapped around
      set(0);
      return;
    }
    char* digit = digits_ + kRoom - 1;
    while (*digit == '9') *digit-- = '0';
    ++*digit;  // the positions before the text hold '0', so a carry out of it becomes "1..."
    if (digit < digits_ + kRoom - size_) ++size_;
  }

  void set(std::uint64_t value) noexcept {
    value_ = value;
    char text[20];
    size_ = static_cast<std::size_t>(JsonOut::put_unsigned(text, value) - text);
    std::memset(digits_, '0', kRoom - size_);
    std::memcpy(digits_ + kRoom - size_, text, size_);
  }

 private:
  static constexpr std::size_t kRoom = 21;  // 20 digits and a '0' for a carry to land on

  std::uint64_t value_ = 0;
  std::size_t size_ = 0;
  char digits_[kRoom];
};

}  // namespace tlatrace::instrument::detail
