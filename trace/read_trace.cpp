#include "trace/read_trace.hpp"

#include <fstream>

#include "parser/ast/diagnostics.hpp"
#include "trace/itf_reader.hpp"
#include "trace/json_document.hpp"
#include "trace/json_strict.hpp"
#include "trace/ndjson_reader.hpp"
#include "trace/tlc_json_reader.hpp"

namespace tlatrace::trace {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// TLC's "state": a non-empty array of [number, {variables}] pairs.
bool tlc_states(const nlohmann::json& states) {
  if (!states.is_array() || states.empty()) return false;
  for (const auto& s : states)
    if (!s.is_array() || s.size() != 2 || !s[0].is_number_integer() || !s[1].is_object()) return false;
  return true;
}

// ITF, TLC or neither, by the shape of a top-level value. The shapes are checked closely
// enough that an ndjson line with a variable called "state" or "states" stays ndjson.
TraceFormat judge(const nlohmann::json& v, TraceFormat otherwise) {
  if (v.is_array()) return TraceFormat::TlcJson;
  if (!v.is_object()) return TraceFormat::Auto;
  if (v.contains("states") && v["states"].is_array() && v.contains("vars") && v["vars"].is_array())
    return TraceFormat::Itf;
  if (v.contains("counterexample") && v["counterexample"].is_object()) return TraceFormat::TlcJson;
  if (v.contains("state") && tlc_states(v["state"])) return TraceFormat::TlcJson;
  return otherwise;
}

// The first non-blank line of the file (at most `limit` bytes of it).
std::string first_line(std::ifstream& in, size_t limit) {
  std::string line;
  char c;
  while (in.get(c)) {
    if (c == '\n') {
      if (line.find_first_not_of(" \t\r") != std::string::npos) break;
      line.clear();
      continue;
    }
    if (line.size() >= limit) break;
    line.push_back(c);
  }
  return line;
}

}  // namespace

const char* format_name(TraceFormat f) {
  switch (f) {
    case TraceFormat::Auto: return "auto";
    case TraceFormat::Ndjson: return "ndjson";
    case TraceFormat::Itf: return "itf";
    case TraceFormat::TlcJson: return "tlc-json";
  }
  return "auto";
}

bool parse_format_name(const std::string& name, TraceFormat& out) {
  for (TraceFormat f : {TraceFormat::Auto, TraceFormat::Ndjson, TraceFormat::Itf, TraceFormat::TlcJson})
    if (name == format_name(f)) {
      out = f;
      return true;
    }
  return false;
}

TraceFormat detect_format(const std::string& path, SourceManager& sm) {
  if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl")) return TraceFormat::Ndjson;
  if (ends_with(path, ".itf.json")) return TraceFormat::Itf;
  require_regular_file(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(Diagnostic{Severity::Error, {}, "cannot open trace file '" + path + "'"});
  // A line holding a whole object: ndjson, unless it is a one-line ITF or TLC document.
  JsonParseResult line = parse_json_strict(first_line(in, size_t{1} << 20));
  if (line.ok()) {
    TraceFormat f = judge(line.value, TraceFormat::Ndjson);
    if (f != TraceFormat::Auto) return f;
  }
  // A document spread over lines (pretty-printed ITF or TLC): parse it whole.
  JsonDocument doc;
  try {
    doc = load_json_document(path, sm);
  } catch (InputError& e) {
    e.diag.message = "not a trace (neither one JSON object per line nor a JSON document): " + e.diag.message;
    throw;
  }
  TraceFormat f = judge(doc.value, TraceFormat::Auto);
  if (f == TraceFormat::Auto)
    fail_at_byte(doc.file, 0,
                 "cannot tell the trace format: not ndjson (one object per line), ITF (\"vars\" and "
                 "\"states\") or TLC's JSON dump (\"state\" or \"counterexample\")");
  return f;
}

Trace read_trace(const std::string& path, SourceManager& sm, TraceFormat format) {
  if (format == TraceFormat::Auto) format = detect_format(path, sm);
  switch (format) {
    case TraceFormat::Itf: return read_itf(path, sm);
    case TraceFormat::TlcJson: return read_tlc_json(path, sm);
    default: return read_ndjson(path, sm);
  }
}

}  // namespace tlatrace::trace
