#pragma once
// Enumerating the elements of finite sets, lazy ones included, in the canonical order. This is
// TLC's "normalized" order (Enumerable.Ordering.NORMALIZED), the order TLC uses for CHOOSE and
// for printing; for SUBSET S, [S -> T], [a : S] and S \X T it is also the order of TLC's own
// enumerators (SUBSET by size then lexicographically; function, record and tuple sets as an
// odometer whose last position turns fastest).
#include <vector>

#include "evaluator/value/function_ref.hpp"
#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// Calls `visit` on each element in canonical order until it returns false. Returns false when
/// stopped early. Throws EvalError for sets that cannot be enumerated (Nat, Seq(S), ...).
bool for_each_element(const Value& set, FunctionRef<bool(const Value&)> visit);

/// The elements of a finite set, in canonical order.
std::vector<Value> elements(const Value& set);

/// The canonical enumerated form (Tag::Set) of any finite set; lazy sets cache it.
Value materialize(const Value& set);

}  // namespace tlatrace::eval
