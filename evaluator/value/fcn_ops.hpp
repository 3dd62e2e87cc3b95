#pragma once
// Functions, records, tuples and sequences (all functions; see heap.hpp FcnObj).
#include <span>
#include <string_view>
#include <vector>

#include "evaluator/value/function_ref.hpp"
#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

/// f[arg]. EvalError when `f` is not a function or `arg` is outside DOMAIN f.
Value apply(const Value& f, const Value& arg);
/// f[arg], or nullptr when `arg` is outside DOMAIN f (or `f` is not a function).
const Value* try_apply(const Value& f, const Value& arg);
/// r.field (EvalError naming the field when absent).
Value select_field(const Value& record, const Atom* field);
Value select_field(const Value& record, std::string_view field);
/// DOMAIN f: 1..n for sequences (the empty set for <<>>), an enumerated set otherwise.
Value domain(const Value& f);

/// [f EXCEPT ![a1][a2]... = v]. Arguments outside the domain leave `f` unchanged (as TLC).
Value except(const Value& f, std::span<const Value> path, Value new_value);
/// [f EXCEPT ![a1]... = e] where e may use @ (the old value), computed by `update(old)`.
Value except_with(const Value& f, std::span<const Value> path,
                  FunctionRef<Value(const Value&)> update);

/// a :> b (TLC module): the function with domain {a}.
Value fcn_singleton(const Value& arg, const Value& result);
/// f @@ g (TLC module): f's value where both are defined.
Value fcn_merge(const Value& f, const Value& g);

// ---- Sequences (strings count as sequences for Len, \o and SubSeq, as in TLC) ----
bool is_sequence(const Value& v);  ///< a function with domain 1..n
int64_t seq_len(const Value& s);
Value seq_append(const Value& s, const Value& elem);
Value seq_head(const Value& s);
Value seq_tail(const Value& s);
Value seq_concat(const Value& s, const Value& t);  ///< s \o t
Value seq_subseq(const Value& s, int64_t m, int64_t n);  ///< SubSeq(s, m, n)
/// The elements of a sequence (EvalError naming `op` when `s` is not a sequence).
const std::vector<Value>& seq_elements(const Value& s, const char* op);

}  // namespace tlatrace::eval
