#pragma once
// `x \in S` for the evaluator. Delegates to the value layer's is_member, except for the lazy
// function, record, product and sequence sets, whose membership is decided here element by
// element (the value layer's test of a function set whose domain is an interval other than
// 1..n answers FALSE for a function such as [i \in 0..1 |-> TRUE]; see the evaluator report).
#include "evaluator/value/values.hpp"

namespace tlatrace::eval {

/// elem \in set, with TLC's semantics.
bool member(const Value& elem, const Value& set);

}  // namespace tlatrace::eval
