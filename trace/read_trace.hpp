#pragma once
// Reading a trace in any supported format, detecting the format when it is not given.
#include <string>

#include "parser/ast/source.hpp"
#include "trace/trace.hpp"

namespace tlatrace::trace {

/// The format of `path`: by extension (.ndjson/.jsonl -> ndjson, .itf.json -> ITF), else by
/// content: a first line holding a whole JSON object is ITF when it has "vars" and "states"
/// arrays, TLC when it has a "counterexample" object or a "state" array of [n, {...}] pairs,
/// else ndjson; a document spanning lines is parsed whole and judged the same way (a
/// top-level array is TLC's). Throws InputError when it cannot tell.
TraceFormat detect_format(const std::string& path, SourceManager& sm);

/// Reads `path` as `format` (detected when Auto). Throws InputError on bad input.
Trace read_trace(const std::string& path, SourceManager& sm, TraceFormat format = TraceFormat::Auto);

/// Parses "ndjson", "itf", "tlc-json" or "auto" (for command lines); false when unknown.
bool parse_format_name(const std::string& name, TraceFormat& out);

}  // namespace tlatrace::trace
