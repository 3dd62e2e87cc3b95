#pragma once
// The neutral trace representation every reader produces: records of observed variables
// as JSON values, plus the step annotations (action, params, node, clocks).
//
// Value convention (the same for ndjson, ITF and TLC's JSON dump; see docs/trace-formats.md):
//   true / false          a Boolean
//   "text"                a string (TLC also writes model values as strings)
//   123                   an integer that fits in 64 bits (ITF {"#bigint": "123"} becomes 123)
//   {"#bigint": "-9..9"}  an integer outside 64 bits, canonical decimal digits
//   [a, b]                a sequence OR a set: ambiguous (TLC's dump writes sets this way;
//                         ITF lists, which are sequences, are kept as they are)
//   {"#tup": [a, b]}      certainly a tuple / sequence
//   {"#set": [a, b]}      certainly a set; elements sorted and without duplicates
//   {"#map": [[k, v]...]} a function with arbitrary keys; pairs sorted by key, keys unique
//   {"f": a, ...}         a record (or a function whose keys TLC wrote as strings)
//   {"#unserializable": "text"}  a value the writer could not serialise
//   1.5                   a non-integer number, kept as is; no TLA+ value corresponds
// No other key starting with '#' occurs inside values.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tlatrace::trace {

/// The file formats a trace can come from.
enum class TraceFormat { Auto, Ndjson, Itf, TlcJson };

/// "ndjson", "itf", "tlc-json" (or "auto").
const char* format_name(TraceFormat f);

/// A vector clock: node id -> number of that node's events (its own counter).
using VectorClock = std::map<std::string, uint64_t>;

/// One step of a trace (or its initial state).
struct TraceRecord {
  uint64_t number = 0;  // 1-based; for ndjson the line number, else the state's position
  std::string file;     // where it was read from
  uint32_t line = 0;    // the line it starts on
  std::map<std::string, nlohmann::json> vars;  // observed variables; missing = unobserved
  std::optional<std::string> action;
  std::optional<nlohmann::json> params;  // an object (by name) or an array (by position)
  std::optional<std::string> node;
  std::optional<uint64_t> clock;  // Lamport clock
  std::optional<VectorClock> vc;
  std::string raw;  // the record's text (ndjson: the line without its newline)
};

/// A `#meta` object found in a trace, with the line it was on.
struct MetadataLine {
  uint32_t line = 0;
  nlohmann::json value;
  std::string raw;  // ndjson: the line as written
};

/// A whole trace: metadata, records in order, and where it came from.
struct Trace {
  TraceFormat format = TraceFormat::Ndjson;
  std::string path;
  std::vector<MetadataLine> metadata;
  std::vector<std::string> declared_vars;  // ITF/TLC `vars`; empty for ndjson
  nlohmann::json constants = nlohmann::json::object();  // ITF `params` values by name
  std::optional<uint64_t> loop;  // ITF `loop`: 0-based index of the state the lasso returns to
  std::vector<TraceRecord> records;
};

}  // namespace tlatrace::trace
