#pragma once
// JsonOut: appends JSON text to a caller-owned std::string, fast and allocation-free beyond
// the string's own growth. Strings are escaped per RFC 8259: quotes, backslashes and control
// characters are escaped, valid UTF-8 passes through unchanged, and each byte of an invalid
// UTF-8 sequence becomes U+FFFD so every line stays parseable.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tlatrace::instrument {

/// Appends JSON tokens to a std::string. Callers place commas themselves (or use `key`).
class JsonOut {
 public:
  explicit JsonOut(std::string& buffer) noexcept : buf_(&buffer) {}

  /// Appends text verbatim (the caller guarantees it is valid JSON at this place).
  void raw(std::string_view text) { buf_->append(text); }
  void raw(char c) { buf_->push_back(c); }

  /// Appends `text` as a quoted, escaped JSON string.
  void string(std::string_view text) {
    // Fast path: plain printable ASCII without quotes or backslashes is copied in one go.
    for (char c : text) {
      if (needs_care(static_cast<unsigned char>(c))) {
        string_slow(text);
        return;
      }
    }
    buf_->push_back('"');
    buf_->append(text);
    buf_->push_back('"');
  }

  /// Appends a signed integer.
  void integer(long long value) {
    char digits[24];
    auto result = std::to_chars(digits, digits + sizeof digits, value);
    buf_->append(digits, result.ptr);
  }

  /// Appends an unsigned integer.
  void unsigned_integer(unsigned long long value) {
    char digits[24];
    auto result = std::to_chars(digits, digits + sizeof digits, value);
    buf_->append(digits, result.ptr);
  }

  /// Appends `true` or `false`.
  void boolean(bool value) { buf_->append(value ? std::string_view("true") : std::string_view("false")); }

  /// Appends `"name":`, preceded by a comma unless `first` is set; clears `first`.
  void key(std::string_view name, bool& first) {
    if (!first) buf_->push_back(',');
    first = false;
    string(name);
    buf_->push_back(':');
  }

  /// The string being written to.
  std::string& buffer() noexcept { return *buf_; }

 private:
  static constexpr bool needs_care(unsigned char c) noexcept {
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  }
  void string_slow(std::string_view text);

  std::string* buf_;
};

/// Length of the valid UTF-8 sequence starting at `p` (before `end`), or 0 if it is invalid.
std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) noexcept;

}  // namespace tlatrace::instrument
