#pragma once
// Source files and ranges: every AST node and diagnostic points into one of these.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tlatrace {

/// One loaded text file (a module, a cfg, a trace). Owned by a SourceManager; never moves.
struct SourceFile {
  std::string path;
  std::string text;
  std::vector<uint32_t> line_starts;  // byte offset of each line's first char; line 1 at [0]

  SourceFile(std::string path, std::string text);
  /// The text of 1-based line `line`, without its newline; empty when out of range.
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts.size()); }
};

/// A range in a source file. Lines and columns are 1-based; columns count characters
/// (UTF-8 code points), the end is inclusive. A default range points nowhere.
struct SourceRange {
  const SourceFile* file = nullptr;
  uint32_t line = 0, col = 0, end_line = 0, end_col = 0;

  bool valid() const { return file != nullptr && line != 0; }
  /// The smallest range covering both.
  static SourceRange span(const SourceRange& a, const SourceRange& b);
  /// "path:line:col", or "<unknown>" when invalid.
  std::string to_string() const;
};

/// Owns every SourceFile of a run, so that ranges stay valid as long as it lives.
class SourceManager {
 public:
  /// Reads a file from disk; returns nullptr when it cannot be read.
  const SourceFile* load(const std::string& path);
  /// Registers text that did not come from disk (tests, --watch expressions, built-in modules).
  const SourceFile* add(std::string path, std::string text);

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

}  // namespace tlatrace
