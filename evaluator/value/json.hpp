#pragma once
// JSON conversions.
//  * TLC Json module style (tlc2.module.Json): booleans, integers and strings as themselves,
//    model values as their name, sequences (functions over 1..n, <<>> included) and sets as
//    arrays, every other function as an object keyed by the argument (strings bare, other
//    values printed as TLC prints them).
//  * ITF (Informal Trace Format): {"#bigint": "42"}, strings, booleans, {"#tup": [...]} for
//    sequences, {"#set": [...]}, records as plain objects, {"#map": [[k, v], ...]} for other
//    functions, {"#unserializable": "name"} for model values.
// Sets are written in the canonical order. Lazy sets are enumerated (EvalError when infinite).
#include <nlohmann/json.hpp>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// Value -> JSON in the style of TLC's Json module (ToJson).
nlohmann::json to_json(const Value& v);
/// JSON -> Value as TLC's JsonDeserialize does: arrays become tuples, objects records.
/// EvalError for null and non-integral numbers.
Value from_json(const nlohmann::json& j);

/// Value -> ITF JSON.
nlohmann::json to_itf(const Value& v);
/// ITF JSON -> Value (also accepts plain numbers for integers and arrays for sequences).
Value from_itf(const nlohmann::json& j);

/// to_itf for reports: a value that cannot be enumerated (an infinite lazy set) becomes
/// {"#unserializable": "<TLC printing>"} instead of an error.
nlohmann::json to_itf_or_printed(const Value& v);

}  // namespace tlatrace::eval
