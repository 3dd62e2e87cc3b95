// Community modules: SequencesExt (the commonly used part) and TLCExt.
#include <algorithm>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

Value to_set(const Value* a) { return make_set(to_vector(seq_elements(a[0], "ToSet"))); }
Value reverse(const Value* a) {
  std::vector<Value> e = to_vector(seq_elements(a[0], "Reverse"));
  std::reverse(e.begin(), e.end());
  return make_tuple(std::move(e));
}
Value contains(const Value* a) {
  for (const Value& x : seq_elements(a[0], "Contains"))
    if (equal(x, a[1])) return Value::boolean(true);
  return Value::boolean(false);
}
Value front(const Value* a) {
  int64_t n = seq_len(a[0]);
  if (n == 0) throw EvalError("Attempted to apply Front to the empty sequence.");
  return seq_subseq(a[0], 1, n - 1);
}
Value last(const Value* a) {
  const auto& e = seq_elements(a[0], "Last");
  if (e.empty()) throw EvalError("Attempted to apply Last to the empty sequence.");
  return e.back();
}
// IsPrefix(s, t) == Len(s) \leq Len(t) /\ SubSeq(t, 1, Len(s)) = s, step by step as its
// definition is evaluated (same errors for non-sequences, same equality test).
Value is_prefix(const Value* a) {
  const int64_t n = seq_len(a[0]);
  if (n > seq_len(a[1])) return Value::boolean(false);
  return Value::boolean(tlc_equal(seq_subseq(a[1], 1, n), a[0]));
}
Value cons(const Value* a) { return seq_concat(make_tuple({a[0]}), a[1]); }
Value set_to_seq(const Value* a) { return make_tuple(elements(a[0])); }

Value fold_left(NativeArgs& a) {
  Value acc = a.value(1);
  for (const Value& x : seq_elements(a.value(2), "FoldLeft")) {
    Value args[2] = {acc, x};
    acc = a.apply(0, args);
  }
  return acc;
}

Value fold_right(NativeArgs& a) {
  Value acc = a.value(2);
  std::vector<Value> xs = to_vector(seq_elements(a.value(1), "FoldRight"));
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) {
    Value args[2] = {*it, acc};
    acc = a.apply(0, args);
  }
  return acc;
}

Value fold_seq(NativeArgs& a) {
  Value acc = a.value(1);
  std::vector<Value> xs = to_vector(seq_elements(a.value(2), "FoldSeq"));
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) {
    Value args[2] = {*it, acc};
    acc = a.apply(0, args);
  }
  return acc;
}

Value assert_eq(NativeArgs& a) {
  Value x = a.value(0), y = a.value(1);
  if (!equal(x, y)) {
    if (auto* h = a.evaluator().hooks()) h->print("AssertEq: " + to_tla_string(x) + " # " + to_tla_string(y));
    return Value::boolean(false);
  }
  return Value::boolean(true);
}

Value model_value(const Value* a) {
  if (!a[0].is_string()) throw EvalError("TLCModelValue expects a string.");
  return Value::model(a[0].raw_atom()->text);
}

Value tlc_fp(const Value* a) { return Value::integer(static_cast<int64_t>(fingerprint(a[0]) & 0x7fffffffffffffffULL)); }

}  // namespace

void add_ext_natives(std::vector<NativeEntry>& out) {
  out.push_back({"SequencesExt", "ToSet", 1, to_set});
  out.push_back({"SequencesExt", "Reverse", 1, reverse});
  out.push_back({"SequencesExt", "Contains", 2, contains});
  out.push_back({"SequencesExt", "Front", 1, front});
  out.push_back({"SequencesExt", "Last", 1, last});
  out.push_back({"SequencesExt", "Cons", 2, cons});
  out.push_back({"SequencesExt", "IsPrefix", 2, is_prefix});
  out.push_back({"SequencesExt", "SetToSeq", 1, set_to_seq});
  out.push_back({"SequencesExt", "FoldLeft", 3, nullptr, fold_left});
  out.push_back({"SequencesExt", "FoldRight", 3, nullptr, fold_right});
  out.push_back({"SequencesExt", "FoldSeq", 3, nullptr, fold_seq});
  out.push_back({"TLCExt", "AssertEq", 2, nullptr, assert_eq});
  out.push_back({"TLCExt", "TLCModelValue", 1, model_value});
  out.push_back({"TLCExt", "TLCFP", 1, tlc_fp});
}

}  // namespace tlatrace::eval
