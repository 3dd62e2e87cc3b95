#include "evaluator/value/json.hpp"

#include <limits>

#include "evaluator/value/construct.hpp"
#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::eval {
namespace {

Value integer_from_json(const nlohmann::json& j) {
  if (j.is_number_integer()) {
    if (j.is_number_unsigned() &&
        j.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      throw EvalError("JSON integer " + j.dump() + " does not fit in 64 bits.");
    }
    return Value::integer(j.get<int64_t>());
  }
  throw EvalError("JSON number " + j.dump() + " is not an integer.");
}

Value integer_from_text(const std::string& text) {
  size_t used = 0;
  long long parsed = 0;
  try {
    parsed = std::stoll(text, &used);
  } catch (const std::exception&) {
    throw EvalError("ITF #bigint \"" + text + "\" is not a 64-bit integer.");
  }
  if (used != text.size()) throw EvalError("ITF #bigint \"" + text + "\" is not an integer.");
  return Value::integer(parsed);
}

std::string json_key(const Value& d) {
  return d.is_string() ? d.raw_atom()->text : to_tla_string(d);
}

}  // namespace

nlohmann::json to_json(const Value& v) {
  switch (v.tag()) {
    case Tag::None: throw EvalError("Cannot convert an undefined value to JSON.");
    case Tag::Bool: return v.raw_bool();
    case Tag::Int: return v.raw_int();
    case Tag::String:
    case Tag::Model: return v.raw_atom()->text;
    case Tag::Set:
    case Tag::Interval:
    case Tag::LazySet: {
      nlohmann::json arr = nlohmann::json::array();
      for_each_element(v, [&](const Value& e) {
        arr.push_back(to_json(e));
        return true;
      });
      return arr;
    }
    case Tag::Function: {
      const FcnObj& f = v.as_fcn_obj();
      if (f.seq()) {
        nlohmann::json arr = nlohmann::json::array();
        for (const Value& e : f.rng()) arr.push_back(to_json(e));
        return arr;
      }
      nlohmann::json obj = nlohmann::json::object();
      for (size_t i = 0; i < f.size(); ++i) obj[json_key(f.dom()[i])] = to_json(f.rng()[i]);
      return obj;
    }
  }
  return nullptr;
}

Value from_json(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::boolean: return Value::boolean(j.get<bool>());
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return integer_from_json(j);
    case nlohmann::json::value_t::string: return Value::string(j.get<std::string>());
    case nlohmann::json::value_t::array: {
      std::vector<Value> elems;
      for (const auto& e : j) elems.push_back(from_json(e));
      return make_tuple(std::move(elems));
    }
    case nlohmann::json::value_t::object: {
      std::vector<std::pair<const Atom*, Value>> fields;
      for (auto it = j.begin(); it != j.end(); ++it) {
        fields.emplace_back(intern(it.key()), from_json(it.value()));
      }
      return make_record(std::move(fields));
    }
    default: throw EvalError("Cannot convert the JSON value " + j.dump() + " to a TLA+ value.");
  }
}

nlohmann::json to_itf(const Value& v) {
  switch (v.tag()) {
    case Tag::None: throw EvalError("Cannot convert an undefined value to ITF.");
    case Tag::Bool: return v.raw_bool();
    case Tag::Int: return {{"#bigint", std::to_string(v.raw_int())}};
    case Tag::String: return v.raw_atom()->text;
    case Tag::Model: return {{"#unserializable", v.raw_atom()->text}};
    case Tag::Set:
    case Tag::Interval:
    case Tag::LazySet: {
      nlohmann::json arr = nlohmann::json::array();
      for_each_element(v, [&](const Value& e) {
        arr.push_back(to_itf(e));
        return true;
      });
      return {{"#set", arr}};
    }
    case Tag::Function: {
      const FcnObj& f = v.as_fcn_obj();
      if (f.seq()) {
        nlohmann::json arr = nlohmann::json::array();
        for (const Value& e : f.rng()) arr.push_back(to_itf(e));
        return {{"#tup", arr}};
      }
      bool record = true;
      for (const Value& d : f.dom()) record = record && d.is_string();
      if (record) {
        nlohmann::json obj = nlohmann::json::object();
        for (size_t i = 0; i < f.size(); ++i) obj[f.dom()[i].raw_atom()->text] = to_itf(f.rng()[i]);
        return obj;
      }
      nlohmann::json pairs = nlohmann::json::array();
      for (size_t i = 0; i < f.size(); ++i) {
        pairs.push_back(nlohmann::json::array({to_itf(f.dom()[i]), to_itf(f.rng()[i])}));
      }
      return {{"#map", pairs}};
    }
  }
  return nullptr;
}

Value from_itf(const nlohmann::json& j) {
  if (j.is_boolean()) return Value::boolean(j.get<bool>());
  if (j.is_number()) return integer_from_json(j);
  if (j.is_string()) return Value::string(j.get<std::string>());
  if (j.is_array()) {
    std::vector<Value> elems;
    for (const auto& e : j) elems.push_back(from_itf(e));
    return make_tuple(std::move(elems));
  }
  if (!j.is_object()) throw EvalError("Cannot convert the ITF value " + j.dump() + " to TLA+.");
  if (j.size() == 1) {
    const auto first = j.begin();
    const std::string key = first.key();
    const nlohmann::json& body = first.value();
    if (key == "#bigint" && body.is_string()) return integer_from_text(body.get<std::string>());
    if (key == "#unserializable" && body.is_string()) return Value::model(body.get<std::string>());
    if ((key == "#set" || key == "#tup") && body.is_array()) {
      std::vector<Value> elems;
      for (const auto& e : body) elems.push_back(from_itf(e));
      return key == "#set" ? make_set(std::move(elems)) : make_tuple(std::move(elems));
    }
    if (key == "#map" && body.is_array()) {
      std::vector<std::pair<Value, Value>> pairs;
      for (const auto& p : body) {
        if (!p.is_array() || p.size() != 2) {
          throw EvalError("ITF #map entries must be [key, value] pairs, found " + p.dump());
        }
        pairs.emplace_back(from_itf(p[0]), from_itf(p[1]));
      }
      return make_function(std::move(pairs));
    }
  }
  std::vector<std::pair<const Atom*, Value>> fields;
  for (auto it = j.begin(); it != j.end(); ++it) {
    const std::string& key = it.key();
    if (!key.empty() && key[0] == '#') throw EvalError("Unknown ITF form " + j.dump());
    fields.emplace_back(intern(key), from_itf(it.value()));
  }
  return make_record(std::move(fields));
}

nlohmann::json to_itf_or_printed(const Value& v) {
  try {
    return to_itf(v);
  } catch (const EvalError&) {
    return nlohmann::json{{"#unserializable", to_tla_string(v)}};
  }
}

}  // namespace tlatrace::eval
