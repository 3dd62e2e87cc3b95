#pragma once
// Helpers shared by the files that evaluate names and calls (eval_names.cpp, eval_constants.cpp).
#include <vector>

#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval::detail {

/// True for a reference to a parameter or a bound name (a slot of the current frame).
bool is_slot(const ast::Ref& r);

/// The binding a call passes for argument `arg`: values for literals, the caller's binding for a
/// plain parameter or bound name, otherwise a lazy argument (or an operator for arity > 0).
void make_arg(const ast::Expr& arg, int arity, Ctx& c, bool memo, Evaluator& ev, Binding& out, Binding* frame_end);

/// The target of a Name (its last segment's) or of an OpApp.
const ast::Ref& final_ref(const ast::Expr& e);
/// The arguments of a Name (its last segment's) or of an OpApp.
const std::vector<ast::ExprPtr>& final_args(const ast::Expr& e);

}  // namespace tlatrace::eval::detail
