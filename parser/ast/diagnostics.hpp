#pragma once
// Diagnostics, clang-style: `file:line:col: error: message`, the source line, a caret.
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "parser/ast/source.hpp"

namespace tlatrace {

enum class Severity { Error, Warning, Note };

/// One message about a place in the input.
struct Diagnostic {
  Severity severity = Severity::Error;
  SourceRange range;   // may be invalid (no place to point at)
  std::string message;
};

/// Collects diagnostics of a run; independent errors are all reported.
class Diagnostics {
 public:
  void error(const SourceRange& r, std::string msg) { add({Severity::Error, r, std::move(msg)}); }
  void warning(const SourceRange& r, std::string msg) { add({Severity::Warning, r, std::move(msg)}); }
  void note(const SourceRange& r, std::string msg) { add({Severity::Note, r, std::move(msg)}); }
  void add(Diagnostic d);

  bool has_errors() const { return errors_ > 0; }
  size_t error_count() const { return errors_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  void clear() { items_.clear(); errors_ = 0; }

  /// Prints every diagnostic clang-style; `color` adds ANSI colours.
  void print(std::ostream& out, bool color = false) const;

 private:
  std::vector<Diagnostic> items_;
  size_t errors_ = 0;
};

/// Renders one diagnostic: header line, source line, caret (and tildes under the range).
std::string render_diagnostic(const Diagnostic& d, bool color = false);

/// Thrown where an error ends the current task (the message is already a full diagnostic).
struct InputError : std::runtime_error {
  Diagnostic diag;
  explicit InputError(Diagnostic d) : std::runtime_error(d.message), diag(std::move(d)) {}
};

}  // namespace tlatrace
