#include "refinement/json_match.hpp"

#include <stdexcept>
#include <vector>

#include "evaluator/value/values.hpp"

namespace tlatrace::refine {

using eval::Value;
using json = nlohmann::json;

namespace {

bool tagged(const json& j, const char* tag) { return j.is_object() && j.size() == 1 && j.contains(tag); }

bool fail(Difference* d, const std::string& path, const Value& v, const json& j, std::string reason = {}) {
  if (d) {
    d->path = path;
    d->spec = v.is_none() ? "(absent)" : eval::to_tla_string(v);
    d->trace = j.is_discarded() ? "(absent)" : j.dump();
    d->reason = std::move(reason);
  }
  return false;
}

std::string type_reason(const Value& v, const json& j) {
  return std::string("type: the spec has ") + eval::kind_description(v) + ", the trace " + json_kind(j);
}

/// The key of an object as it would read for a domain element `d`.
bool key_denotes(const std::string& key, const Value& d) {
  if (d.is_string() || d.is_model()) return d.raw_atom()->text == key;
  if (d.is_int()) return std::to_string(d.raw_int()) == key;
  return eval::to_tla_string(d) == key;
}

std::string index_path(const Value& d) {
  if (d.is_string() && eval::is_record_field_name(d.raw_atom()->text)) return "." + d.raw_atom()->text;
  return "[" + eval::to_tla_string(d) + "]";
}

bool match(const json& j, const Value& v, Difference* d, const std::string& path);

/// Elements of an array against a sequence, in order.
bool match_sequence(const json& arr, const Value& v, Difference* d, const std::string& path) {
  const auto& rng = v.as_fcn_obj().rng();
  if (arr.size() != rng.size())
    return fail(d, path, v, arr,
                "length: the spec's sequence has " + std::to_string(rng.size()) + " elements, the trace's " +
                    std::to_string(arr.size()));
  for (size_t i = 0; i < rng.size(); ++i)
    if (!match(arr[i], rng[i], d, path + "[" + std::to_string(i + 1) + "]")) return false;
  return true;
}

/// Elements of an array against a set, in any order.
bool match_set(const json& arr, const Value& v, Difference* d, const std::string& path) {
  std::vector<Value> elems = eval::elements(v);
  if (arr.size() != elems.size())
    return fail(d, path, v, arr,
                "size: the spec's set has " + std::to_string(elems.size()) + " elements, the trace's " +
                    std::to_string(arr.size()));
  std::vector<bool> used(elems.size(), false);
  for (const auto& item : arr) {
    bool found = false;
    for (size_t k = 0; k < elems.size() && !found; ++k)
      if (!used[k] && match(item, elems[k], nullptr, path)) used[k] = found = true;
    if (!found) return fail(d, path, v, arr, "the trace's element " + item.dump() + " is not in the spec's set");
  }
  return true;
}

/// (key, value) pairs against a function; `key_of(i)` matches key i against a domain element.
/// With `partial` (#partial), the domain elements the pairs do not name are not compared.
template <typename KeyMatch, typename ValueAt>
bool match_pairs(size_t n, KeyMatch key_matches, ValueAt value_at, const json& whole, const Value& v, Difference* d,
                 const std::string& path, bool partial = false) {
  const eval::FcnObj& f = v.as_fcn_obj();
  std::vector<Value> dom;
  if (f.seq())
    for (size_t i = 0; i < f.size(); ++i) dom.push_back(Value::integer(static_cast<int64_t>(i + 1)));
  else
    dom = to_vector(f.dom());
  std::vector<bool> seen(dom.size(), false);
  for (size_t i = 0; i < n; ++i) {
    size_t k = 0;
    while (k < dom.size() && !key_matches(i, dom[k])) ++k;
    if (k == dom.size()) {
      if (d) *d = Difference{path, eval::to_tla_string(v), whole.dump(), "the trace has an entry the spec's value has not"};
      return false;
    }
    seen[k] = true;
    if (!match(value_at(i), f.rng()[k], d, path + index_path(dom[k]))) return false;
  }
  for (size_t k = 0; k < dom.size() && !partial; ++k)
    if (!seen[k]) return fail(d, path + index_path(dom[k]), f.rng()[k], json(json::value_t::discarded), "missing in the trace");
  return true;
}

bool match(const json& j, const Value& v, Difference* d, const std::string& path) {
  switch (j.type()) {
    case json::value_t::boolean:
      if (!v.is_bool()) return fail(d, path, v, j, type_reason(v, j));
      return v.raw_bool() == j.get<bool>() || fail(d, path, v, j);
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      if (!v.is_int()) return fail(d, path, v, j, type_reason(v, j));
      if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) return fail(d, path, v, j);
      return v.raw_int() == j.get<int64_t>() || fail(d, path, v, j);
    case json::value_t::string:
      if (!v.is_string() && !v.is_model()) return fail(d, path, v, j, type_reason(v, j));
      return v.raw_atom()->text == j.get_ref<const std::string&>() || fail(d, path, v, j);
    case json::value_t::array:
      if (v.is_set()) return match_set(j, v, d, path);
      if (v.is_function() && eval::is_sequence(v)) return match_sequence(j, v, d, path);
      return fail(d, path, v, j, type_reason(v, j));
    case json::value_t::object: {
      if (tagged(j, "#tup")) {
        if (v.is_function() && eval::is_sequence(v)) return match_sequence(j["#tup"], v, d, path);
        return fail(d, path, v, j, type_reason(v, j));
      }
      if (tagged(j, "#set")) {
        if (v.is_set()) return match_set(j["#set"], v, d, path);
        return fail(d, path, v, j, type_reason(v, j));
      }
      if (tagged(j, "#unserializable")) {
        const json& name = j["#unserializable"];
        bool ok = name.is_string() && (v.is_model() ? v.raw_atom()->text == name.get<std::string>()
                                                    : eval::to_tla_string(v) == name.get<std::string>());
        return ok || fail(d, path, v, j);
      }
      if (tagged(j, "#bigint")) return fail(d, path, v, j, "the trace's integer does not fit in 64 bits");
      if (!v.is_function()) return fail(d, path, v, j, type_reason(v, j));
      bool partial = tagged(j, "#partial");
      const json& body = partial ? j["#partial"] : j;
      if (tagged(body, "#map")) {
        const json& pairs = body["#map"];
        return match_pairs(
            pairs.size(), [&](size_t i, const Value& dom) { return match(pairs[i][0], dom, nullptr, path); },
            [&](size_t i) -> const json& { return pairs[i][1]; }, j, v, d, path, partial);
      }
      std::vector<const std::string*> keys;
      std::vector<const json*> vals;
      for (auto it = body.begin(); it != body.end(); ++it) {
        keys.push_back(&it.key());
        vals.push_back(&it.value());
      }
      return match_pairs(
          keys.size(), [&](size_t i, const Value& dom) { return key_denotes(*keys[i], dom); },
          [&](size_t i) -> const json& { return *vals[i]; }, j, v, d, path, partial);
    }
    default:
      return fail(d, path, v, j, std::string("no TLA+ value is ") + json_kind(j));
  }
}

}  // namespace

bool json_matches(const json& j, const Value& v, Difference* diff) {
  try {
    return match(j, v, diff, "");
  } catch (const eval::EvalError& e) {  // e.g. an infinite set in the spec's state
    return fail(diff, "", v, j, e.what());
  }
}

Value json_to_value(const json& j) {
  switch (j.type()) {
    case json::value_t::boolean: return Value::boolean(j.get<bool>());
    case json::value_t::number_integer: return Value::integer(j.get<int64_t>());
    case json::value_t::number_unsigned:
      if (j.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX)) throw std::runtime_error("integer out of range");
      return Value::integer(j.get<int64_t>());
    case json::value_t::string: return Value::string(j.get_ref<const std::string&>());
    case json::value_t::array: {
      std::vector<Value> elems;
      for (const auto& e : j) elems.push_back(json_to_value(e));
      return eval::make_tuple(std::move(elems));
    }
    case json::value_t::object: {
      if (tagged(j, "#tup")) return json_to_value(j["#tup"]);
      if (tagged(j, "#set")) {
        std::vector<Value> elems;
        for (const auto& e : j["#set"]) elems.push_back(json_to_value(e));
        return eval::make_set(std::move(elems));
      }
      if (tagged(j, "#map")) {
        std::vector<std::pair<Value, Value>> pairs;
        for (const auto& p : j["#map"]) pairs.emplace_back(json_to_value(p[0]), json_to_value(p[1]));
        return eval::make_function(std::move(pairs));
      }
      if (tagged(j, "#unserializable")) return Value::model(j["#unserializable"].get<std::string>());
      if (tagged(j, "#bigint")) throw std::runtime_error("integer out of range");
      if (tagged(j, "#partial")) return json_to_value(j["#partial"]);  // the function on the entries given
      std::vector<std::pair<std::string_view, Value>> fields;
      for (auto it = j.begin(); it != j.end(); ++it) fields.emplace_back(it.key(), json_to_value(it.value()));
      return eval::make_record(std::move(fields));
    }
    default: throw std::runtime_error(std::string("no TLA+ value is ") + json_kind(j));
  }
}

Value json_to_value_like(const json& j, const Value& like) {
  if (like.is_none()) return json_to_value(j);
  if (json_matches(j, like)) return like;
  if (j.is_string() && like.is_model()) return Value::model(j.get<std::string>());
  if (tagged(j, "#partial") && like.is_function()) {
    // The entries given override those of `like`; the others are taken from it.
    const eval::FcnObj& f = like.as_fcn_obj();
    const json& body = j["#partial"];
    std::vector<Value> dom, rng(f.rng().begin(), f.rng().end());
    for (size_t k = 0; k < f.size(); ++k) dom.push_back(f.seq() ? Value::integer(static_cast<int64_t>(k + 1)) : f.dom()[k]);
    auto set_entry = [&](const auto& key_matches, const json& value) {
      for (size_t k = 0; k < dom.size(); ++k)
        if (key_matches(dom[k])) {
          rng[k] = json_to_value_like(value, rng[k]);
          return;
        }
      throw std::runtime_error("#partial names an entry outside the function's domain");
    };
    if (tagged(body, "#map")) {
      for (const auto& p : body["#map"]) set_entry([&](const Value& d) { return match(p[0], d, nullptr, ""); }, p[1]);
    } else {
      for (auto it = body.begin(); it != body.end(); ++it)
        set_entry([&](const Value& d) { return key_denotes(it.key(), d); }, it.value());
    }
    return eval::make_function(std::move(dom), std::move(rng));
  }
  const json* items = j.is_array() ? &j : tagged(j, "#set") ? &j["#set"] : tagged(j, "#tup") ? &j["#tup"] : nullptr;
  if (items && like.is_set()) {
    std::vector<Value> like_elems = eval::elements(like);
    std::vector<Value> elems;
    for (const auto& e : *items) elems.push_back(json_to_value_like(e, like_elems.empty() ? Value() : like_elems[0]));
    return eval::make_set(std::move(elems));
  }
  if (items && like.is_function() && eval::is_sequence(like)) {
    const auto& rng = like.as_fcn_obj().rng();
    std::vector<Value> elems;
    for (size_t i = 0; i < items->size(); ++i)
      elems.push_back(json_to_value_like((*items)[i], rng.empty() ? Value() : rng[std::min(i, rng.size() - 1)]));
    return eval::make_tuple(std::move(elems));
  }
  if (j.is_object() && !j.empty() && j.begin().key()[0] != '#' && like.is_function() && !eval::is_sequence(like)) {
    const eval::FcnObj& f = like.as_fcn_obj();
    std::vector<std::pair<Value, Value>> pairs;
    for (auto it = j.begin(); it != j.end(); ++it) {
      size_t k = 0;
      while (k < f.dom().size() && !key_denotes(it.key(), f.dom()[k])) ++k;
      Value key = k < f.dom().size() ? f.dom()[k] : Value::string(it.key());
      const Value& like_value = k < f.rng().size() ? f.rng()[k] : f.rng().empty() ? Value() : f.rng()[0];
      pairs.emplace_back(key, json_to_value_like(it.value(), like_value));
    }
    return eval::make_function(std::move(pairs));
  }
  return json_to_value(j);
}

std::string unrepresentable(const json& j) {
  if (j.is_number_float()) return "the number " + j.dump() + " is not an integer";
  if (j.is_number_unsigned() && j.get<uint64_t>() > static_cast<uint64_t>(INT64_MAX))
    return "the number " + j.dump() + " is out of range (64-bit integers)";
  if (tagged(j, "#bigint")) return "the number " + j["#bigint"].dump() + " is out of range (64-bit integers)";
  if (j.is_array() || j.is_object())
    for (const auto& e : j) {
      std::string why = unrepresentable(e);
      if (!why.empty()) return why;
    }
  return {};
}

const char* json_kind(const json& j) {
  switch (j.type()) {
    case json::value_t::boolean: return "a Boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a non-integer number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object:
      if (tagged(j, "#set")) return "a set";
      if (tagged(j, "#tup")) return "a tuple";
      if (tagged(j, "#map")) return "a function";
      if (tagged(j, "#partial")) return "a partial function";
      return "an object";
    case json::value_t::null: return "null";
    default: return "a value";
  }
}

}  // namespace tlatrace::refine
