#pragma once
// Prepares source text for the ANTLR lexer: makes it valid UTF-8, blanks the text before
// the module header, and blanks comments (nested `(* *)` and `\*`), keeping every line and
// every column (in code points) where it was.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tlatrace::syntax {

/// A 1-based position in code points.
struct TextPos {
  uint32_t line = 0, col = 0;
};

/// The lexer's view of a source file.
struct PreparedText {
  std::string text;                           // valid UTF-8, same lines and columns
  std::optional<TextPos> unterminated_comment;  // where an unclosed `(*` starts
  bool header_found = false;                  // module mode: a `---- MODULE` line was found
};

/// Replaces every invalid UTF-8 sequence (and surrogates, overlongs) by U+FFFD.
std::string sanitize_utf8(std::string_view in);

/// Prepares `raw` for lexing; `module_mode` also blanks everything before the first header.
PreparedText prepare_source(std::string_view raw, bool module_mode);

/// Number of code points in a UTF-8 string.
uint32_t count_code_points(std::string_view utf8);

}  // namespace tlatrace::syntax
