#pragma once
// The parts of a call expression the enumerator reads: `Op(a, b)`, `Op` and `M!N!Op(a)` alike.
#include <vector>

#include "parser/ast/ast.hpp"

namespace tlatrace::eval {

/// The arguments of a Name or OpApp (of its last segment for `M!Op(a)`).
inline const std::vector<ast::ExprPtr>& operands(const ast::Expr& e) {
  return e.kind == ast::ExprKind::Name ? e.segments.back().args : e.args;
}

/// What a Name or OpApp refers to (its last segment for `M!Op`).
inline const ast::Ref& target(const ast::Expr& e) {
  return e.kind == ast::ExprKind::Name && e.segments.size() > 1 ? e.segments.back().ref : e.ref;
}

}  // namespace tlatrace::eval
