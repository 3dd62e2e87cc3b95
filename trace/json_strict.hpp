#pragma once
// Strict JSON parsing for traces: integers outside 64 bits and duplicate object keys are
// errors (nlohmann alone would silently turn the first into a double and drop the second),
// and every error carries the byte offset it was found at.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace tlatrace::trace {

/// The outcome of parse_json_strict.
struct JsonParseResult {
  enum class Status { Ok, Syntax, OutOfRange, DuplicateKey, TooDeep };
  Status status = Status::Ok;
  nlohmann::json value;   // the document when Ok
  size_t byte = 0;        // 0-based offset of the error in the text
  bool at_end = false;    // a syntax error at the very end: the text stops mid-value
  std::string message;    // what is wrong, without nlohmann's "[json.exception...]" prefix

  bool ok() const { return status == Status::Ok; }
};

/// Deepest nesting of arrays and objects accepted (keeps recursive consumers safe).
inline constexpr size_t kMaxJsonDepth = 256;

/// Parses one JSON document (surrounding whitespace allowed).
JsonParseResult parse_json_strict(std::string_view text);

}  // namespace tlatrace::trace
