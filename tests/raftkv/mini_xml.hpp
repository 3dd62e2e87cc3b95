#pragma once
// A strict reader for the small XML documents tests inspect (JUnit reports): elements,
// attributes, character data, the five predefined entities and numeric character
// references, comments and the XML declaration. No DTDs, CDATA or namespaces. Malformed
// input throws std::runtime_error naming the byte offset.
#include <cctype>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tlatrace::testing {

/// One element: its name, attributes in document order, text (concatenated) and children.
struct XmlElement {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
  std::string text;
  std::vector<std::unique_ptr<XmlElement>> children;

  /// The value of attribute `key`, or nullptr.
  const std::string* attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes)
      if (k == key) return &v;
    return nullptr;
  }
  /// The children named `child`.
  std::vector<const XmlElement*> all(std::string_view child) const {
    std::vector<const XmlElement*> out;
    for (const auto& c : children)
      if (c->name == child) out.push_back(c.get());
    return out;
  }
};

/// Parses a whole document; returns its root element.
inline std::unique_ptr<XmlElement> parse_xml(std::string_view doc) {
  std::size_t at = 0;
  auto fail = [&](const std::string& what) -> void {
    throw std::runtime_error("XML error at byte " + std::to_string(at) + ": " + what);
  };
  auto starts = [&](std::string_view s) { return doc.substr(at, s.size()) == s; };
  auto skip_space = [&] {
    while (at < doc.size() && (doc[at] == ' ' || doc[at] == '\n' || doc[at] == '\t' || doc[at] == '\r')) ++at;
  };
  auto skip_misc = [&] {  // whitespace, comments, processing instructions
    for (;;) {
      skip_space();
      if (starts("<!--")) {
        const std::size_t end = doc.find("-->", at + 4);
        if (end == std::string_view::npos) fail("unterminated comment");
        at = end + 3;
      } else if (starts("<?")) {
        const std::size_t end = doc.find("?>", at + 2);
        if (end == std::string_view::npos) fail("unterminated declaration");
        at = end + 2;
      } else {
        return;
      }
    }
  };
  auto is_name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':';
  };
  auto name = [&] {
    const std::size_t start = at;
    while (at < doc.size() && is_name_char(doc[at])) ++at;
    if (at == start) fail("expected a name");
    return std::string(doc.substr(start, at - start));
  };
  auto decode = [&](std::string_view raw) {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '<') fail("'<' in character data");
      if (raw[i] != '&') {
        out += raw[i];
        continue;
      }
      const std::size_t semi = raw.find(';', i);
      if (semi == std::string_view::npos) fail("unterminated entity");
      const std::string_view ent = raw.substr(i + 1, semi - i - 1);
      if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "amp") out += '&';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (ent.size() > 1 && ent[0] == '#') {
        const unsigned long code = ent[1] == 'x' ? std::stoul(std::string(ent.substr(2)), nullptr, 16)
                                                 : std::stoul(std::string(ent.substr(1)));
        if (code >= 0x80) fail("non-ASCII character references are not supported");
        out += static_cast<char>(code);
      } else {
        fail("unknown entity &" + std::string(ent) + ";");
      }
      i = semi;
    }
    return out;
  };
  // Iterative element parsing with an explicit stack.
  std::unique_ptr<XmlElement> root;
  std::vector<XmlElement*> open;
  skip_misc();
  do {
    if (at >= doc.size()) fail("unexpected end of document");
    if (starts("</")) {
      at += 2;
      const std::string closing = name();
      skip_space();
      if (open.empty() || open.back()->name != closing) fail("mismatched </" + closing + ">");
      if (at >= doc.size() || doc[at] != '>') fail("expected '>'");
      ++at;
      open.pop_back();
    } else if (starts("<!--")) {
      skip_misc();
      continue;
    } else if (doc[at] == '<') {
      ++at;
      auto element = std::make_unique<XmlElement>();
      element->name = name();
      for (;;) {
        skip_space();
        if (at >= doc.size()) fail("unterminated tag");
        if (doc[at] == '>' || starts("/>")) break;
        std::string key = name();
        skip_space();
        if (at >= doc.size() || doc[at] != '=') fail("expected '=' after attribute " + key);
        ++at;
        skip_space();
        if (at >= doc.size() || (doc[at] != '"' && doc[at] != '\'')) fail("expected a quoted value");
        const char quote = doc[at++];
        const std::size_t end = doc.find(quote, at);
        if (end == std::string_view::npos) fail("unterminated attribute value");
        if (element->attribute(key)) fail("duplicate attribute " + key);
        element->attributes.emplace_back(std::move(key), decode(doc.substr(at, end - at)));
        at = end + 1;
      }
      const bool empty = starts("/>");
      at += empty ? 2 : 1;
      XmlElement* raw = element.get();
      if (open.empty()) {
        if (root) fail("a second root element");
        root = std::move(element);
      } else {
        open.back()->children.push_back(std::move(element));
      }
      if (!empty) open.push_back(raw);
    } else {
      if (open.empty()) fail("text outside the root element");
      const std::size_t end = doc.find('<', at);
      if (end == std::string_view::npos) fail("unterminated element " + open.back()->name);
      open.back()->text += decode(doc.substr(at, end - at));
      at = end;
    }
  } while (!open.empty());
  skip_misc();
  if (at != doc.size()) fail("content after the root element");
  return root;
}

}  // namespace tlatrace::testing
