#pragma once
// Depth checks and non-recursive teardown for ASTs, so that pathological input can be
// rejected without overflowing the stack anywhere (building, destroying, evaluating).
#include <cstddef>

#include "parser/ast/ast.hpp"

namespace tlatrace::syntax {

/// Maximum expression nesting accepted by the parser.
inline constexpr size_t kMaxExpressionDepth = 2000;

/// True when some expression in `e` nests deeper than `limit` (iterative).
bool exceeds_depth(ast::Expr& e, size_t limit);
/// True when some expression of the module (nested modules included) nests too deep.
bool exceeds_depth(ast::Module& m, size_t limit);

/// Frees a tree without recursion.
void destroy_iteratively(ast::ExprPtr e);
void destroy_iteratively(std::unique_ptr<ast::Module> m);

}  // namespace tlatrace::syntax
