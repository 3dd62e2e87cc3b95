// Sequences (strings are sequences of characters for Len, \o, SubSeq, as in TLC).
#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

int64_t int_arg(const Value& v, const char* op) {
  if (!v.is_int()) throw EvalError(std::string("An argument of ") + op + " should be an integer, but instead it is:\n" + to_tla_string(v));
  return v.raw_int();
}

Value seq(const Value* a) { return seq_set(a[0]); }
Value len(const Value* a) { return Value::integer(seq_len(a[0])); }
Value concat(const Value* a) { return seq_concat(a[0], a[1]); }
Value append(const Value* a) { return seq_append(a[0], a[1]); }
Value head(const Value* a) { return seq_head(a[0]); }
Value tail(const Value* a) { return seq_tail(a[0]); }
Value subseq(const Value* a) { return seq_subseq(a[0], int_arg(a[1], "SubSeq"), int_arg(a[2], "SubSeq")); }

Value select_seq(NativeArgs& a) {
  Value s = a.value(0);
  std::vector<Value> kept;
  for (const Value& e : seq_elements(s, "SelectSeq")) {
    Value ok = a.apply(1, std::span<const Value>(&e, 1));
    if (!ok.is_bool()) throw EvalError("The test of SelectSeq returned the non-boolean " + to_tla_string(ok));
    if (ok.raw_bool()) kept.push_back(e);
  }
  return make_tuple(std::move(kept));
}

}  // namespace

void add_sequence_natives(std::vector<NativeEntry>& out) {
  out.push_back({"Sequences", "Seq", 1, seq});
  out.push_back({"Sequences", "Len", 1, len});
  out.push_back({"Sequences", "\\o", 2, concat});
  out.push_back({"Sequences", "Append", 2, append});
  out.push_back({"Sequences", "Head", 1, head});
  out.push_back({"Sequences", "Tail", 1, tail});
  out.push_back({"Sequences", "SubSeq", 3, subseq});
  out.push_back({"Sequences", "SelectSeq", 2, nullptr, select_seq});
}

}  // namespace tlatrace::eval
