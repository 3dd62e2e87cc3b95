#include "instrument/clock.hpp"

#include <charconv>

namespace tlatrace::instrument {

namespace {

std::string json_key(std::string_view node) {
  JsonOut out;
  out.string(node);
  out.raw(':');
  return out.str();
}

bool needs_percent(unsigned char c) { return c == '%' || c == ';' || c == '=' || c < 0x20 || c == 0x7F; }

void append_escaped(std::string& out, std::string_view name) {
  static constexpr char hex[] = "0123456789ABCDEF";
  for (char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (needs_percent(c)) {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 0xF];
    } else {
      out += ch;
    }
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<std::string> unescape(std::string_view text) {
  std::string name;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      name += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;  // '%' needs two hex digits after it
    const int high = hex_value(text[i + 1]);
    const int low = hex_value(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    name += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return name;
}

std::optional<std::uint64_t> parse_count(std::string_view text) {
  std::uint64_t value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

VectorClock::VectorClock(std::string self) {
  head_json_ = "{" + json_key(self);
  rest_json_ = "}";
  entries_.push_back({std::move(self), 0});
}

void VectorClock::merge(const VectorClock& other) {
  bool others_changed = false;
  for (const auto& theirs : other.entries_) {
    bool found = false;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      Entry& mine = entries_[i];
      if (mine.node != theirs.node) continue;
      if (theirs.count > mine.count) {
        mine.count = theirs.count;
        if (i == 0) own_count_.set(mine.count);
        others_changed |= i > 0;
      }
      found = true;
      break;
    }
    if (!found) {
      entries_.push_back({theirs.node, theirs.count});
      if (entries_.size() == 1) own_count_.set(theirs.count);  // the first entry owns the clock
      others_changed = true;
    }
  }
  if (others_changed || head_json_.empty()) refresh_rest();
}

std::uint64_t VectorClock::get(std::string_view node) const noexcept {
  for (const auto& entry : entries_) {
    if (entry.node == node) return entry.count;
  }
  return 0;
}

void VectorClock::set(std::string_view node, std::uint64_t count) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].node == node) {
      entries_[i].count = count;
      if (i > 0) refresh_rest();
      if (i == 0) own_count_.set(count);
      return;
    }
  }
  entries_.push_back({std::string(node), count});
  if (entries_.size() == 1) own_count_.set(count);
  refresh_rest();
}

void VectorClock::refresh_rest() {
  if (entries_.empty()) return;
  if (head_json_.empty()) head_json_ = "{" + json_key(entries_[0].node);  // the first entry set owns the clock
  JsonOut rest;
  for (std::size_t i = 1; i < entries_.size(); ++i) {
    rest.raw(',');
    rest.string(entries_[i].node);
    rest.raw(':');
    rest.unsigned_integer(entries_[i].count);
  }
  rest.raw('}');
  rest_json_ = rest.str();
}

void VectorClock::write_json(JsonOut& out) const { out.commit(put_json(out.reserve(json_size_bound()))); }

char* VectorClock::put_json(char* at) const noexcept {
  if (entries_.empty()) return JsonOut::put(at, "{}");
  at = JsonOut::put(at, head_json_);
  at = own_count_.put(at);
  return JsonOut::put(at, rest_json_);
}

bool VectorClock::less_or_equal(const VectorClock& other) const noexcept {
  for (const auto& entry : entries_) {
    if (entry.count > other.get(entry.node)) return false;
  }
  return true;
}

std::string Stamp::encode() const {
  std::string text = std::to_string(lamport);
  for (const auto& entry : vc.entries()) {
    text += ';';
    append_escaped(text, entry.node);
    text += '=';
    text += std::to_string(entry.count);
  }
  return text;
}

std::optional<Stamp> Stamp::decode(std::string_view text) {
  Stamp stamp;
  std::size_t separator = text.find(';');
  const auto lamport = parse_count(text.substr(0, separator));
  if (!lamport) return std::nullopt;
  stamp.lamport = *lamport;
  while (separator != std::string_view::npos) {
    text.remove_prefix(separator + 1);
    separator = text.find(';');
    const std::string_view item = text.substr(0, separator);
    const auto equals = item.find('=');
    if (equals == std::string_view::npos) return std::nullopt;
    auto node = unescape(item.substr(0, equals));
    auto count = parse_count(item.substr(equals + 1));
    if (!node || !count) return std::nullopt;
    stamp.vc.set(*node, *count);
  }
  return stamp;
}

}  // namespace tlatrace::instrument
