#include "evaluator/value/fcn_ops.hpp"

#include <algorithm>
#include <memory>

#include "evaluator/value/compare.hpp"
#include "evaluator/value/construct.hpp"
#include "evaluator/value/fingerprint.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/print.hpp"

namespace tlatrace::eval {
namespace {

int64_t index_of(const FcnObj& f, const Value& arg) { return fcn_index_of(f, arg); }

const FcnObj& require_function(const Value& f, const char* what) {
  if (!f.is_function()) {
    throw EvalError(std::string("Attempted to ") + what + " " + kind_description(f) + " " +
                    to_tla_string(f) + ", which is not a function.");
  }
  return f.as_fcn_obj();
}

Value except_step(const Value& f, std::span<const Value> path,
                  FunctionRef<Value(const Value&)> update) {
  if (path.empty()) return update(f);
  const FcnObj& obj = require_function(f, "apply EXCEPT to");
  int64_t i = index_of(obj, path[0]);
  if (i < 0) return f;  // TLC leaves the function unchanged
  Value changed = except_step(obj.rng()[static_cast<size_t>(i)], path.subspan(1), update);
  // The copy is built in place: the same domain, the results with one replaced.
  FcnObj* out = FcnObj::create(obj.seq(), obj.size());
  Value result = Value::from_heap(Tag::Function, out);
  if (!obj.seq())
    std::uninitialized_copy(obj.dom().begin(), obj.dom().end(), out->dom_slots());
  std::uninitialized_copy(obj.rng().begin(), obj.rng().end(), out->rng_slots());
  out->rng_slots()[i] = std::move(changed);
  fingerprint_after_update(obj, *out, static_cast<size_t>(i));
  return result;
}

}  // namespace

namespace detail {

int64_t index_of_sorted(const FcnObj& f, const Value& arg) {
  // An integer, string, model value or boolean equals a value exactly when it is the same
  // handle (strings and model values are interned): small domains (records) are scanned.
  if (f.dom().size() <= 8 && (arg.is_int() || arg.is_string() || arg.is_model() || arg.is_bool())) {
    for (size_t i = 0; i < f.dom().size(); ++i)
      if (f.dom()[i].identical(arg)) return static_cast<int64_t>(i);
    return -1;
  }
  auto it = std::lower_bound(f.dom().begin(), f.dom().end(), arg, ValueLess{});
  if (it == f.dom().end() || !equal(*it, arg)) return -1;
  return it - f.dom().begin();
}

void apply_failed(const Value& f, const Value& arg) {
  require_function(f, "apply");
  throw EvalError("Attempted to apply function:\n" + to_tla_string(f) + "\nto argument " +
                  to_tla_string(arg) + ", which is not in the domain of the function.");
}

}  // namespace detail

Value select_field(const Value& record, const Atom* field) {
  if (const Value* r = try_apply(record, Value::string(field))) return *r;
  if (!record.is_function()) {
    throw EvalError("Attempted to access field " + field->text + " of " +
                    kind_description(record) + " " + to_tla_string(record) +
                    ", which is not a record.");
  }
  throw EvalError("Attempted to access nonexistent field '" + field->text + "' of record\n" +
                  to_tla_string(record));
}

Value select_field(const Value& record, std::string_view field) {
  return select_field(record, intern(field));
}

Value domain(const Value& f) {
  const FcnObj& obj = require_function(f, "compute DOMAIN of");
  if (obj.seq()) return make_interval(1, static_cast<int64_t>(obj.size()));
  return make_set_presorted(to_vector(obj.dom()));
}

Value except(const Value& f, std::span<const Value> path, Value new_value) {
  return except_step(f, path, [&](const Value&) { return new_value; });
}

Value except_with(const Value& f, std::span<const Value> path,
                  FunctionRef<Value(const Value&)> update) {
  return except_step(f, path, update);
}

Value fcn_singleton(const Value& arg, const Value& result) {
  return make_function(std::vector<Value>{arg}, std::vector<Value>{result});
}

Value fcn_merge(const Value& f, const Value& g) {
  const FcnObj& x = require_function(f, "apply @@ to");
  const FcnObj& y = require_function(g, "apply @@ to");
  std::vector<Value> dom, rng;
  for (size_t i = 0; i < x.size(); ++i) {
    dom.push_back(x.seq() ? Value::integer(static_cast<int64_t>(i) + 1) : x.dom()[i]);
    rng.push_back(x.rng()[i]);
  }
  for (size_t i = 0; i < y.size(); ++i) {
    Value d = y.seq() ? Value::integer(static_cast<int64_t>(i) + 1) : y.dom()[i];
    if (index_of(x, d) < 0) {
      dom.push_back(std::move(d));
      rng.push_back(y.rng()[i]);
    }
  }
  return make_function(std::move(dom), std::move(rng));
}

bool is_sequence(const Value& v) { return v.is_function() && v.as_fcn_obj().seq(); }

namespace detail {

void not_a_sequence(const Value& s, const char* op) {
  throw EvalError(std::string("The first argument of ") + op + " should be a sequence, but instead it is:\n" +
                  to_tla_string(s));
}

int64_t seq_len_other(const Value& s) {
  if (s.is_string()) return static_cast<int64_t>(s.raw_atom()->text.size());
  return static_cast<int64_t>(seq_elements(s, "Len").size());
}

}  // namespace detail

namespace {

/// A fresh sequence of `n` elements whose slots `fill` sets.
template <typename Fill>
Value build_seq(size_t n, Fill fill) {
  FcnObj* obj = FcnObj::create(true, n);
  Value result = Value::from_heap(Tag::Function, obj);
  fill(obj->rng_slots());
  return result;
}

}  // namespace

Value seq_append(const Value& s, const Value& elem) {
  std::span<const Value> elems = seq_elements(s, "Append");
  return build_seq(elems.size() + 1, [&](Value* out) {
    std::uninitialized_copy(elems.begin(), elems.end(), out);
    out[elems.size()] = elem;
  });
}

Value seq_head(const Value& s) {
  std::span<const Value> elems = seq_elements(s, "Head");
  if (elems.empty()) throw EvalError("Attempted to apply Head to the empty sequence.");
  return elems.front();
}

Value seq_tail(const Value& s) {
  std::span<const Value> elems = seq_elements(s, "Tail");
  if (elems.empty()) throw EvalError("Attempted to apply Tail to the empty sequence.");
  return build_seq(elems.size() - 1,
                   [&](Value* out) { std::uninitialized_copy(elems.begin() + 1, elems.end(), out); });
}

Value seq_concat(const Value& s, const Value& t) {
  if (s.is_string() && t.is_string()) {
    return Value::string(s.raw_atom()->text + t.raw_atom()->text);
  }
  std::vector<Value> out = to_vector(seq_elements(s, "\\o"));
  if (!is_sequence(t)) {
    throw EvalError("The second argument of \\o should be a sequence, but instead it is:\n" +
                    to_tla_string(t));
  }
  std::span<const Value> tail = t.as_fcn_obj().rng();
  out.insert(out.end(), tail.begin(), tail.end());
  return make_tuple(std::move(out));
}

Value seq_subseq(const Value& s, int64_t m, int64_t n) {
  const int64_t len = seq_len(s);
  if (m > n) return s.is_string() ? Value::string("") : make_tuple({});
  if (m < 1 || m > len) {
    throw EvalError("The second argument of SubSeq must be in the domain of its first argument:\n" +
                    to_tla_string(s) + "\n, but instead it is\n" + std::to_string(m));
  }
  if (n < 1 || n > len) {
    throw EvalError("The third argument of SubSeq must be in the domain of its first argument:\n" +
                    to_tla_string(s) + "\n, but instead it is\n" + std::to_string(n));
  }
  if (s.is_string()) {
    return Value::string(s.raw_atom()->text.substr(static_cast<size_t>(m - 1),
                                                   static_cast<size_t>(n - m + 1)));
  }
  std::span<const Value> elems = s.as_fcn_obj().rng();
  return build_seq(static_cast<size_t>(n - m + 1),
                   [&](Value* out) {
                     std::uninitialized_copy(elems.begin() + (m - 1), elems.begin() + n, out);
                   });
}

}  // namespace tlatrace::eval
