#include "parser/ast/native_marks.hpp"

namespace tlatrace::ast {

bool is_builtin_module(const Module& module) {
  return module.file && module.file->path.rfind("<builtin>/", 0) == 0;
}

bool marked_native(const SourceFile& file, const OpDef& def) {
  const uint32_t start = def.range.valid() ? def.range.line : def.name_range.line;
  for (uint32_t line = start; line-- > 1;) {
    const std::string_view text = file.line_text(line);
    if (text.rfind("RECURSIVE", 0) == 0) continue;
    if (text.rfind("\\*", 0) != 0) break;
    if (text.rfind("\\* native", 0) == 0) return true;
  }
  return false;
}

}  // namespace tlatrace::ast
