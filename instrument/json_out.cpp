#include "instrument/json_out.hpp"

#include <cstdlib>
#include <new>

namespace tlatrace::instrument {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

void append_escape(JsonOut& out, unsigned char c) {
  switch (c) {
    case '"': out.raw("\\\""); return;
    case '\\': out.raw("\\\\"); return;
    case '\b': out.raw("\\b"); return;
    case '\f': out.raw("\\f"); return;
    case '\n': out.raw("\\n"); return;
    case '\r': out.raw("\\r"); return;
    case '\t': out.raw("\\t"); return;
    default: {
      static constexpr char hex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out.raw(std::string_view(escape, sizeof escape));
    }
  }
}

}  // namespace

std::size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned char lead = p[0];
  const std::size_t available = static_cast<std::size_t>(end - p);
  // Ranges of the second byte per lead byte exclude overlong forms, surrogates and > U+10FFFF.
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (available < length) return 0;
  if (p[1] < low || p[1] > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(p[i])) return 0;
  }
  return length;
}

JsonOut& JsonOut::operator=(JsonOut&& other) noexcept {
  if (this != &other) {
    std::free(data_);
    data_ = other.data_;
    size_ = other.size_;
    capacity_ = other.capacity_;
    other.data_ = nullptr;
    other.size_ = other.capacity_ = 0;
  }
  return *this;
}

JsonOut::~JsonOut() { std::free(data_); }

void JsonOut::grow(std::size_t bytes) {
  std::size_t capacity = capacity_ < 256 ? 256 : capacity_ * 2;
  while (capacity - size_ < bytes) capacity *= 2;
  auto* data = static_cast<char*>(std::realloc(data_, capacity));
  if (data == nullptr) throw std::bad_alloc();
  data_ = data;
  capacity_ = capacity;
}

void JsonOut::string_general(std::string_view text) {
  if (is_plain(text)) {
    plain_string(text);
  } else {
    string_slow(text);
  }
}

void JsonOut::string_slow(std::string_view text) {
  raw('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto* run = p;  // start of bytes not yet copied
  auto flush_run = [&] { raw(std::string_view(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run))); };
  while (p < end) {
    const unsigned char c = *p;
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++p;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence_length(p, end);
      if (n != 0) {
        p += n;  // valid UTF-8 stays in the run
        continue;
      }
      flush_run();
      raw("\\ufffd");
    } else {
      flush_run();
      append_escape(*this, c);
    }
    ++p;
    run = p;
  }
  flush_run();
  raw('"');
}

}  // namespace tlatrace::instrument
