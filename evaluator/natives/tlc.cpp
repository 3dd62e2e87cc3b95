// The TLC module: printing, assertions, checker registers, :> and @@, Permutations, SortSeq...
#include <algorithm>
#include <chrono>
#include <random>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/natives/registry.hpp"
#include "evaluator/natives/system_properties.hpp"

namespace tlatrace::eval {
namespace {

Value print(NativeArgs& a) {
  Value out = a.value(0);
  Value val = a.value(1);
  if (auto* h = a.evaluator().hooks()) h->print(to_tla_string(out) + "  " + to_tla_string(val));
  return val;
}

Value print_t(NativeArgs& a) {
  Value out = a.value(0);
  if (auto* h = a.evaluator().hooks()) h->print(to_tla_string(out));
  return Value::boolean(true);
}

Value assert_op(NativeArgs& a) {
  Value v = a.value(0);
  if (v.is_bool() && v.raw_bool()) return v;
  if (!v.is_bool())
    throw EvalError("The first argument of Assert must be a boolean, but it is " + to_tla_string(v));
  Value out = a.value(1);
  throw AssertionFailure(a.site().range,
                         "The first argument of Assert evaluated to FALSE; the second argument was:\n" + to_tla_string(out));
}

Value java_time(const Value*) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return Value::integer(std::chrono::duration_cast<std::chrono::seconds>(now).count() & 0x7fffffff);
}

// TLC: a string key "-Dname" reads the Java system property `name`; unset, the key itself.
bool is_property_key(const Value& key) { return key.is_string() && key.raw_atom()->text.starts_with("-D"); }

Value tlc_get(NativeArgs& a) {
  Value key = a.value(0);
  if (is_property_key(key)) {
    const std::string& text = key.raw_atom()->text;
    return Value::string(system_property(text.substr(2)).value_or(text));
  }
  EvalHooks* h = a.evaluator().hooks();
  if (!h) throw EvalError("TLCGet is not available here.");
  if (key.is_int()) return h->tlc_get_register(key.raw_int());
  return h->tlc_get(key, a.ctx());
}

Value tlc_set(NativeArgs& a) {
  Value key = a.value(0);
  Value v = a.value(1);
  if (is_property_key(key)) {  // TLC stores the value's printed form
    set_system_property(key.raw_atom()->text.substr(2), to_tla_string(v));
    return Value::boolean(true);
  }
  EvalHooks* h = a.evaluator().hooks();
  if (!h) throw EvalError("TLCSet is not available here.");
  if (!key.is_int()) throw EvalError("TLCSet: the register must be an integer, but it is " + to_tla_string(key));
  h->tlc_set_register(key.raw_int(), v);
  return Value::boolean(true);
}

Value singleton(const Value* a) { return fcn_singleton(a[0], a[1]); }
Value merge(const Value* a) { return fcn_merge(a[0], a[1]); }

Value permutations(const Value* a) {
  std::vector<Value> elems = elements(a[0]);
  std::vector<size_t> idx(elems.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::vector<Value> out;
  do {
    std::vector<Value> rng;
    rng.reserve(idx.size());
    for (size_t i : idx) rng.push_back(elems[i]);
    out.push_back(make_function(elems, std::move(rng)));
  } while (std::next_permutation(idx.begin(), idx.end()));
  return make_set(std::move(out));
}

Value sort_seq(NativeArgs& a) {
  std::vector<Value> elems = to_vector(seq_elements(a.value(0), "SortSeq"));
  std::stable_sort(elems.begin(), elems.end(), [&](const Value& x, const Value& y) {
    Value args[2] = {x, y};
    Value r = a.apply(1, args);
    if (!r.is_bool()) throw EvalError("The operator of SortSeq returned the non-boolean " + to_tla_string(r));
    return r.raw_bool();
  });
  return make_tuple(std::move(elems));
}

Value random_element(const Value* a) {
  thread_local std::mt19937_64 rng(0x7a1a);
  std::vector<Value> elems = elements(a[0]);
  if (elems.empty()) throw EvalError("Attempted to apply RandomElement to the empty set.");
  return elems[rng() % elems.size()];
}

Value to_string(const Value* a) { return Value::string(to_tla_string(a[0])); }
Value tlc_eval(const Value* a) { return a[0]; }

}  // namespace

void add_tlc_natives(std::vector<NativeEntry>& out) {
  out.push_back({"TLC", "Print", 2, nullptr, print});
  out.push_back({"TLC", "PrintT", 1, nullptr, print_t});
  out.push_back({"TLC", "Assert", 2, nullptr, assert_op});
  out.push_back({"TLC", "JavaTime", 0, java_time, nullptr, true});
  out.push_back({"TLC", "TLCGet", 1, nullptr, tlc_get, true});
  out.push_back({"TLC", "TLCSet", 2, nullptr, tlc_set, true});
  out.push_back({"TLC", ":>", 2, singleton});
  out.push_back({"TLC", "@@", 2, merge});
  out.push_back({"TLC", "Permutations", 1, permutations});
  out.push_back({"TLC", "SortSeq", 2, nullptr, sort_seq});
  out.push_back({"TLC", "RandomElement", 1, random_element, nullptr, true});
  out.push_back({"TLC", "ToString", 1, to_string});
  out.push_back({"TLC", "TLCEval", 1, tlc_eval});
}

}  // namespace tlatrace::eval
