#include "evaluator/value/enumerate.hpp"

#include "evaluator/value/compare.hpp"
#include "evaluator/value/construct.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/print.hpp"
#include "evaluator/value/set_ops.hpp"

namespace tlatrace::eval {
namespace {

[[noreturn]] void not_enumerable(const Value& set) {
  throw EvalError("Attempted to enumerate the infinite set " + to_tla_string(set) +
                  "; TLC cannot enumerate it.");
}

std::span<const Value> sorted_elements(const Value& set, Value& holder) {
  holder = materialize(set);
  return holder.as_set_obj().elems();
}

/// SUBSET S: by size k = 0..n, then the k-combinations of S's sorted elements in index order.
bool enumerate_subsets(const Value& base, FunctionRef<bool(const Value&)> visit) {
  Value holder;
  std::span<const Value> elems = sorted_elements(base, holder);
  const size_t n = elems.size();
  if (n >= 63) throw EvalError("Attempted to enumerate SUBSET of a set with " +
                               std::to_string(n) + " elements (too many subsets).");
  std::vector<size_t> idx;
  for (size_t k = 0; k <= n; ++k) {
    idx.resize(k);
    for (size_t i = 0; i < k; ++i) idx[i] = i;
    while (true) {
      std::vector<Value> chosen;
      chosen.reserve(k);
      for (size_t i : idx) chosen.push_back(elems[i]);
      if (!visit(make_set_presorted(std::move(chosen)))) return false;
      // Next combination in lexicographic order.
      size_t i = k;
      while (i > 0 && idx[i - 1] == n - k + (i - 1)) --i;
      if (i == 0) break;
      ++idx[i - 1];
      for (size_t j = i; j < k; ++j) idx[j] = idx[j - 1] + 1;
    }
  }
  return true;
}

/// An odometer over `choices` (the last position turns fastest); `make` builds each element.
bool enumerate_odometer(const std::vector<std::vector<Value>>& choices,
                        FunctionRef<Value(std::vector<Value>)> make,
                        FunctionRef<bool(const Value&)> visit) {
  for (const auto& c : choices) {
    if (c.empty()) return true;
  }
  std::vector<size_t> pos(choices.size(), 0);
  while (true) {
    std::vector<Value> current;
    current.reserve(choices.size());
    for (size_t i = 0; i < choices.size(); ++i) current.push_back(choices[i][pos[i]]);
    if (!visit(make(std::move(current)))) return false;
    size_t i = choices.size();
    while (i > 0) {
      --i;
      if (++pos[i] < choices[i].size()) break;
      pos[i] = 0;
      if (i == 0) return true;
    }
    if (choices.empty()) return true;
  }
}

bool enumerate_function_set(const LazySetObj& obj, FunctionRef<bool(const Value&)> visit) {
  Value dom_holder, rng_holder;
  std::span<const Value> dom = sorted_elements(obj.args[0], dom_holder);
  std::span<const Value> rng = sorted_elements(obj.args[1], rng_holder);
  std::vector<std::vector<Value>> choices(dom.size(), to_vector(rng));
  bool seq = true;
  for (size_t i = 0; i < dom.size(); ++i) {
    if (!(dom[i].is_int() && dom[i].raw_int() == static_cast<int64_t>(i) + 1)) seq = false;
  }
  auto make = [&](std::vector<Value> values) {
    return make_function_canonical(seq, seq ? std::vector<Value>{} : to_vector(dom), std::move(values));
  };
  return enumerate_odometer(choices, make, visit);
}

bool enumerate_record_set(const LazySetObj& obj, FunctionRef<bool(const Value&)> visit) {
  std::vector<std::vector<Value>> choices;
  std::vector<Value> dom;
  for (size_t i = 0; i < obj.names.size(); ++i) {
    choices.push_back(elements(obj.args[i]));
    dom.push_back(Value::string(obj.names[i]));
  }
  auto make = [&](std::vector<Value> values) {
    if (dom.empty()) return make_tuple({});
    return make_function_canonical(false, dom, std::move(values));
  };
  return enumerate_odometer(choices, make, visit);
}

bool enumerate_product(const LazySetObj& obj, FunctionRef<bool(const Value&)> visit) {
  std::vector<std::vector<Value>> choices;
  for (const Value& s : obj.args) choices.push_back(elements(s));
  auto make = [](std::vector<Value> values) { return make_tuple(std::move(values)); };
  return enumerate_odometer(choices, make, visit);
}

bool enumerate_lazy(const Value& set, FunctionRef<bool(const Value&)> visit) {
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::Nat:
    case LazyKind::Int:
    case LazyKind::String: not_enumerable(set);
    case LazyKind::Seq:
      if (!is_finite(set)) not_enumerable(set);
      return visit(make_tuple({}));  // Seq({}) = {<<>>}
    case LazyKind::Subset: return enumerate_subsets(obj.args[0], visit);
    case LazyKind::FcnSet: return enumerate_function_set(obj, visit);
    case LazyKind::RcdSet: return enumerate_record_set(obj, visit);
    case LazyKind::Product: return enumerate_product(obj, visit);
    case LazyKind::Cap: {
      const bool first_finite = is_finite(obj.args[0]);
      const Value& base = first_finite ? obj.args[0] : obj.args[1];
      const Value& other = first_finite ? obj.args[1] : obj.args[0];
      return for_each_element(base, [&](const Value& e) {
        return is_member(e, other) ? visit(e) : true;
      });
    }
    case LazyKind::Diff:
      return for_each_element(obj.args[0], [&](const Value& e) {
        return is_member(e, obj.args[1]) ? true : visit(e);
      });
    case LazyKind::Filter:
      return for_each_element(obj.args[0], [&](const Value& e) {
        return obj.filter->test(e) ? visit(e) : true;
      });
    case LazyKind::Cup:
    case LazyKind::Union:
      for (const Value& e : materialize(set).as_set_obj().elems()) {
        if (!visit(e)) return false;
      }
      return true;
  }
  return true;
}

Value materialize_lazy(const Value& set) {
  const LazySetObj& obj = set.as_lazy_obj();
  if (obj.kind == LazyKind::Cup) {
    std::vector<Value> all = elements(obj.args[0]);
    for_each_element(obj.args[1], [&](const Value& e) {
      all.push_back(e);
      return true;
    });
    return make_set(std::move(all));
  }
  if (obj.kind == LazyKind::Union) {
    std::vector<Value> all;
    for_each_element(obj.args[0], [&](const Value& member) {
      if (!member.is_set()) {
        throw EvalError("Attempted to compute UNION of a set containing the non-set " +
                        to_tla_string(member) + ".");
      }
      for_each_element(member, [&](const Value& e) {
        all.push_back(e);
        return true;
      });
      return true;
    });
    return make_set(std::move(all));
  }
  std::vector<Value> all;
  enumerate_lazy(set, [&](const Value& e) {
    all.push_back(e);
    return true;
  });
  return make_set_presorted(std::move(all));
}

}  // namespace

bool for_each_element(const Value& set, FunctionRef<bool(const Value&)> visit) {
  switch (set.tag()) {
    case Tag::Set:
      for (const Value& e : set.as_set_obj().elems()) {
        if (!visit(e)) return false;
      }
      return true;
    case Tag::Interval: {
      const IntervalObj& iv = set.as_interval_obj();
      for (int64_t i = iv.lo;; ++i) {
        if (!visit(Value::integer(i))) return false;
        if (i == iv.hi) return true;
      }
    }
    case Tag::LazySet: return enumerate_lazy(set, visit);
    default:
      throw EvalError(std::string("Attempted to enumerate ") + kind_description(set) + " " +
                      to_tla_string(set) + ", which is not a set.");
  }
}

std::vector<Value> elements(const Value& set) {
  if (set.tag() == Tag::Set) return to_vector(set.as_set_obj().elems());
  std::vector<Value> out;
  for_each_element(set, [&](const Value& e) {
    out.push_back(e);
    return true;
  });
  return out;
}

Value materialize(const Value& set) {
  switch (set.tag()) {
    case Tag::Set: return set;
    case Tag::Interval: return make_set_presorted(elements(set));
    case Tag::LazySet: {
      const LazySetObj& obj = set.as_lazy_obj();
      std::call_once(obj.materialize_once, [&] { obj.materialized = materialize_lazy(set); });
      return obj.materialized;
    }
    default:
      throw EvalError(std::string("Expected a set but found ") + kind_description(set) + " " +
                      to_tla_string(set) + ".");
  }
}

}  // namespace tlatrace::eval
