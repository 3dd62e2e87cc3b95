#pragma once
// The reserved keys of an ndjson step line and their types.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "trace/trace.hpp"

namespace tlatrace::trace {

/// A step object whose key `key` is malformed; the message says how.
struct FieldError : std::runtime_error {
  std::string key;
  FieldError(std::string k, const std::string& message) : std::runtime_error(message), key(std::move(k)) {}
};

/// True for "action", "params", "node", "clock", "vc" and "#meta".
bool is_reserved_key(const std::string& key);

/// Splits a step object into its reserved keys (type-checked) and its observed variables
/// (normalised values) and stores them in `rec`. Throws FieldError.
void fill_record_fields(const nlohmann::json& object, TraceRecord& rec);

/// Node ids as the "node" key may write them: a string, or an integer written in decimal.
std::string node_id_of(const nlohmann::json& v, const std::string& key);

}  // namespace tlatrace::trace
