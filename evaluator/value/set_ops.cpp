#include "evaluator/value/set_ops.hpp"

#include <algorithm>

#include "evaluator/value/compare.hpp"
#include "evaluator/value/construct.hpp"
#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/int_ops.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::eval {
namespace {

// Finite operands up to this many elements are combined eagerly into enumerated sets.
constexpr int64_t kEagerLimit = int64_t{1} << 20;

Value make_lazy(LazyKind kind, std::vector<Value> args, std::vector<const Atom*> names = {},
                std::shared_ptr<const SetFilter> filter = nullptr) {
  auto* obj = new LazySetObj();
  obj->kind = kind;
  obj->args = std::move(args);
  obj->names = std::move(names);
  obj->filter = std::move(filter);
  return Value::from_heap(Tag::LazySet, obj);
}

void require_set(const Value& v, const char* op) {
  if (!v.is_set()) {
    throw EvalError(std::string("Attempted to apply ") + op + " to " + kind_description(v) + " " +
                    to_tla_string(v) + ", which is not a set.");
  }
}

/// Enumerated set, or interval small enough to combine eagerly.
bool is_eager(const Value& v) {
  if (v.tag() == Tag::Set) return true;
  if (v.tag() != Tag::Interval) return false;
  const IntervalObj& iv = v.as_interval_obj();
  return static_cast<uint64_t>(iv.hi) - static_cast<uint64_t>(iv.lo) <
         static_cast<uint64_t>(kEagerLimit);
}

const LazySetObj* lazy(const Value& v) {
  return v.tag() == Tag::LazySet ? &v.as_lazy_obj() : nullptr;
}

bool is_empty_set(const Value& v) { return is_finite(v) && cardinality(v) == 0; }

/// TLC's rule for membership tests of a value the set cannot contain by type: an untyped model
/// value is simply not a member, anything else (or a typed model value) is an error.
bool mismatched_member(const Value& elem, const Value& set) {
  if (elem.is_model() && elem.raw_atom()->model_type == 0) return false;
  throw EvalError("Attempted to check if the value:\n" + to_tla_string(elem) +
                  "\nis an element of " + to_tla_string(set) + ".");
}

/// DOMAIN f = S, without building DOMAIN f when S is an interval.
bool function_has_domain(const FcnObj& f, const Value& s) {
  if (s.tag() == Tag::Interval) {
    const IntervalObj& iv = s.as_interval_obj();
    if (iv.hi < iv.lo) return f.size() == 0;
    uint64_t span = static_cast<uint64_t>(iv.hi) - static_cast<uint64_t>(iv.lo);  // no overflow
    if (f.size() == 0 || span != f.size() - 1) return false;
    if (f.seq()) return iv.lo == 1;
    // A function over another interval (e.g. 0..n): its sorted domain must be lo, lo+1, ...
    for (size_t i = 0; i < f.size(); ++i)
      if (!f.dom()[i].is_int() || f.dom()[i].as_int() != iv.lo + static_cast<int64_t>(i)) return false;
    return true;
  }
  if (f.size() == 0) return is_empty_set(s);
  if (s.tag() == Tag::Set) {
    const auto& elems = s.as_set_obj().elems();
    if (elems.size() != f.size()) return false;
    for (size_t i = 0; i < elems.size(); ++i) {
      Value d = f.seq() ? Value::integer(static_cast<int64_t>(i) + 1) : f.dom()[i];
      if (!equal(d, elems[i])) return false;
    }
    return true;
  }
  if (!is_finite(s)) return false;
  return equal(make_set_presorted(f.seq() ? elements(make_interval(1, f.size())) : to_vector(f.dom())), s);
}

bool member_of_lazy(const Value& elem, const Value& set) {
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::Nat:
      if (!elem.is_int()) return mismatched_member(elem, set);
      return elem.raw_int() >= 0;
    case LazyKind::Int:
      if (!elem.is_int()) return mismatched_member(elem, set);
      return true;
    case LazyKind::String:
      if (!elem.is_string()) return mismatched_member(elem, set);
      return true;
    case LazyKind::Subset:
      if (!elem.is_set()) return mismatched_member(elem, set);
      return is_subset(elem, obj.args[0]);
    case LazyKind::Seq: {
      if (!elem.is_function()) return mismatched_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!f.seq()) return false;
      return std::all_of(f.rng().begin(), f.rng().end(),
                         [&](const Value& v) { return is_member(v, obj.args[0]); });
    }
    case LazyKind::FcnSet: {
      if (!elem.is_function()) return mismatched_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!function_has_domain(f, obj.args[0])) return false;
      return std::all_of(f.rng().begin(), f.rng().end(),
                         [&](const Value& v) { return is_member(v, obj.args[1]); });
    }
    case LazyKind::RcdSet: {
      if (!elem.is_function()) return mismatched_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (f.seq()) return f.size() == 0 && obj.names.empty();
      if (f.size() != obj.names.size()) return false;
      for (size_t i = 0; i < f.size(); ++i) {
        if (!f.dom()[i].is_string() || f.dom()[i].raw_atom() != obj.names[i]) return false;
        if (!is_member(f.rng()[i], obj.args[i])) return false;
      }
      return true;
    }
    case LazyKind::Product: {
      if (!elem.is_function()) return mismatched_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!f.seq() || f.size() != obj.args.size()) return false;
      for (size_t i = 0; i < f.size(); ++i) {
        if (!is_member(f.rng()[i], obj.args[i])) return false;
      }
      return true;
    }
    case LazyKind::Cup: return is_member(elem, obj.args[0]) || is_member(elem, obj.args[1]);
    case LazyKind::Cap: return is_member(elem, obj.args[0]) && is_member(elem, obj.args[1]);
    case LazyKind::Diff: return is_member(elem, obj.args[0]) && !is_member(elem, obj.args[1]);
    case LazyKind::Union:
      return !for_each_element(obj.args[0], [&](const Value& s) { return !is_member(elem, s); });
    case LazyKind::Filter: return is_member(elem, obj.args[0]) && obj.filter->test(elem);
  }
  return false;
}

int64_t checked_product_of_sizes(const std::vector<Value>& sets) {
  int64_t product = 1;
  for (const Value& s : sets) product = checked_mul(product, cardinality(s));
  return product;
}

}  // namespace

Value nat_set() {
  static const Value v = make_lazy(LazyKind::Nat, {});
  return v;
}
Value int_set() {
  static const Value v = make_lazy(LazyKind::Int, {});
  return v;
}
Value string_set() {
  static const Value v = make_lazy(LazyKind::String, {});
  return v;
}

Value subset_of(const Value& s) {
  require_set(s, "SUBSET");
  return make_lazy(LazyKind::Subset, {s});
}

Value union_of(const Value& s) {
  require_set(s, "UNION");
  if (s.tag() == Tag::Set) {
    const auto& members = s.as_set_obj().elems();
    if (std::all_of(members.begin(), members.end(), is_eager)) {
      std::vector<Value> all;
      for (const Value& m : members) {
        for (Value& e : elements(m)) all.push_back(std::move(e));
      }
      return make_set(std::move(all));
    }
    for (const Value& m : members) require_set(m, "UNION");
  }
  return make_lazy(LazyKind::Union, {s});
}

Value function_set(const Value& domain, const Value& range) {
  require_set(domain, "[S -> T]");
  require_set(range, "[S -> T]");
  return make_lazy(LazyKind::FcnSet, {domain, range});
}

Value record_set(std::vector<std::pair<const Atom*, Value>> fields) {
  std::sort(fields.begin(), fields.end(),
            [](const auto& a, const auto& b) { return a.first->token < b.first->token; });
  std::vector<Value> sets;
  std::vector<const Atom*> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0 && fields[i - 1].first == fields[i].first) {
      throw EvalError("Field name " + fields[i].first->text + " occurs multiple times in record set.");
    }
    require_set(fields[i].second, "[a : S]");
    names.push_back(fields[i].first);
    sets.push_back(std::move(fields[i].second));
  }
  return make_lazy(LazyKind::RcdSet, std::move(sets), std::move(names));
}

Value seq_set(const Value& s) {
  require_set(s, "Seq");
  return make_lazy(LazyKind::Seq, {s});
}

Value cartesian_product(std::vector<Value> sets) {
  for (const Value& s : sets) require_set(s, "\\X");
  return make_lazy(LazyKind::Product, std::move(sets));
}

Value set_union(const Value& a, const Value& b) {
  require_set(a, "\\cup");
  require_set(b, "\\cup");
  if (a.tag() == Tag::Set && b.tag() == Tag::Set) {
    const auto& x = a.as_set_obj().elems();
    const auto& y = b.as_set_obj().elems();
    if (y.empty()) return a;
    if (x.empty()) return b;
    std::vector<Value> merged;
    merged.reserve(x.size() + y.size());
    std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(merged),
                   ValueLess{});
    return make_set_presorted(std::move(merged));
  }
  if (is_eager(a) && is_eager(b)) {
    std::vector<Value> all = elements(a);
    for (Value& e : elements(b)) all.push_back(std::move(e));
    return make_set(std::move(all));
  }
  return make_lazy(LazyKind::Cup, {a, b});
}

Value set_intersection(const Value& a, const Value& b) {
  require_set(a, "\\cap");
  require_set(b, "\\cap");
  const Value* base = is_eager(a) ? &a : (is_eager(b) ? &b : nullptr);
  if (base == nullptr) return make_lazy(LazyKind::Cap, {a, b});
  const Value& other = base == &a ? b : a;
  std::vector<Value> kept;
  if (base->tag() == Tag::Set) kept.reserve(base->as_set_obj().elems().size());
  for_each_element(*base, [&](const Value& e) {
    if (is_member(e, other)) kept.push_back(e);
    return true;
  });
  return make_set_presorted(std::move(kept));
}

namespace {
// The integers of `iv` that `removed` rejects, in order, as an enumerated set.
template <typename Removed>
Value interval_without(const IntervalObj& iv, Removed removed) {
  std::vector<Value> kept;
  kept.reserve(std::min<uint64_t>(static_cast<uint64_t>(iv.hi) - static_cast<uint64_t>(iv.lo), 1 << 20) + 1);
  for (int64_t i = iv.lo;; ++i) {
    Value v = Value::integer(i);
    if (!removed(v)) kept.push_back(std::move(v));
    if (i == iv.hi) break;
  }
  return make_set_presorted(std::move(kept));
}
}  // namespace

Value set_difference(const Value& a, const Value& b) {
  require_set(a, "\\");
  require_set(b, "\\");
  if (!is_eager(a)) return make_lazy(LazyKind::Diff, {a, b});
  std::vector<Value> kept;
  if (a.tag() == Tag::Set && b.tag() == Tag::Set) {
    // Both canonical: one merge, and `a` itself when nothing is removed.
    const auto& x = a.as_set_obj().elems();
    const auto& y = b.as_set_obj().elems();
    if (x.empty() || y.empty()) return a;
    kept.reserve(x.size());
    std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(kept), ValueLess{});
    if (kept.size() == x.size()) return a;
    return make_set_presorted(std::move(kept));
  }
  if (a.tag() == Tag::Interval && b.tag() == Tag::Set) {
    // lo..hi \ {..} (`Proc \ {p}`): each integer looked up in b, without the enumeration's
    // callbacks.
    return interval_without(a.as_interval_obj(), [&](const Value& v) { return is_member(v, b); });
  }
  if (a.tag() == Tag::Set) kept.reserve(a.as_set_obj().elems().size());
  for_each_element(a, [&](const Value& e) {
    if (!is_member(e, b)) kept.push_back(e);
    return true;
  });
  return make_set_presorted(std::move(kept));
}

Value set_remove(const Value& s, const Value& elem) {
  if (s.tag() == Tag::Interval && elem.is_int()) {
    // lo..hi \ {i} (`Proc \ {p}`): set_difference's integers but i, without building {i}.
    return interval_without(s.as_interval_obj(), [&](const Value& v) { return v.raw_int() == elem.raw_int(); });
  }
  if (s.tag() != Tag::Set) return set_difference(s, make_set_presorted({elem}));
  // std::set_difference against a one-element set compares x[i] with elem, in order, until
  // x[i] is not below it (compare is a total order: one call gives both of its comparisons).
  const auto& x = s.as_set_obj().elems();
  for (size_t i = 0; i < x.size(); ++i) {
    int order = compare(x[i], elem);
    if (order < 0) continue;
    if (order > 0) return s;
    if (i == 0) return make_set_presorted(std::vector<Value>(x.begin() + 1, x.end()));  // Sum's CHOOSE
    std::vector<Value> kept;
    kept.reserve(x.size() - 1);
    for (size_t j = 0; j < x.size(); ++j)
      if (j != i) kept.push_back(x[j]);
    return make_set_presorted(std::move(kept));
  }
  return s;
}

Value filter_set(const Value& base, std::shared_ptr<const SetFilter> predicate) {
  require_set(base, "a set filter");
  if (!is_eager(base)) return make_lazy(LazyKind::Filter, {base}, {}, std::move(predicate));
  std::vector<Value> kept;
  for_each_element(base, [&](const Value& e) {
    if (predicate->test(e)) kept.push_back(e);
    return true;
  });
  return make_set_presorted(std::move(kept));
}

Value map_set(const Value& base, FunctionRef<Value(const Value&)> mapper) {
  std::vector<Value> images;
  if (base.tag() == Tag::Set) images.reserve(base.as_set_obj().elems().size());
  for_each_element(base, [&](const Value& e) {
    images.push_back(mapper(e));
    return true;
  });
  return make_set(std::move(images));
}

Value set_insert(const Value& set, const Value& elem) {
  require_set(set, "set insertion");
  if (set.tag() != Tag::Set) return set_union(set, make_set_presorted({elem}));
  const auto& elems = set.as_set_obj().elems();
  auto it = std::lower_bound(elems.begin(), elems.end(), elem, ValueLess{});
  if (it != elems.end() && equal(*it, elem)) return set;
  std::vector<Value> out;
  out.reserve(elems.size() + 1);
  out.insert(out.end(), elems.begin(), it);
  out.push_back(elem);
  out.insert(out.end(), it, elems.end());
  return make_set_presorted(std::move(out));
}

bool is_finite(const Value& set) {
  require_set(set, "IsFiniteSet");
  const LazySetObj* obj = lazy(set);
  if (obj == nullptr) return true;
  const auto& args = obj->args;
  switch (obj->kind) {
    case LazyKind::Nat:
    case LazyKind::Int:
    case LazyKind::String: return false;
    case LazyKind::Seq: return is_empty_set(args[0]);
    case LazyKind::Subset: return is_finite(args[0]);
    case LazyKind::FcnSet:
      return (is_finite(args[0]) && is_finite(args[1])) || is_empty_set(args[0]) ||
             is_empty_set(args[1]);
    case LazyKind::RcdSet:
    case LazyKind::Product:
      return std::all_of(args.begin(), args.end(), [](const Value& s) { return is_finite(s); }) ||
             std::any_of(args.begin(), args.end(), is_empty_set);
    case LazyKind::Cup: return is_finite(args[0]) && is_finite(args[1]);
    case LazyKind::Cap: return is_finite(args[0]) || is_finite(args[1]);
    case LazyKind::Diff:
    case LazyKind::Filter: return is_finite(args[0]);
    case LazyKind::Union:
      return is_finite(args[0]) &&
             for_each_element(args[0], [](const Value& s) { return is_finite(s); });
  }
  return false;
}

int64_t cardinality(const Value& set) {
  switch (set.tag()) {
    case Tag::Set: return static_cast<int64_t>(set.as_set_obj().elems().size());
    case Tag::Interval: {
      const IntervalObj& iv = set.as_interval_obj();
      return checked_add(checked_sub(iv.hi, iv.lo), 1);
    }
    case Tag::LazySet: break;
    default: require_set(set, "Cardinality");
  }
  if (!is_finite(set)) {
    throw EvalError("Attempted to compute the number of elements in the infinite set " +
                    to_tla_string(set) + ".");
  }
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::Seq: return 1;  // Seq({}) = {<<>>}
    case LazyKind::Subset: {
      int64_t n = cardinality(obj.args[0]);
      if (n >= 63) {
        throw EvalError("Overflow when computing the number of elements in " +
                        to_tla_string(set) + " (2^" + std::to_string(n) + ").");
      }
      return int64_t{1} << n;
    }
    case LazyKind::FcnSet: {
      if (is_empty_set(obj.args[0])) return 1;
      if (is_empty_set(obj.args[1])) return 0;
      return checked_pow(cardinality(obj.args[1]), cardinality(obj.args[0]));
    }
    case LazyKind::RcdSet:
    case LazyKind::Product:
      if (std::any_of(obj.args.begin(), obj.args.end(), is_empty_set)) return 0;
      return checked_product_of_sizes(obj.args);
    default: return static_cast<int64_t>(materialize(set).as_set_obj().elems().size());
  }
}

bool is_member(const Value& elem, const Value& set) {
  switch (set.tag()) {
    case Tag::Set: {
      const auto& elems = set.as_set_obj().elems();
      auto it = std::lower_bound(elems.begin(), elems.end(), elem, ValueLess{});
      return it != elems.end() && equal(*it, elem);
    }
    case Tag::Interval: {
      if (!elem.is_int()) return mismatched_member(elem, set);
      const IntervalObj& iv = set.as_interval_obj();
      return iv.lo <= elem.raw_int() && elem.raw_int() <= iv.hi;
    }
    case Tag::LazySet: return member_of_lazy(elem, set);
    default:
      throw EvalError("Attempted to check if the value:\n" + to_tla_string(elem) +
                      "\nis an element of " + kind_description(set) + " " + to_tla_string(set) +
                      ", which is not a set.");
  }
}

bool is_subset(const Value& a, const Value& b) {
  require_set(a, "\\subseteq");
  require_set(b, "\\subseteq");
  if (a.tag() == Tag::Interval && b.tag() == Tag::Interval) {
    const IntervalObj& x = a.as_interval_obj();
    const IntervalObj& y = b.as_interval_obj();
    return y.lo <= x.lo && x.hi <= y.hi;
  }
  if (is_finite(a)) {
    return for_each_element(a, [&](const Value& e) { return is_member(e, b); });
  }
  const LazySetObj* x = lazy(a);
  const LazySetObj* y = lazy(b);
  if (x != nullptr && y != nullptr) {
    try {
      if (equal(a, b)) return true;
    } catch (const EvalError&) {
      // not comparable by construction: try the rules below
    }
    if (x->kind == LazyKind::Nat && y->kind == LazyKind::Int) return true;
    if (x->kind == LazyKind::Seq && y->kind == LazyKind::Seq) return is_subset(x->args[0], y->args[0]);
    if (y->kind == LazyKind::Cup) return is_subset(a, y->args[0]) || is_subset(a, y->args[1]);
  }
  if (!is_finite(b)) {
    throw EvalError("Attempted to check whether the infinite set " + to_tla_string(a) +
                    " is a subset of " + to_tla_string(b) + ".");
  }
  return false;  // an infinite set is never a subset of a finite one
}

}  // namespace tlatrace::eval
