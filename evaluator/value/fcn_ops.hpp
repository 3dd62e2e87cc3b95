#pragma once
// Functions, records, tuples and sequences (all functions; see heap.hpp FcnObj).
#include <span>
#include <string_view>
#include <vector>

#include "evaluator/value/function_ref.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/value.hpp"

namespace tlatrace::eval {

namespace detail {
/// Index of `arg` in the domain of a function that is not in seq form, or -1.
int64_t index_of_sorted(const FcnObj& f, const Value& arg);
/// Throws apply's EvalError (f is not a function, or arg is outside its domain).
[[noreturn]] void apply_failed(const Value& f, const Value& arg);
}  // namespace detail

/// Index of `arg` in DOMAIN f, or -1: index arithmetic for a function over 1..n.
inline int64_t fcn_index_of(const FcnObj& f, const Value& arg) {
  if (f.seq()) {
    if (!arg.is_int()) return -1;
    const uint64_t i = static_cast<uint64_t>(arg.raw_int()) - 1;
    return i < f.rng().size() ? static_cast<int64_t>(i) : -1;
  }
  return detail::index_of_sorted(f, arg);
}
/// f[arg], or nullptr when `arg` is outside DOMAIN f (or `f` is not a function).
inline const Value* try_apply(const Value& f, const Value& arg) {
  if (!f.is_function()) return nullptr;
  const auto& obj = static_cast<const FcnObj&>(*f.raw_heap());
  int64_t i = fcn_index_of(obj, arg);
  return i < 0 ? nullptr : &obj.rng()[static_cast<size_t>(i)];
}
/// f[arg]. EvalError when `f` is not a function or `arg` is outside DOMAIN f.
inline Value apply(const Value& f, const Value& arg) {
  if (const Value* r = try_apply(f, arg)) return *r;
  detail::apply_failed(f, arg);
}
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
namespace detail {
/// Throws seq_elements' EvalError (`s` is not a sequence).
[[noreturn, gnu::cold]] void not_a_sequence(const Value& s, const char* op);
/// seq_len of a value that is not a sequence in function form (a string, or the error).
int64_t seq_len_other(const Value& s);
}  // namespace detail
/// Len(s) (inline for a sequence).
inline int64_t seq_len(const Value& s) {
  if (s.is_function() && static_cast<const FcnObj*>(s.raw_heap())->seq())
    return static_cast<int64_t>(static_cast<const FcnObj*>(s.raw_heap())->rng().size());
  return detail::seq_len_other(s);
}
Value seq_append(const Value& s, const Value& elem);
Value seq_head(const Value& s);
Value seq_tail(const Value& s);
Value seq_concat(const Value& s, const Value& t);  ///< s \o t
Value seq_subseq(const Value& s, int64_t m, int64_t n);  ///< SubSeq(s, m, n)
/// The elements of a sequence (EvalError naming `op` when `s` is not a sequence).
inline std::span<const Value> seq_elements(const Value& s, const char* op) {
  if (!s.is_function() || !static_cast<const FcnObj*>(s.raw_heap())->seq()) detail::not_a_sequence(s, op);
  return static_cast<const FcnObj*>(s.raw_heap())->rng();
}

}  // namespace tlatrace::eval
