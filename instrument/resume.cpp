// Reading a node's latest clocks back from an ndjson trace (see resume.hpp).
#include "instrument/resume.hpp"

#include <cstdint>
#include <fstream>
#include <vector>

namespace tlatrace::instrument {

namespace {

/// A cursor over one JSON line; enough of JSON to walk the top-level keys of an event.
struct Scanner {
  std::string_view s;
  std::size_t at = 0;

  void skip_space() {
    while (at < s.size() && (s[at] == ' ' || s[at] == '\t' || s[at] == '\r')) ++at;
  }
  bool eat(char c) {
    skip_space();
    if (at < s.size() && s[at] == c) {
      ++at;
      return true;
    }
    return false;
  }
  /// A string; escapes other than \" and \\ are kept as written (node names never need them).
  std::optional<std::string> string() {
    if (!eat('"')) return std::nullopt;
    std::string out;
    while (at < s.size() && s[at] != '"') {
      if (s[at] == '\\' && at + 1 < s.size()) ++at;
      out += s[at++];
    }
    if (at >= s.size()) return std::nullopt;
    ++at;
    return out;
  }
  std::optional<std::uint64_t> number() {
    skip_space();
    std::uint64_t v = 0;
    const std::size_t start = at;
    while (at < s.size() && s[at] >= '0' && s[at] <= '9') v = v * 10 + static_cast<std::uint64_t>(s[at++] - '0');
    if (at == start) return std::nullopt;
    return v;
  }
  /// Skips any value: strings (with escapes), nested objects and arrays, scalars.
  bool skip_value() {
    skip_space();
    if (at >= s.size()) return false;
    if (s[at] == '"') return string().has_value();
    if (s[at] != '{' && s[at] != '[') {
      while (at < s.size() && s[at] != ',' && s[at] != '}' && s[at] != ']') ++at;
      return true;
    }
    int depth = 0;
    bool in_string = false;
    for (; at < s.size(); ++at) {
      const char c = s[at];
      if (in_string) {
        if (c == '\\') ++at;
        else if (c == '"') in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        ++at;
        return true;
      }
    }
    return false;
  }
};

std::optional<VectorClock> parse_vc(Scanner& sc, std::string_view node) {
  if (!sc.eat('{')) return std::nullopt;
  VectorClock vc{std::string(node)};
  if (sc.eat('}')) return vc;
  do {
    auto name = sc.string();
    if (!name || !sc.eat(':')) return std::nullopt;
    auto count = sc.number();
    if (!count) return std::nullopt;
    vc.set(*name, *count);
  } while (sc.eat(','));
  if (!sc.eat('}')) return std::nullopt;
  return vc;
}

}  // namespace

std::optional<Stamp> stamp_of_line(std::string_view line, std::string_view node) {
  Scanner sc{line};
  if (!sc.eat('{')) return std::nullopt;
  std::optional<std::string> owner;
  std::optional<std::uint64_t> clock;
  std::optional<VectorClock> vc;
  if (sc.eat('}')) return std::nullopt;
  do {
    auto key = sc.string();
    if (!key || !sc.eat(':')) return std::nullopt;
    if (*key == "node") {
      owner = sc.string();
      if (!owner) return std::nullopt;
    } else if (*key == "clock") {
      clock = sc.number();
      if (!clock) return std::nullopt;
    } else if (*key == "vc") {
      vc = parse_vc(sc, node);
      if (!vc) return std::nullopt;
    } else if (!sc.skip_value()) {
      return std::nullopt;
    }
  } while (sc.eat(','));
  if (!sc.eat('}') || !owner || *owner != node || !clock) return std::nullopt;
  Stamp stamp;
  stamp.lamport = *clock;
  stamp.vc = vc ? std::move(*vc) : VectorClock(std::string(node));
  return stamp;
}

std::optional<Stamp> last_stamp_in_trace(const std::string& path, std::string_view node) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  // Read the file from its end in growing chunks until a complete line of `node` turns up.
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  for (std::streamoff chunk = 64 * 1024;; chunk *= 4) {
    const std::streamoff start = chunk >= size ? 0 : size - chunk;
    std::string text(static_cast<std::size_t>(size - start), '\0');
    in.seekg(start);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in) return std::nullopt;
    std::size_t end = text.size();
    // A line is complete when it ends in '\n'; the first one of a chunk may be cut short.
    if (end > 0 && text[end - 1] != '\n') {  // a torn last line: start before it
      const std::size_t last_newline = text.rfind('\n');
      end = last_newline == std::string::npos ? 0 : last_newline + 1;
    }
    while (end > 0) {
      const std::size_t line_end = end - 1;  // the '\n'
      const std::size_t prev = line_end == 0 ? std::string::npos : text.rfind('\n', line_end - 1);
      const std::size_t line_start = prev == std::string::npos ? 0 : prev + 1;
      if (line_start > 0 || start == 0) {
        if (auto stamp = stamp_of_line(std::string_view(text).substr(line_start, line_end - line_start), node)) return stamp;
      }
      end = line_start;
    }
    if (start == 0) return std::nullopt;
  }
}

}  // namespace tlatrace::instrument
