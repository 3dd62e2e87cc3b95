#include "trace/json_strict.hpp"

#include <cstdint>
#include <limits>
#include <vector>

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

// Builds the DOM like nlohmann's own SAX parser, but stops at out-of-range integers and
// duplicate keys, remembering the offending token so the caller can point at it.
class StrictBuilder {
 public:
  json root;
  JsonParseResult::Status failure = JsonParseResult::Status::Ok;
  std::string token;          // the offending number literal or key
  size_t syntax_position = 0; // nlohmann's count of bytes read at a syntax error
  std::string syntax_message;

  bool null() { put(json(nullptr)); return true; }
  bool boolean(bool v) { put(json(v)); return true; }
  bool number_integer(json::number_integer_t v) { put(json(v)); return true; }
  bool number_unsigned(json::number_unsigned_t v) {
    if (v > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      return fail(JsonParseResult::Status::OutOfRange, std::to_string(v));
    put(json(static_cast<int64_t>(v)));
    return true;
  }
  bool number_float(json::number_float_t v, const std::string& text) {
    // An integer literal only arrives here when it does not fit in 64 bits.
    if (text.find_first_of(".eE") == std::string::npos)
      return fail(JsonParseResult::Status::OutOfRange, text);
    put(json(v));
    return true;
  }
  bool string(std::string& v) { put(json(std::move(v))); return true; }
  bool binary(json::binary_t&) { return true; }  // not produced by the JSON text format
  bool start_object(std::size_t) { return open(json::object()); }
  bool key(std::string& k) {
    if (stack_.back()->contains(k)) return fail(JsonParseResult::Status::DuplicateKey, k);
    key_ = std::move(k);
    return true;
  }
  bool end_object() { stack_.pop_back(); return true; }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_array() { stack_.pop_back(); return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
    failure = JsonParseResult::Status::Syntax;
    syntax_position = position;
    syntax_message = ex.what();
    return false;
  }

 private:
  std::vector<json*> stack_;  // open containers; only the innermost one grows
  std::string key_;

  bool open(json container) {
    if (stack_.size() >= kMaxJsonDepth) return fail(JsonParseResult::Status::TooDeep, "");
    stack_.push_back(put(std::move(container)));
    return true;
  }
  json* put(json v) {
    if (stack_.empty()) {
      root = std::move(v);
      return &root;
    }
    json& top = *stack_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    json& slot = top[key_];
    slot = std::move(v);
    return &slot;
  }
  bool fail(JsonParseResult::Status s, std::string t) {
    failure = s;
    token = std::move(t);
    return false;
  }
};

// "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error ..."
// -> "syntax error ...".
// The "; last read: '...'" tail goes too: the caret shows the place better.
std::string strip_nlohmann_prefix(const std::string& what) {
  std::string out = what;
  size_t at = out.find("parse error");
  if (at != std::string::npos) {
    size_t colon = out.find(": ", at);
    if (colon != std::string::npos) out = out.substr(colon + 2);
  }
  size_t tail = out.find("; last read: ");
  if (tail != std::string::npos) out.erase(tail);
  return out;
}

bool is_number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Offset of a number literal standing alone (not part of a longer number), or npos.
size_t find_number(std::string_view text, const std::string& literal) {
  for (size_t at = text.find(literal); at != std::string_view::npos; at = text.find(literal, at + 1)) {
    bool left_ok = at == 0 || !is_number_char(text[at - 1]);
    size_t end = at + literal.size();
    bool right_ok = end >= text.size() || !is_number_char(text[end]);
    if (left_ok && right_ok) return at;
  }
  return std::string_view::npos;
}

// Offset of the second occurrence of "key" (quoted), or of the first when there is one.
size_t find_duplicate_key(std::string_view text, const std::string& key) {
  std::string quoted = json(key).dump();
  size_t first = text.find(quoted);
  if (first == std::string_view::npos) return 0;
  size_t second = text.find(quoted, first + 1);
  return second == std::string_view::npos ? first : second;
}

bool is_literal_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_number_char(c);
}

bool only_whitespace(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
  return true;
}

}  // namespace

JsonParseResult parse_json_strict(std::string_view text) {
  JsonParseResult r;
  StrictBuilder b;
  bool ok = json::sax_parse(text.begin(), text.end(), &b, json::input_format_t::json, true, false);
  if (ok) {
    r.value = std::move(b.root);
    return r;
  }
  r.status = b.failure;
  switch (b.failure) {
    case JsonParseResult::Status::Syntax: {
      // nlohmann counts the bytes read, the offending one included.
      r.byte = b.syntax_position > 0 ? b.syntax_position - 1 : 0;
      if (r.byte > text.size()) r.byte = text.size();
      r.at_end = r.byte >= text.size() || only_whitespace(text.substr(r.byte));
      r.message = strip_nlohmann_prefix(b.syntax_message);
      // nlohmann stops after a bad literal or number: point at its first character instead.
      if (r.message.find("invalid literal") != std::string::npos ||
          r.message.find("invalid number") != std::string::npos) {
        size_t start = r.byte < text.size() && is_literal_char(text[r.byte]) ? r.byte + 1 : r.byte;
        while (start > 0 && is_literal_char(text[start - 1])) --start;
        if (start < r.byte || (r.byte < text.size() && is_literal_char(text[r.byte]))) r.byte = start;
      }
      break;
    }
    case JsonParseResult::Status::OutOfRange: {
      size_t at = find_number(text, b.token);
      r.byte = at == std::string_view::npos ? 0 : at;
      r.message = "number " + b.token + " is outside the 64-bit integer range (write it as {\"#bigint\": \"" +
                  b.token + "\"})";
      break;
    }
    case JsonParseResult::Status::DuplicateKey:
      r.byte = find_duplicate_key(text, b.token);
      r.message = "duplicate key " + json(b.token).dump() + " in one object";
      break;
    case JsonParseResult::Status::TooDeep: {
      // Point at the first bracket beyond the limit.
      size_t depth = 0, at = 0;
      bool in_string = false;
      for (; at < text.size(); ++at) {
        char c = text[at];
        if (in_string) {
          if (c == '\\') ++at;
          else if (c == '"') in_string = false;
        } else if (c == '"') {
          in_string = true;
        } else if (c == '[' || c == '{') {
          if (++depth > kMaxJsonDepth) break;
        } else if (c == ']' || c == '}') {
          --depth;
        }
      }
      r.byte = at < text.size() ? at : 0;
      r.message = "values nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
      break;
    }
    case JsonParseResult::Status::Ok:
      r.status = JsonParseResult::Status::Syntax;
      r.message = "invalid JSON";
      break;
  }
  return r;
}

}  // namespace tlatrace::trace
