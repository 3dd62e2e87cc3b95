#pragma once
// PaddedText: a short piece of text that changes rarely and is copied into many lines (a
// tracer's `},"node":"n1","clock":`): stored with 32 bytes of padding, so a piece of up to 32
// bytes is copied with one fixed-size move instead of a copy that branches on its length. The
// copy writes up to 32 bytes whatever the length: the room after the piece must allow it.
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

#include "instrument/json_out.hpp"

namespace tlatrace::instrument::detail {

class PaddedText {
 public:
  static constexpr std::size_t kPadded = 32;

  PaddedText() { assign({}); }
  explicit PaddedText(std::string_view text) { assign(text); }

  void assign(std::string_view text) {
    text_.assign(text);
    text_.append(kPadded, ' ');
    size_ = text.size();
  }
  std::string_view view() const noexcept { return {text_.data(), size_}; }
  std::size_t size() const noexcept { return size_; }

  /// Copies the text to `at`, which has room for max(size(), kPadded) bytes; returns the
  /// cursor after the text.
  char* put(char* at) const noexcept {
    if (size_ <= kPadded) [[likely]] {
      std::memcpy(at, text_.data(), kPadded);
      return at + size_;
    }
    return JsonOut::put(at, view());
  }

 private:
  std::string text_;  // the text, then kPadded spaces
  std::size_t size_ = 0;
};

}  // namespace tlatrace::instrument::detail
