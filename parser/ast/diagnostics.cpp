#include "parser/ast/diagnostics.hpp"

#include <sstream>

namespace tlatrace {

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::Error) ++errors_;
  items_.push_back(std::move(d));
}

void Diagnostics::print(std::ostream& out, bool color) const {
  for (const auto& d : items_) out << render_diagnostic(d, color);
}

namespace {
const char* label(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}
const char* colour(Severity s) {
  switch (s) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[1;35m";
    case Severity::Note: return "\033[1;36m";
  }
  return "";
}
// Byte offset of a 1-based code-point column in a UTF-8 line.
size_t byte_of_column(std::string_view line, uint32_t col) {
  size_t i = 0;
  for (uint32_t c = 1; c < col && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}
}  // namespace

std::string render_diagnostic(const Diagnostic& d, bool color) {
  std::ostringstream out;
  const char* bold = color ? "\033[1m" : "";
  const char* reset = color ? "\033[0m" : "";
  out << bold;
  if (d.range.valid()) out << d.range.to_string() << ": ";
  else out << "tlatrace: ";
  out << (color ? colour(d.severity) : "") << label(d.severity) << ":" << reset << bold << " " << d.message
      << reset << "\n";
  if (d.range.valid()) {
    std::string_view line = d.range.file->line_text(d.range.line);
    if (!line.empty()) {
      out << line << "\n";
      // One pad character per code point before the column (tabs kept, so the caret lines up).
      std::string pad;
      size_t upto = byte_of_column(line, d.range.col);
      for (size_t i = 0; i < upto && i < line.size(); ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
        pad += (line[i] == '\t' ? '\t' : ' ');
      }
      // Tildes under the rest of the range when it stays on this line.
      uint32_t width = 1;
      if (d.range.end_line == d.range.line && d.range.end_col > d.range.col)
        width = d.range.end_col - d.range.col + 1;
      out << (color ? "\033[1;32m" : "") << pad << '^' << std::string(width - 1, '~') << reset << "\n";
    }
  }
  return out.str();
}

}  // namespace tlatrace
