#include "instrument/json_out.hpp"

namespace tlatrace::instrument {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

void append_control_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out.append("\\\""); return;
    case '\\': out.append("\\\\"); return;
    case '\b': out.append("\\b"); return;
    case '\f': out.append("\\f"); return;
    case '\n': out.append("\\n"); return;
    case '\r': out.append("\\r"); return;
    case '\t': out.append("\\t"); return;
    default: {
      static constexpr char hex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out.append(escape, sizeof escape);
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

void JsonOut::string_slow(std::string_view text) {
  std::string& out = *buf_;
  out.push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto* run = p;  // start of bytes not yet copied
  while (p < end) {
    const unsigned char c = *p;
    if (!needs_care(c)) {
      ++p;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t n = utf8_sequence_length(p, end);
      if (n != 0) {
        p += n;  // valid UTF-8 stays in the run
        continue;
      }
      out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
      out.append("\\ufffd");
      ++p;
      run = p;
      continue;
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
    append_control_escape(out, c);
    ++p;
    run = p;
  }
  out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(end - run));
  out.push_back('"');
}

}  // namespace tlatrace::instrument
