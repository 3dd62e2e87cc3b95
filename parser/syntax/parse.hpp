#pragma once
// The TLA+ parser: text -> plain-C++ AST (parser/ast/ast.hpp).
#include <memory>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::syntax {

/// Parses a file holding one TLA+ module (text before the header and after the footer
/// ignored). Returns null and reports to diags (file:line:col) on syntax errors; never
/// throws, never crashes.
std::unique_ptr<ast::Module> parse_module(const SourceFile& file, Diagnostics& diags);

/// Parses a standalone TLA+ expression (used for --watch expressions and tests).
ast::ExprPtr parse_expression(const SourceFile& file, Diagnostics& diags);

}  // namespace tlatrace::syntax
