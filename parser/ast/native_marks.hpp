#pragma once
// The convention of tlatrace's standard and community modules (specs/stdlib/README.md): a
// definition preceded by a comment line starting with `\* native` has a placeholder body; only
// a native implementation gives it its meaning.
#include "parser/ast/ast.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::ast {

/// True when `def`, a definition in `file`, is preceded by a `\* native` comment line.
bool marked_native(const SourceFile& file, const OpDef& def);
/// True for one of tlatrace's own modules (embedded as `<builtin>/...`).
bool is_builtin_module(const Module& module);

}  // namespace tlatrace::ast
