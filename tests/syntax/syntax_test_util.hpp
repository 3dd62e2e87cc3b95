#pragma once
// Helpers for the syntax tests: parse text and render the result as an S-expression or the
// first diagnostic.
#include <string>

#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"

namespace tlatrace::test {

/// S-expression of the expression, or "ERROR <line>:<col> <message>".
std::string expr_sexpr(const std::string& text);
/// S-expression of the module, or "ERROR <line>:<col> <message>".
std::string module_sexpr(const std::string& text);
/// Wraps definitions in a module header and footer and returns the module S-expression.
std::string defs_sexpr(const std::string& body);

}  // namespace tlatrace::test
