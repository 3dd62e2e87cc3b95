#pragma once
// Matching the JSON values of a trace (in the convention of trace/trace.hpp) against the
// spec's own values, structurally: the spec value decides how an ambiguous JSON value reads.
//   numbers   integers                  strings  strings, or model values by name
//   arrays    sequences and tuples, or sets where the spec's value is a set
//   objects   records, or functions over integers, strings or model values
//   #tup / #set / #map   only sequences / sets / functions
// So one trace works whatever containers the implementation used.
#include <string>

#include <nlohmann/json.hpp>

#include "evaluator/value/value.hpp"

namespace tlatrace::refine {

/// The first place where a JSON value and a spec value differ.
struct Difference {
  std::string path;    // from the compared value down: `["k1"]`, `.field`, `[2]` (empty: the value itself)
  std::string spec;    // the spec's value there (TLA+ syntax), or "(absent)"
  std::string trace;   // the trace's value there (JSON), or "(absent)"
  std::string reason;  // e.g. "type: the spec has an integer, the trace a string"; may be empty
};

/// True when `j` denotes `v`. On a mismatch, `diff` (if given) receives the first difference.
bool json_matches(const nlohmann::json& j, const eval::Value& v, Difference* diff = nullptr);

/// A TLA+ value for `j` with no spec value to guide it: arrays become tuples, objects records,
/// #set sets, #map functions. Throws std::runtime_error when no TLA+ value corresponds.
eval::Value json_to_value(const nlohmann::json& j);

/// A TLA+ value for `j` shaped like the spec value `like` (the diagnosis binds the record's
/// values to primed variables with it): `j` itself when it matches `like`; otherwise strings
/// become model values where `like` has one, arrays sets where it has a set, object keys the
/// domain elements they name. Falls back to json_to_value. Throws std::runtime_error when no
/// TLA+ value corresponds.
eval::Value json_to_value_like(const nlohmann::json& j, const eval::Value& like);

/// Why no TLA+ value can correspond to `j` (a non-integer number, an integer outside 64 bits),
/// with the path inside `j`; empty when it is fine.
std::string unrepresentable(const nlohmann::json& j);

/// A short description of a JSON value's type ("an integer", "a string", "an array"...).
const char* json_kind(const nlohmann::json& j);

}  // namespace tlatrace::refine
