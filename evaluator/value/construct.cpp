#include "evaluator/value/construct.hpp"

#include <algorithm>
#include <memory>
#include <numeric>

#include "evaluator/value/compare.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::eval {

Value make_set_presorted(std::vector<Value> elems) {
  SetObj* obj = SetObj::create(elems.size());
  Value result = Value::from_heap(Tag::Set, obj);
  std::uninitialized_move(elems.begin(), elems.end(), obj->elem_slots());
  return result;
}

Value make_set(std::vector<Value> elems) {
  // Inputs are often canonical already (a map over a sorted set, a one-element set): then
  // one pass of comparisons replaces the sort.
  size_t i = 1;
  while (i < elems.size() && compare(elems[i - 1], elems[i]) < 0) ++i;
  if (i >= elems.size()) return make_set_presorted(std::move(elems));
  std::sort(elems.begin(), elems.end(), ValueLess{});
  elems.erase(std::unique(elems.begin(), elems.end(), ValueEqual{}), elems.end());
  return make_set_presorted(std::move(elems));
}

Value empty_set() {
  static const Value empty = make_set_presorted({});
  return empty;
}

Value boolean_set() {
  static const Value booleans = make_set_presorted({Value::boolean(false), Value::boolean(true)});
  return booleans;
}

Value make_interval(int64_t lo, int64_t hi) {
  if (lo > hi) return empty_set();
  auto* obj = new IntervalObj();
  obj->lo = lo;
  obj->hi = hi;
  return Value::from_heap(Tag::Interval, obj);
}

Value make_function_canonical(bool seq, std::vector<Value> dom, std::vector<Value> rng) {
  FcnObj* obj = FcnObj::create(seq, rng.size());
  Value result = Value::from_heap(Tag::Function, obj);
  if (!seq) std::uninitialized_move(dom.begin(), dom.end(), obj->dom_slots());
  std::uninitialized_move(rng.begin(), rng.end(), obj->rng_slots());
  return result;
}

Value make_tuple(std::vector<Value> elems) {
  return make_function_canonical(true, {}, std::move(elems));
}

Value make_function(std::vector<Value> dom, std::vector<Value> rng) {
  if (dom.size() != rng.size()) throw EvalError("make_function: domain and range sizes differ");
  const size_t n = dom.size();
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return compare(dom[a], dom[b]) < 0; });
  bool is_seq = true;
  for (size_t i = 0; i < n; ++i) {
    const Value& d = dom[order[i]];
    if (i > 0 && equal(dom[order[i - 1]], d)) {
      throw EvalError("The value " + to_tla_string(d) +
                      " occurs more than once in the domain of a function.");
    }
    if (!(d.is_int() && d.raw_int() == static_cast<int64_t>(i) + 1)) is_seq = false;
  }
  std::vector<Value> sorted_rng;
  sorted_rng.reserve(n);
  for (size_t i : order) sorted_rng.push_back(std::move(rng[i]));
  if (is_seq) return make_function_canonical(true, {}, std::move(sorted_rng));
  std::vector<Value> sorted_dom;
  sorted_dom.reserve(n);
  for (size_t i : order) sorted_dom.push_back(std::move(dom[i]));
  return make_function_canonical(false, std::move(sorted_dom), std::move(sorted_rng));
}

Value make_function(std::vector<std::pair<Value, Value>> pairs) {
  std::vector<Value> dom, rng;
  dom.reserve(pairs.size());
  rng.reserve(pairs.size());
  for (auto& [d, r] : pairs) {
    dom.push_back(std::move(d));
    rng.push_back(std::move(r));
  }
  return make_function(std::move(dom), std::move(rng));
}

Value make_record(std::vector<std::pair<const Atom*, Value>> fields) {
  std::sort(fields.begin(), fields.end(),
            [](const auto& a, const auto& b) { return a.first->token < b.first->token; });
  std::vector<Value> dom, rng;
  dom.reserve(fields.size());
  rng.reserve(fields.size());
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0 && fields[i - 1].first == fields[i].first) {
      throw EvalError("Field name " + fields[i].first->text + " occurs multiple times in record.");
    }
    dom.push_back(Value::string(fields[i].first));
    rng.push_back(std::move(fields[i].second));
  }
  // The empty record is the empty function, which is the sequence <<>>.
  if (dom.empty()) return make_tuple({});
  return make_function_canonical(false, std::move(dom), std::move(rng));
}

Value make_record(std::vector<std::pair<std::string_view, Value>> fields) {
  std::vector<std::pair<const Atom*, Value>> atoms;
  atoms.reserve(fields.size());
  for (auto& [name, v] : fields) atoms.emplace_back(intern(name), std::move(v));
  return make_record(std::move(atoms));
}

}  // namespace tlatrace::eval
