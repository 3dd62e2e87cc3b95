#pragma once
// Helpers shared by the binder forms.
#include <memory>

#include "evaluator/core/context.hpp"
#include "evaluator/value/heap.hpp"

namespace tlatrace::eval {

class Evaluator;

/// A context whose next `count` slots (from env.depth) are free to bind: in ordinary evaluation
/// the frame grows in place; in an older environment its slots are first copied to c.top.
/// The returned context has the same depth as `c`; callers add `count` after binding.
Ctx enter_binders(Ctx& c, int count);

/// The predicate of a lazy set filter {x \in S : P}: captures the values of the environment so
/// that the set can outlive the evaluation that built it.
std::shared_ptr<const SetFilter> make_expr_filter(Evaluator& ev, const ast::Expr& filter, Ctx& c);

}  // namespace tlatrace::eval
