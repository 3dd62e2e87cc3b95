#pragma once
// Helpers shared by the trace suites: data file paths and captured input errors.
#include <string>

#include <gtest/gtest.h>

#include "parser/ast/diagnostics.hpp"
#include "trace/read_trace.hpp"

namespace tlatrace::trace::testing {

/// A file under tests/trace/data/.
inline std::string data(const std::string& name) {
  return TLATRACE_SOURCE_DIR "/tests/trace/data/" + name;
}

/// An InputError captured while its SourceManager was alive.
struct CapturedError {
  bool thrown = false;
  std::string file;
  uint32_t line = 0, col = 0;
  std::string message;
  std::string rendered;  // file:line:col: error: ..., the source line, the caret
};

/// Reads `path` expecting an InputError.
inline CapturedError read_error(const std::string& path, TraceFormat format = TraceFormat::Auto) {
  SourceManager sm;
  CapturedError out;
  try {
    read_trace(path, sm, format);
  } catch (const InputError& e) {
    out.thrown = true;
    if (e.diag.range.valid()) {
      out.file = e.diag.range.file->path;
      out.line = e.diag.range.line;
      out.col = e.diag.range.col;
    }
    out.message = e.diag.message;
    out.rendered = render_diagnostic(e.diag);
  }
  return out;
}

}  // namespace tlatrace::trace::testing
