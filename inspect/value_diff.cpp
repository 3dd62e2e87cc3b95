#include "inspect/value_diff.hpp"

#include <algorithm>

#include "evaluator/value/eval_error.hpp"
#include "evaluator/value/json.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::inspect {

using nlohmann::json;

namespace {

enum class Shape { Scalar, Record, Map, Tuple, Set };

bool is_tagged(const json& v, const char* tag) { return v.is_object() && v.size() == 1 && v.contains(tag); }

Shape shape_of(const json& v) {
  if (is_tagged(v, "#map") && v["#map"].is_array()) return Shape::Map;
  if (is_tagged(v, "#tup") && v["#tup"].is_array()) return Shape::Tuple;
  if (is_tagged(v, "#set") && v["#set"].is_array()) return Shape::Set;
  if (v.is_array()) return Shape::Tuple;  // from_itf accepts plain arrays as sequences
  if (v.is_object() && !is_tagged(v, "#bigint") && !is_tagged(v, "#unserializable")) return Shape::Record;
  return Shape::Scalar;
}

const json& tuple_elements(const json& v) { return v.is_array() ? v : v["#tup"]; }

/// True for the empty function in any of its spellings (<<>>, an empty record, an empty #map).
bool is_empty_function(const json& v, Shape s) {
  if (s == Shape::Record) return v.empty();
  if (s == Shape::Tuple) return tuple_elements(v).empty();
  if (s == Shape::Map) return v["#map"].empty();
  return false;
}

class Differ {
 public:
  std::vector<ValueChange> out;

  void diff(const json& a, const json& b, const std::string& path) {
    if (a == b) return;
    Shape sa = shape_of(a), sb = shape_of(b);
    // The empty function is <<>>, [] and an empty #map at once: compare it in the other's shape.
    if (sa != sb && is_empty_function(a, sa) && (sb == Shape::Record || sb == Shape::Map || sb == Shape::Tuple)) sa = sb;
    if (sa != sb && is_empty_function(b, sb) && (sa == Shape::Record || sa == Shape::Map || sa == Shape::Tuple)) sb = sa;
    if (sa != sb || sa == Shape::Scalar) return modified(a, b, path);
    switch (sa) {
      case Shape::Record: return records(a, b, path);
      case Shape::Map: return maps(a, b, path);
      case Shape::Tuple: return tuples(a, b, path);
      case Shape::Set: return sets(a, b, path);
      case Shape::Scalar: break;
    }
  }

 private:
  void modified(const json& a, const json& b, const std::string& path) {
    out.push_back({path, ChangeKind::Modified, false, a, b});
  }
  void added(const json& b, const std::string& path, bool element = false) {
    out.push_back({path, ChangeKind::Added, element, nullptr, b});
  }
  void removed(const json& a, const std::string& path, bool element = false) {
    out.push_back({path, ChangeKind::Removed, element, a, nullptr});
  }

  static const json& empty_object() {
    static const json e = json::object();
    return e;
  }

  void records(const json& a, const json& b, const std::string& path) {
    const json& ra = a.is_object() && !is_tagged(a, "#tup") && !is_tagged(a, "#map") ? a : empty_object();
    const json& rb = b.is_object() && !is_tagged(b, "#tup") && !is_tagged(b, "#map") ? b : empty_object();
    for (auto it = ra.begin(); it != ra.end(); ++it) {
      std::string p = path + "." + it.key();
      auto other = rb.find(it.key());
      if (other == rb.end()) removed(it.value(), p);
      else diff(it.value(), *other, p);
    }
    for (auto it = rb.begin(); it != rb.end(); ++it)
      if (!ra.contains(it.key())) added(it.value(), path + "." + it.key());
  }

  static const json& map_pairs(const json& v) {
    static const json none = json::array();
    return is_tagged(v, "#map") ? v["#map"] : none;
  }

  void maps(const json& a, const json& b, const std::string& path) {
    const json& pa = map_pairs(a);
    const json& pb = map_pairs(b);
    auto find = [](const json& pairs, const json& key) -> const json* {
      for (const auto& p : pairs)
        if (p.is_array() && p.size() == 2 && p[0] == key) return &p[1];
      return nullptr;
    };
    for (const auto& p : pa) {
      if (!p.is_array() || p.size() != 2) continue;
      std::string where = path + "[" + print_itf(p[0]) + "]";
      if (const json* other = find(pb, p[0])) diff(p[1], *other, where);
      else removed(p[1], where);
    }
    for (const auto& p : pb)
      if (p.is_array() && p.size() == 2 && !find(pa, p[0])) added(p[1], path + "[" + print_itf(p[0]) + "]");
  }

  void tuples(const json& a, const json& b, const std::string& path) {
    static const json none = json::array();
    const json& ea = shape_of(a) == Shape::Tuple ? tuple_elements(a) : none;
    const json& eb = shape_of(b) == Shape::Tuple ? tuple_elements(b) : none;
    size_t na = ea.size(), nb = eb.size();
    size_t prefix = 0;
    while (prefix < na && prefix < nb && ea[prefix] == eb[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < na - prefix && suffix < nb - prefix && ea[na - 1 - suffix] == eb[nb - 1 - suffix]) ++suffix;
    size_t ma = na - prefix - suffix, mb = nb - prefix - suffix;
    size_t paired = std::min(ma, mb);
    auto index = [&](size_t i) { return path + "[" + std::to_string(i + 1) + "]"; };
    for (size_t i = 0; i < paired; ++i) diff(ea[prefix + i], eb[prefix + i], index(prefix + i));
    for (size_t i = paired; i < ma; ++i) removed(ea[prefix + i], index(prefix + i));
    for (size_t i = paired; i < mb; ++i) added(eb[prefix + i], index(prefix + i));
  }

  void sets(const json& a, const json& b, const std::string& path) {
    const json& ea = a["#set"];
    const json& eb = b["#set"];
    auto has = [](const json& elems, const json& e) { return std::find(elems.begin(), elems.end(), e) != elems.end(); };
    for (const auto& e : ea)
      if (!has(eb, e)) removed(e, path, true);
    for (const auto& e : eb)
      if (!has(ea, e)) added(e, path, true);
  }
};

}  // namespace

const char* change_kind_name(ChangeKind k) {
  switch (k) {
    case ChangeKind::Added: return "added";
    case ChangeKind::Modified: return "modified";
    case ChangeKind::Removed: return "removed";
  }
  return "modified";
}

std::vector<ValueChange> diff_values(const json& before, const json& after) {
  Differ d;
  d.diff(before, after, "");
  return std::move(d.out);
}

std::string print_itf(const json& v) {
  if (v.is_null()) return "null";
  try {
    return eval::to_tla_string(eval::from_itf(v));
  } catch (const std::exception&) {
    return v.dump();
  }
}

}  // namespace tlatrace::inspect
