#include "parser/ast/source.hpp"

#include <fstream>
#include <sstream>

namespace tlatrace {

SourceFile::SourceFile(std::string p, std::string t) : path(std::move(p)), text(std::move(t)) {
  line_starts.push_back(0);
  for (uint32_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts.push_back(i + 1);
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts.size()) return {};
  uint32_t begin = line_starts[line - 1];
  uint32_t end = line < line_starts.size() ? line_starts[line] - 1 : static_cast<uint32_t>(text.size());
  if (end > begin && text[end - 1] == '\r') --end;
  return std::string_view(text).substr(begin, end - begin);
}

SourceRange SourceRange::span(const SourceRange& a, const SourceRange& b) {
  if (!a.valid()) return b;
  if (!b.valid()) return a;
  SourceRange r = a;
  if (b.line < r.line || (b.line == r.line && b.col < r.col)) { r.line = b.line; r.col = b.col; }
  if (b.end_line > r.end_line || (b.end_line == r.end_line && b.end_col > r.end_col)) {
    r.end_line = b.end_line;
    r.end_col = b.end_col;
  }
  return r;
}

std::string SourceRange::to_string() const {
  if (!valid()) return "<unknown>";
  return file->path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

const SourceFile* SourceManager::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return nullptr;
  return add(path, ss.str());
}

const SourceFile* SourceManager::add(std::string path, std::string text) {
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
  return files_.back().get();
}

}  // namespace tlatrace
