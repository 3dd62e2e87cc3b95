#include "trace/json_locate.hpp"

#include <nlohmann/json.hpp>

namespace tlatrace::trace {
namespace {

// A forward scanner over valid JSON that skips values without building them.
class Scanner {
 public:
  explicit Scanner(std::string_view t) : t_(t) {}

  // Walks the object at the cursor looking for path[depth...]; fills `out` when found.
  bool find(const std::vector<std::string>& path, size_t depth, std::vector<size_t>& out) {
    space();
    if (peek() != '{') return false;
    ++i_;
    space();
    if (peek() == '}') return false;
    while (i_ < t_.size()) {
      space();
      std::string key = string_token();
      space();
      ++i_;  // ':'
      space();
      if (key == path[depth]) {
        if (depth + 1 == path.size()) return elements(out);
        if (peek() == '{') return find(path, depth + 1, out);
        return false;
      }
      skip_value();
      space();
      if (peek() != ',') return false;
      ++i_;
    }
    return false;
  }

 private:
  std::string_view t_;
  size_t i_ = 0;

  char peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
  void space() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\n' || t_[i_] == '\r')) ++i_;
  }
  // Reads a string token (cursor on its opening quote) and returns it decoded.
  std::string string_token() {
    size_t begin = i_;
    bool escaped = false;
    for (++i_; i_ < t_.size() && t_[i_] != '"'; ++i_) {
      if (t_[i_] == '\\') {
        escaped = true;
        ++i_;
      }
    }
    ++i_;
    std::string_view raw = t_.substr(begin, i_ - begin);
    if (!escaped) return std::string(raw.substr(1, raw.size() - 2));
    try {
      return nlohmann::json::parse(raw).get<std::string>();
    } catch (const std::exception&) {
      return {};
    }
  }
  void skip_value() {
    space();
    char c = peek();
    if (c == '"') {
      string_token();
    } else if (c == '{' || c == '[') {
      char close = c == '{' ? '}' : ']';
      ++i_;
      space();
      if (peek() == close) {
        ++i_;
        return;
      }
      while (i_ < t_.size()) {
        if (c == '{') {
          space();
          string_token();
          space();
          ++i_;  // ':'
        }
        skip_value();
        space();
        char sep = peek();
        ++i_;
        if (sep != ',') return;  // the closing bracket
      }
    } else {
      while (i_ < t_.size() && t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']' && t_[i_] != ' ' &&
             t_[i_] != '\n' && t_[i_] != '\r' && t_[i_] != '\t')
        ++i_;
    }
  }
 public:
  bool elements(std::vector<size_t>& out) {
    space();
    if (peek() != '[') return false;
    ++i_;
    space();
    if (peek() == ']') return true;
    while (i_ < t_.size()) {
      space();
      out.push_back(i_);
      skip_value();
      space();
      if (peek() != ',') return true;
      ++i_;
    }
    return true;
  }
};

}  // namespace

std::vector<size_t> array_element_offsets(std::string_view text, const std::vector<std::string>& path) {
  std::vector<size_t> out;
  Scanner s(text);
  if (path.empty()) {
    if (!s.elements(out)) out.clear();
    return out;
  }
  if (!s.find(path, 0, out)) out.clear();
  return out;
}

}  // namespace tlatrace::trace
