#include "parser/syntax/source_text.hpp"

namespace tlatrace::syntax {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when invalid.
size_t valid_sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t len;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char d = byte(i + k);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return len;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Copies `text` while blanking comments, tracking lines and columns.
class CommentBlanker {
 public:
  explicit CommentBlanker(std::string_view in) : in_(in) { out_.reserve(in.size()); }

  PreparedText run(size_t start) {
    for (size_t i = 0; i < start; ++i) blank(i);
    size_t i = start;
    while (i < in_.size()) {
      char c = in_[i];
      if (c == '"') {
        i = copy_string(i);
      } else if (c == '\\' && i + 1 < in_.size() && in_[i + 1] == '*') {
        while (i < in_.size() && in_[i] != '\n') blank(i++);
      } else if (c == '(' && i + 1 < in_.size() && in_[i + 1] == '*') {
        i = blank_block(i);
      } else {
        copy(i++);
      }
    }
    PreparedText r;
    r.text = std::move(out_);
    r.unterminated_comment = unterminated_;
    return r;
  }

 private:
  void advance_position(char c) {
    if (c == '\n') { ++line_; col_ = 1; }
    else if (!is_continuation(c)) ++col_;
  }
  void copy(size_t i) {
    out_ += in_[i];
    advance_position(in_[i]);
  }
  // Blanks one byte: a code point becomes one space; newlines stay.
  void blank(size_t i) {
    char c = in_[i];
    if (c == '\n') out_ += '\n';
    else if (!is_continuation(c)) out_ += ' ';
    advance_position(c);
  }
  size_t copy_string(size_t i) {
    copy(i++);
    while (i < in_.size() && in_[i] != '\n') {
      if (in_[i] == '\\' && i + 1 < in_.size() && in_[i + 1] != '\n') { copy(i++); copy(i++); continue; }
      if (in_[i] == '"') { copy(i++); break; }
      copy(i++);
    }
    return i;
  }
  size_t blank_block(size_t i) {
    TextPos start{line_, col_};
    int depth = 0;
    while (i < in_.size()) {
      if (in_[i] == '(' && i + 1 < in_.size() && in_[i + 1] == '*') {
        ++depth;
        blank(i++);
        blank(i++);
      } else if (in_[i] == '*' && i + 1 < in_.size() && in_[i + 1] == ')') {
        --depth;
        blank(i++);
        blank(i++);
        if (depth == 0) return i;
      } else {
        blank(i++);
      }
    }
    if (!unterminated_) unterminated_ = start;
    return i;
  }

  std::string_view in_;
  std::string out_;
  uint32_t line_ = 1, col_ = 1;
  std::optional<TextPos> unterminated_;
};

bool is_ident_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Byte offset of the first `---- MODULE` header (dashes or U+2500), or npos.
size_t find_header(std::string_view s) {
  static const std::string_view box = "\u2500";
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    size_t j = i, dashes = 0;
    while (j < s.size()) {
      if (s[j] == '-') { ++j; ++dashes; }
      else if (s.substr(j, box.size()) == box) { j += box.size(); ++dashes; }
      else break;
    }
    if (dashes < 4) continue;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')) ++j;
    if (s.substr(j, 6) == "MODULE" && (j + 6 == s.size() || !is_ident_char(s[j + 6]))) return i;
    i = j > i ? j - 1 : i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string sanitize_utf8(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  size_t i = 0;
  // A byte-order mark is dropped (replaced by a space to keep columns).
  if (in.substr(0, 3) == "\xEF\xBB\xBF") { out += ' '; i = 3; }
  while (i < in.size()) {
    size_t len = valid_sequence(in, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(in.substr(i, len));
      i += len;
    }
  }
  return out;
}

PreparedText prepare_source(std::string_view raw, bool module_mode) {
  std::string clean = sanitize_utf8(raw);
  size_t start = 0;
  bool found = false;
  if (module_mode) {
    size_t h = find_header(clean);
    found = h != std::string_view::npos;
    start = found ? h : clean.size();
  }
  PreparedText r = CommentBlanker(clean).run(start);
  r.header_found = found;
  return r;
}

uint32_t count_code_points(std::string_view utf8) {
  uint32_t n = 0;
  for (char c : utf8)
    if (!is_continuation(c)) ++n;
  return n;
}

}  // namespace tlatrace::syntax
