#pragma once
// Equality and the total order on values.
//
// TLC's order (tlc2.value.impl.*Value.compareTo), reproduced exactly within each type:
//   booleans   FALSE < TRUE
//   integers   numeric
//   strings    by intern token (order of first appearance; see atom.hpp), NOT alphabetical
//   model vals by intern token of the name
//   sets       by cardinality first, then element by element in their own sorted order
//              (so {3} < {1, 2} and {1, 2} < {1, 3}); intervals and lazy sets compare as the
//              set they denote
//   functions  by domain size, then domain element by element, then range element by element
//              (records, tuples and sequences are functions: <<1, 2>> = [i \in 1..2 |-> i])
// Across types TLC has no order: an untyped model value is below every non-model value
// (ModelValue.compareTo returns -1), and any other mix is an error in TLC ("Attempted to compare
// integer 1 with non-integer"). We need a total order for canonical sets of mixed values, so we
// rank: model value < boolean < integer < string < set < function. `tlc_equal` reproduces TLC's
// errors for `=`; `compare` and `equal` never complain about types.
// Two infinite sets are comparable only when they are built the same way (Nat = Nat,
// Seq(S) = Seq(T) iff S = T); otherwise compare/equal throw EvalError, as TLC does.
#include <cstddef>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// Total order: negative, zero or positive.
int compare(const Value& a, const Value& b);
/// Semantic equality (intervals and lazy sets equal to their enumerated form).
bool equal(const Value& a, const Value& b);
/// TLA+ `=` as TLC evaluates it: EvalError when comparing values of incomparable types
/// (e.g. 1 = "a"); an untyped model value is unequal to any non-model value; a typed model value
/// (name "x_...") compared with a non-model value or a model value of another type is an error.
bool tlc_equal_any(const Value& a, const Value& b);
inline bool tlc_equal(const Value& a, const Value& b) {
  // Two integers (`req[p][p] = 0`): compared here, without the type dispatch.
  if (a.is_int() && b.is_int()) return a.raw_int() == b.raw_int();
  // Two strings (APtcp's `local # remote`): interned, so equal exactly when the same atom.
  if (a.is_string() && b.is_string()) return a.raw_atom() == b.raw_atom();
  return tlc_equal_any(a, b);
}

/// Adapters for standard containers.
struct ValueLess {
  bool operator()(const Value& a, const Value& b) const { return compare(a, b) < 0; }
};
struct ValueEqual {
  bool operator()(const Value& a, const Value& b) const { return equal(a, b); }
};
struct ValueHash {
  size_t operator()(const Value& v) const;
};

}  // namespace tlatrace::eval
