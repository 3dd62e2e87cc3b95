#include "trace/values.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace tlatrace::trace {
namespace {

using json = nlohmann::json;

std::string where(const std::string& path) { return path.empty() ? "" : " at " + path; }

json normalize_at(const json& v, const std::string& path);

// {"#bigint": "-000123"} -> -123; outside 64 bits -> {"#bigint": "-123..."} canonical.
json normalize_bigint(const json& digits, const std::string& path) {
  if (!digits.is_string()) throw ValueError("#bigint must hold a string of digits" + where(path));
  const std::string& s = digits.get_ref<const std::string&>();
  bool negative = !s.empty() && s[0] == '-';
  size_t first = negative ? 1 : 0;
  if (first == s.size() || !std::all_of(s.begin() + first, s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    throw ValueError("#bigint " + json(s).dump() + " is not a decimal integer" + where(path));
  size_t nonzero = s.find_first_not_of('0', first);
  if (nonzero == std::string::npos) return json(int64_t{0});
  std::string canonical = (negative ? "-" : "") + s.substr(nonzero);
  int64_t small = 0;
  auto [end, err] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), small);
  if (err == std::errc() && end == canonical.data() + canonical.size()) return json(small);
  return json{{"#bigint", canonical}};
}

json normalize_elements(const json& arr, const std::string& path, const char* tag) {
  if (!arr.is_array()) throw ValueError(std::string(tag) + " must hold an array" + where(path));
  json out = json::array();
  for (size_t i = 0; i < arr.size(); ++i)
    out.push_back(normalize_at(arr[i], path + "[" + std::to_string(i) + "]"));
  return out;
}

json normalize_set(const json& arr, const std::string& path) {
  json elems = normalize_elements(arr, path, "#set");
  std::vector<json> sorted(elems.begin(), elems.end());
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return json{{"#set", json(sorted)}};
}

json normalize_map(const json& arr, const std::string& path) {
  if (!arr.is_array()) throw ValueError("#map must hold an array of [key, value] pairs" + where(path));
  std::vector<std::pair<json, json>> pairs;
  for (size_t i = 0; i < arr.size(); ++i) {
    std::string at = path + "[" + std::to_string(i) + "]";
    if (!arr[i].is_array() || arr[i].size() != 2)
      throw ValueError("#map entry is not a [key, value] pair" + where(at));
    pairs.emplace_back(normalize_at(arr[i][0], at + "[0]"), normalize_at(arr[i][1], at + "[1]"));
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  json out = json::array();
  for (size_t i = 0; i < pairs.size(); ++i) {
    if (i > 0 && pairs[i].first == pairs[i - 1].first) {
      if (pairs[i].second != pairs[i - 1].second)
        throw ValueError("#map binds key " + pairs[i].first.dump() + " to two values" + where(path));
      continue;
    }
    out.push_back(json::array({pairs[i].first, pairs[i].second}));
  }
  return json{{"#map", out}};
}

json normalize_tagged(const json& obj, const std::string& path) {
  if (obj.size() != 1) {
    for (const auto& [k, _] : obj.items())
      if (!k.empty() && k[0] == '#')
        throw ValueError("tag " + json(k).dump() + " must be the only key of its object" + where(path));
  }
  auto first = obj.begin();
  const std::string& tag = first.key();
  const json& body = first.value();
  if (tag == "#bigint") return normalize_bigint(body, path);
  if (tag == "#set") return normalize_set(body, path);
  if (tag == "#tup") return json{{"#tup", normalize_elements(body, path, "#tup")}};
  if (tag == "#map") return normalize_map(body, path);
  if (tag == "#partial") {
    // Some entries of a function; the others are unobserved.
    if (!body.is_object())
      throw ValueError("#partial must hold an object of the observed entries (or {\"#map\": [[key, value], ...]})" +
                       where(path));
    if (body.size() == 1 && body.contains("#map")) return json{{"#partial", normalize_map(body["#map"], path)}};
    json out = json::object();
    for (const auto& [k, field] : body.items()) {
      if (!k.empty() && k[0] == '#')
        throw ValueError("#partial holds the tag " + json(k).dump() + " (only #map may be used there)" + where(path));
      out[k] = normalize_at(field, path + "." + k);
    }
    return json{{"#partial", out}};
  }
  if (tag == "#unserializable") {
    if (!body.is_string()) throw ValueError("#unserializable must hold a string" + where(path));
    return obj;
  }
  throw ValueError("unknown tag " + json(tag).dump() +
                   " (known: #bigint, #set, #tup, #map, #partial, #unserializable)" + where(path));
}

json normalize_at(const json& v, const std::string& path) {
  switch (v.type()) {
    case json::value_t::null:
      throw ValueError("null is not a value (leave the key out when it is unobserved)" + where(path));
    case json::value_t::boolean:
    case json::value_t::string:
    case json::value_t::number_integer:
    case json::value_t::number_float:
      return v;
    case json::value_t::number_unsigned: {
      uint64_t u = v.get<uint64_t>();
      if (u <= static_cast<uint64_t>(INT64_MAX)) return json(static_cast<int64_t>(u));
      return json{{"#bigint", std::to_string(u)}};
    }
    case json::value_t::array:
      return normalize_elements(v, path, "array");
    case json::value_t::object: {
      bool tagged = false;
      for (const auto& [k, _] : v.items())
        if (!k.empty() && k[0] == '#') tagged = true;
      if (tagged) return normalize_tagged(v, path);
      json out = json::object();
      for (const auto& [k, field] : v.items()) out[k] = normalize_at(field, path + "." + k);
      return out;
    }
    default:
      throw ValueError("unsupported JSON value" + where(path));
  }
}

// As TLC's JSON writer: keys exactly 1..n -> an array; string or integer keys -> an object
// (integers written in decimal); anything else -> an array of [key, value] pairs.
json strip_map(const json& pairs) {
  bool one_to_n = true, keyable = true;
  int64_t expect = 1;
  for (const auto& p : pairs) {
    const json& k = p[0];
    one_to_n = one_to_n && k.is_number_integer() && k.get<int64_t>() == expect++;
    keyable = keyable && (k.is_string() || k.is_number_integer());
  }
  if (one_to_n) {
    json out = json::array();
    for (const auto& p : pairs) out.push_back(strip_container_tags(p[1]));
    return out;
  }
  json out = keyable ? json::object() : json::array();
  for (const auto& p : pairs) {
    const json& k = p[0];
    if (!keyable) out.push_back(json::array({strip_container_tags(k), strip_container_tags(p[1])}));
    else out[k.is_string() ? k.get<std::string>() : std::to_string(k.get<int64_t>())] = strip_container_tags(p[1]);
  }
  return out;
}

}  // namespace

json normalize_value(const json& v) { return normalize_at(v, ""); }

json strip_container_tags(const json& v) {
  if (v.is_array()) {
    json out = json::array();
    for (const auto& e : v) out.push_back(strip_container_tags(e));
    return out;
  }
  if (!v.is_object()) return v;
  if (v.size() == 1 && (v.contains("#set") || v.contains("#tup"))) return strip_container_tags(v.begin().value());
  if (v.size() == 1 && v.contains("#map")) return strip_map(v["#map"]);
  json out = json::object();
  for (const auto& [k, field] : v.items()) out[k] = strip_container_tags(field);
  return out;
}

}  // namespace tlatrace::trace
