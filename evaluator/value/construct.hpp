#pragma once
// Building composite values. Every builder returns the canonical form, so equal values built in
// different ways have identical structure (except intervals and lazy sets, which compare equal
// to their enumerated form through compare.hpp).
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// The finite set of `elems` (any order, duplicates allowed): sorted and deduplicated.
Value make_set(std::vector<Value> elems);
/// Same, when the caller guarantees `elems` is already sorted and duplicate-free.
Value make_set_presorted(std::vector<Value> elems);
/// The empty set {}.
Value empty_set();
/// BOOLEAN = {FALSE, TRUE}.
Value boolean_set();
/// The interval lo..hi (the empty set when lo > hi).
Value make_interval(int64_t lo, int64_t hi);

/// The tuple / sequence <<elems...>> (a function with domain 1..n).
Value make_tuple(std::vector<Value> elems);
/// The function mapping dom[i] to rng[i]. Throws EvalError if a domain element repeats.
/// A domain of exactly 1..n yields the same value as make_tuple.
Value make_function(std::vector<Value> dom, std::vector<Value> rng);
/// Same from (argument, result) pairs.
Value make_function(std::vector<std::pair<Value, Value>> pairs);
/// The record [f1 |-> v1, ...]. Throws EvalError on a repeated field name.
Value make_record(std::vector<std::pair<const Atom*, Value>> fields);
Value make_record(std::vector<std::pair<std::string_view, Value>> fields);

/// A copy of `values` as a vector (e.g. a function's domain or results, to build another value).
inline std::vector<Value> to_vector(std::span<const Value> values) {
  return std::vector<Value>(values.begin(), values.end());
}

/// Internal: wraps a canonical function body (domain sorted, or seq form).
Value make_function_canonical(bool seq, std::vector<Value> dom, std::vector<Value> rng);

}  // namespace tlatrace::eval
