// FiniteSets, FiniteSetsExt, Folds and the set-shaped operators of Functions.
#include <algorithm>

#include "evaluator/natives/registry.hpp"

namespace tlatrace::eval {
namespace {

Value is_finite_set(const Value* a) { return Value::boolean(is_finite(a[0])); }
Value card(const Value* a) { return Value::integer(cardinality(a[0])); }

// FoldSet(op, base, S): op(x1, op(x2, ... op(xn, base))) with x1, x2, ... in canonical order
// (MapThenFoldSet with choose = CHOOSE x \in s : TRUE).
Value fold_set(NativeArgs& a) {
  Value acc = a.value(1);
  std::vector<Value> elems = elements(a.value(2));
  for (auto it = elems.rbegin(); it != elems.rend(); ++it) {
    Value args[2] = {*it, acc};
    acc = a.apply(0, args);
  }
  return acc;
}

Value sum_set(const Value* a) {
  int64_t sum = 0;
  for_each_element(a[0], [&](const Value& e) {
    if (!e.is_int()) throw EvalError("SumSet applied to a set containing the non-integer " + to_tla_string(e));
    sum = checked_add(sum, e.raw_int());
    return true;
  });
  return Value::integer(sum);
}

Value product_set(const Value* a) {
  int64_t p = 1;
  for_each_element(a[0], [&](const Value& e) {
    if (!e.is_int()) throw EvalError("ProductSet applied to a set containing the non-integer " + to_tla_string(e));
    p = checked_mul(p, e.raw_int());
    return true;
  });
  return Value::integer(p);
}

Value extreme(const Value& s, bool max, const char* op) {
  Value best;
  for_each_element(s, [&](const Value& e) {
    if (!e.is_int()) throw EvalError(std::string(op) + " applied to a set containing the non-integer " + to_tla_string(e));
    if (best.is_none() || (max ? e.raw_int() > best.raw_int() : e.raw_int() < best.raw_int())) best = e;
    return true;
  });
  if (best.is_none())
    throw EvalError(std::string("Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no "
                                "element of S satisfied P.\n(") + op + " of the empty set)");
  return best;
}
Value max_set(const Value* a) { return extreme(a[0], true, "Max"); }
Value min_set(const Value* a) { return extreme(a[0], false, "Min"); }

Value k_subset(const Value* a) {
  if (!a[0].is_int()) throw EvalError("The first argument of kSubset should be an integer.");
  int64_t k = a[0].raw_int();
  std::vector<Value> elems = elements(a[1]);
  std::vector<Value> out;
  int64_t n = static_cast<int64_t>(elems.size());
  if (k < 0 || k > n) return empty_set();
  std::vector<int64_t> idx(k);
  for (int64_t i = 0; i < k; ++i) idx[i] = i;
  while (true) {
    std::vector<Value> pick;
    for (int64_t i : idx) pick.push_back(elems[i]);
    out.push_back(make_set_presorted(std::move(pick)));
    int64_t i = k;
    while (i > 0 && idx[i - 1] == n - k + i - 1) --i;
    if (i == 0) break;
    ++idx[i - 1];
    for (int64_t j = i; j < k; ++j) idx[j] = idx[j - 1] + 1;
  }
  return make_set(std::move(out));
}

Value quantify(NativeArgs& a) {
  int64_t n = 0;
  for (const Value& e : elements(a.value(0))) {
    Value ok = a.apply(1, std::span<const Value>(&e, 1));
    if (ok.is_bool() && ok.raw_bool()) ++n;
  }
  return Value::integer(n);
}

Value map_then_sum_set(NativeArgs& a) {
  int64_t sum = 0;
  for (const Value& e : elements(a.value(1))) {
    Value v = a.apply(0, std::span<const Value>(&e, 1));
    if (!v.is_int()) throw EvalError("MapThenSumSet: the operator returned the non-integer " + to_tla_string(v));
    sum = checked_add(sum, v.raw_int());
  }
  return Value::integer(sum);
}

// MapThenFoldSet(op, base, f, choose, S): folds f(x) into base, taking x = choose(remaining).
Value map_then_fold_set(NativeArgs& a) {
  Value acc = a.value(1);
  Value rest = a.value(4);
  std::vector<Value> order;
  while (cardinality(rest) > 0) {
    Value x = a.apply(3, std::span<const Value>(&rest, 1));
    order.push_back(x);
    rest = set_difference(rest, make_set({x}));
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    Value fx = a.apply(2, std::span<const Value>(&*it, 1));
    Value args[2] = {fx, acc};
    acc = a.apply(0, args);
  }
  return acc;
}

Value function_range(const Value* a) {
  if (!a[0].is_function()) throw EvalError("Range applied to the non-function " + to_tla_string(a[0]));
  return make_set(to_vector(a[0].as_fcn_obj().rng()));
}

Value is_injective(const Value* a) {
  if (!a[0].is_function()) throw EvalError("IsInjective applied to the non-function " + to_tla_string(a[0]));
  const auto& rng = a[0].as_fcn_obj().rng();
  return Value::boolean(cardinality(make_set(to_vector(rng))) == static_cast<int64_t>(rng.size()));
}

Value fold_function(NativeArgs& a) {
  Value acc = a.value(1);
  Value f = a.value(2);
  std::vector<Value> xs = elements(domain(f));
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) {
    Value args[2] = {apply(f, *it), acc};
    acc = a.apply(0, args);
  }
  return acc;
}

Value fold_function_on_set(NativeArgs& a) {
  Value acc = a.value(1);
  Value f = a.value(2);
  std::vector<Value> xs = elements(a.value(3));
  for (auto it = xs.rbegin(); it != xs.rend(); ++it) {
    Value args[2] = {apply(f, *it), acc};
    acc = a.apply(0, args);
  }
  return acc;
}

}  // namespace

void add_set_natives(std::vector<NativeEntry>& out) {
  out.push_back({"FiniteSets", "IsFiniteSet", 1, is_finite_set});
  out.push_back({"FiniteSets", "Cardinality", 1, card});
  out.push_back({"FiniteSetsExt", "FoldSet", 3, nullptr, fold_set});
  out.push_back({"FiniteSetsExt", "SumSet", 1, sum_set});
  out.push_back({"FiniteSetsExt", "ProductSet", 1, product_set});
  out.push_back({"FiniteSetsExt", "Max", 1, max_set});
  out.push_back({"FiniteSetsExt", "Min", 1, min_set});
  out.push_back({"FiniteSetsExt", "kSubset", 2, k_subset});
  out.push_back({"FiniteSetsExt", "Quantify", 2, nullptr, quantify});
  out.push_back({"FiniteSetsExt", "MapThenSumSet", 2, nullptr, map_then_sum_set});
  out.push_back({"Folds", "MapThenFoldSet", 5, nullptr, map_then_fold_set});
  out.push_back({"Functions", "Range", 1, function_range});
  out.push_back({"Functions", "IsInjective", 1, is_injective});
  out.push_back({"Functions", "FoldFunction", 3, nullptr, fold_function});
  out.push_back({"Functions", "FoldFunctionOnSet", 4, nullptr, fold_function_on_set});
}

}  // namespace tlatrace::eval
