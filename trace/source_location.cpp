#include "trace/source_location.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace tlatrace::trace {

uint32_t column_at(std::string_view line, size_t byte) {
  uint32_t col = 1;
  size_t end = std::min(byte, line.size());
  for (size_t i = 0; i < end; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  // Past the end of the line: one column per missing byte, so EOF points just after it.
  if (byte > line.size()) col += static_cast<uint32_t>(std::min<size_t>(byte - line.size(), 1));
  return col;
}

TextPosition position_of(const SourceFile& file, size_t byte) {
  const auto& starts = file.line_starts;
  auto it = std::upper_bound(starts.begin(), starts.end(), static_cast<uint32_t>(std::min<size_t>(byte, UINT32_MAX)));
  uint32_t line = static_cast<uint32_t>(it - starts.begin());  // >= 1: starts[0] == 0
  if (line == 0) line = 1;
  std::string_view text = file.line_text(line);
  return {line, column_at(text, byte - starts[line - 1])};
}

const SourceFile* excerpt_file(SourceManager& sm, const std::string& path, uint32_t line,
                               std::string_view text) {
  // Line `line` of the excerpt is `text`: the lines before it are empty.
  std::string padded(line > 0 ? line - 1 : 0, '\n');
  padded.append(text);
  return sm.add(path, std::move(padded));
}

SourceRange point_at(const SourceFile* file, uint32_t line, uint32_t col) {
  SourceRange r;
  r.file = file;
  r.line = r.end_line = line;
  r.col = r.end_col = col == 0 ? 1 : col;
  return r;
}

void fail_at(const SourceFile* file, uint32_t line, uint32_t col, std::string message) {
  throw InputError(Diagnostic{Severity::Error, point_at(file, line, col), std::move(message)});
}

uint32_t column_of_key(std::string_view line, const std::string& key) {
  std::string quoted = nlohmann::json(key).dump();
  size_t at = line.find(quoted);
  return at == std::string_view::npos ? 1 : column_at(line, at);
}

}  // namespace tlatrace::trace
