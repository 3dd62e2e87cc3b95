#pragma once
// Set operations on every set representation. Finite enumerated operands give canonical
// enumerated results; infinite or lazily represented operands give lazy sets, which are tested
// for membership and counted without being built (|SUBSET S| = 2^|S|, |[S -> T]| = |T|^|S|).
#include <memory>
#include <utility>
#include <vector>

#include "evaluator/value/function_ref.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

// ---- the built-in infinite sets ----
Value nat_set();     ///< Nat
Value int_set();     ///< Int
Value string_set();  ///< STRING

// ---- set constructors (lazy where the result is infinite or large) ----
Value subset_of(const Value& s);                               ///< SUBSET S (always lazy)
Value union_of(const Value& s);                                ///< UNION S
Value function_set(const Value& domain, const Value& range);   ///< [S -> T] (lazy)
Value record_set(std::vector<std::pair<const Atom*, Value>> fields);  ///< [a : S, ...] (lazy)
Value seq_set(const Value& s);                                 ///< Seq(S) (lazy)
Value cartesian_product(std::vector<Value> sets);              ///< S \X T \X ... (lazy)
Value set_union(const Value& a, const Value& b);               ///< S \cup T
Value set_intersection(const Value& a, const Value& b);        ///< S \cap T
Value set_difference(const Value& a, const Value& b);          ///< S \ T
/// S \ {elem}: set_difference(s, {elem}) without building {elem}; one copy of an enumerated S.
Value set_remove(const Value& s, const Value& elem);
/// {x \in base : P(x)}: enumerated at once when `base` is an enumerated set or an interval,
/// lazy otherwise (e.g. {n \in Nat : n % 2 = 0}).
Value filter_set(const Value& base, std::shared_ptr<const SetFilter> predicate);
/// {f(x) : x \in base}, built at once (base must be enumerable).
Value map_set(const Value& base, FunctionRef<Value(const Value&)> mapper);
/// `set` with `elem` added (a fresh canonical set; lazy sets become S \cup {elem}).
Value set_insert(const Value& set, const Value& elem);

// ---- queries ----
/// FALSE only for sets known to be infinite (Nat, Int, STRING, Seq(S) for non-empty S, ...).
bool is_finite(const Value& set);
/// Cardinality(S); EvalError for infinite sets and on int64 overflow.
int64_t cardinality(const Value& set);
/// elem \in set (EvalError where TLC reports one, e.g. "a" \in Nat, or for a non-set).
bool is_member(const Value& elem, const Value& set);
/// a \subseteq b.
bool is_subset(const Value& a, const Value& b);

}  // namespace tlatrace::eval
