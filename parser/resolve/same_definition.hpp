#pragma once
// Whether two definitions are the same text meaning the same thing: SANY tolerates a name
// defined twice only then.
#include "parser/ast/ast.hpp"

namespace tlatrace::resolve {

/// True when `a` and `b` print the same and every name in them resolved to the same target.
bool same_definition(const ast::OpDef& a, const ast::OpDef& b);

}  // namespace tlatrace::resolve
