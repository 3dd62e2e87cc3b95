#pragma once
// Positions and errors for trace files: byte offsets to line:col, and InputErrors that
// point at a line even when the file is streamed and never held in memory as a whole.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::trace {

/// 1-based column (in code points) of byte offset `byte` of `line`.
uint32_t column_at(std::string_view line, size_t byte);

/// 1-based line and column of byte offset `byte` in a loaded file.
struct TextPosition {
  uint32_t line = 1, col = 1;
};
TextPosition position_of(const SourceFile& file, size_t byte);

/// A SourceFile that renders line `line` of `path` as `text`, without holding the rest of
/// the file (for streamed files: the cost is only paid when an error is reported).
const SourceFile* excerpt_file(SourceManager& sm, const std::string& path, uint32_t line,
                               std::string_view text);

/// A one-character range at line:col of `file`.
SourceRange point_at(const SourceFile* file, uint32_t line, uint32_t col);

/// Throws an InputError at line:col of `file` (col 0 = the whole line, shown from col 1).
[[noreturn]] void fail_at(const SourceFile* file, uint32_t line, uint32_t col, std::string message);

/// Column of the first occurrence of `"key"` in `line`, or 1 when it does not occur.
uint32_t column_of_key(std::string_view line, const std::string& key);

}  // namespace tlatrace::trace
