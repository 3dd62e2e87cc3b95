#pragma once
// Walking the next-state relation down to its actions the way successor enumeration splits
// it (disjunctions, \E, calls, LET, labels): each action is the innermost definition reached,
// visited with the context of its body and the \E-bound names around it.
#include <string>
#include <utility>
#include <vector>

#include "evaluator/action/action_arguments.hpp"
#include "evaluator/core/evaluator.hpp"
#include "evaluator/value/function_ref.hpp"

namespace tlatrace::refine {

/// Names bound by \E around an action, outermost first, with their values.
using BoundValues = std::vector<std::pair<std::string, eval::Value>>;

/// Receives an action: its definition, the context of its body (parameters bound), the \E
/// bindings around it. Returns false to stop the walk.
using ActionVisitor = eval::FunctionRef<bool(const ast::OpDef& def, eval::Ctx& call, const BoundValues& bound)>;

/// Visits every (action, binding) of `next` in `c` (at most `budget` visits). Returns false
/// when the visitor stopped the walk.
bool visit_actions(eval::Evaluator& ev, const ast::Expr& next, eval::Ctx& c, ActionVisitor visit, size_t budget = 100000);

/// The names of the actions of `next` in the order they appear (syntactic; no evaluation).
std::vector<const ast::OpDef*> action_definitions(eval::Evaluator& ev, const ast::Expr& next, eval::Ctx& c);

/// The values of the action's parameters in `call` (its definition `def`), by name.
using eval::action_parameters;

}  // namespace tlatrace::refine
