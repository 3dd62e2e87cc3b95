#pragma once
// Why an action (or any boolean formula) is false in a state: the first conjunct that is
// false, descending into the definitions it calls, with the values of its sub-expressions.
// Conjuncts that read primed variables not yet known are skipped (they are assignments).
#include <optional>
#include <string>

#include "evaluator/core/evaluator.hpp"
#include "refinement/result.hpp"

namespace tlatrace::refine {

/// The first false conjunct of `e` in `c` (c.states.next may hold unknown (None) values),
/// or nothing when no conjunct could be shown false.
std::optional<FalseConjunct> first_false_conjunct(eval::Evaluator& ev, const ast::Expr& e, eval::Ctx& c);

/// The source text of a range (the first line of a multi-line range, then "...").
std::string source_text(const SourceRange& r);

}  // namespace tlatrace::refine
