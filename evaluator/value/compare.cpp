#include "evaluator/value/compare.hpp"

#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/fingerprint.hpp"
#include "evaluator/value/heap.hpp"
#include "evaluator/value/print.hpp"
#include "evaluator/value/set_ops.hpp"

namespace tlatrace::eval {
namespace {

int kind_rank(Kind k) { return static_cast<int>(k); }

/// Random access to a finite set's elements in canonical order, without building intervals.
class SortedElems {
 public:
  explicit SortedElems(const Value& set) {
    if (set.tag() == Tag::Interval) {
      lo_ = set.as_interval_obj().lo;
      size_ = static_cast<size_t>(static_cast<uint64_t>(set.as_interval_obj().hi) -
                                  static_cast<uint64_t>(lo_)) + 1;
      return;
    }
    holder_ = set.tag() == Tag::Set ? set : materialize(set);
    vec_ = holder_.as_set_obj().elems();
    size_ = vec_.size();
  }
  size_t size() const { return size_; }
  Value at(size_t i) const {
    return holder_.is_none() ? Value::integer(lo_ + static_cast<int64_t>(i)) : vec_[i];
  }

 private:
  Value holder_;
  std::span<const Value> vec_;
  int64_t lo_ = 0;
  size_t size_ = 0;
};

/// Same lazy construction with equal arguments (Nat vs Nat, Seq(S) vs Seq(S)...).
bool same_construction(const Value& a, const Value& b) {
  if (a.tag() != Tag::LazySet || b.tag() != Tag::LazySet) return false;
  const LazySetObj& x = a.as_lazy_obj();
  const LazySetObj& y = b.as_lazy_obj();
  if (x.kind != y.kind || x.args.size() != y.args.size() || x.names != y.names) return false;
  if (x.filter != y.filter) return false;
  for (size_t i = 0; i < x.args.size(); ++i) {
    if (!equal(x.args[i], y.args[i])) return false;
  }
  return true;
}

/// Nat, Int, STRING and Seq(S): infinite sets whose construction determines them.
bool is_basic_infinite(const Value& v) {
  if (v.tag() != Tag::LazySet) return false;
  LazyKind k = v.as_lazy_obj().kind;
  return k == LazyKind::Nat || k == LazyKind::Int || k == LazyKind::String || k == LazyKind::Seq;
}

int compare_infinite(const Value& a, const Value& b) {
  if (same_construction(a, b)) return 0;
  if (is_basic_infinite(a) && is_basic_infinite(b)) {
    const LazySetObj& x = a.as_lazy_obj();
    const LazySetObj& y = b.as_lazy_obj();
    if (x.kind != y.kind) return static_cast<int>(x.kind) < static_cast<int>(y.kind) ? -1 : 1;
    return compare(x.args[0], y.args[0]);  // Seq(S) vs Seq(T)
  }
  throw EvalError("Attempted to compare the infinite sets " + to_tla_string(a) + " and " +
                  to_tla_string(b) + ".");
}

// compare, with two integers (the components of GameOfLife's cells) compared without a call.
inline int compare_component(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.raw_int() < b.raw_int() ? -1 : (a.raw_int() > b.raw_int() ? 1 : 0);
  return compare(a, b);
}

int compare_element_vectors(std::span<const Value> x, std::span<const Value> y) {
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  for (size_t i = 0; i < x.size(); ++i) {
    int c = compare_component(x[i], y[i]);
    if (c != 0) return c;
  }
  return 0;
}

int compare_sets(const Value& a, const Value& b) {
  if (a.tag() == Tag::Set && b.tag() == Tag::Set) {
    return compare_element_vectors(a.as_set_obj().elems(), b.as_set_obj().elems());
  }
  if (a.tag() == Tag::Interval && b.tag() == Tag::Interval) {
    const IntervalObj& x = a.as_interval_obj();
    const IntervalObj& y = b.as_interval_obj();
    const uint64_t sx = static_cast<uint64_t>(x.hi) - static_cast<uint64_t>(x.lo);
    const uint64_t sy = static_cast<uint64_t>(y.hi) - static_cast<uint64_t>(y.lo);
    if (sx != sy) return sx < sy ? -1 : 1;
    return x.lo < y.lo ? -1 : (x.lo > y.lo ? 1 : 0);
  }
  const bool fa = is_finite(a), fb = is_finite(b);
  if (!fa || !fb) {
    if (!fa && !fb) return compare_infinite(a, b);
    return fa ? -1 : 1;  // a finite set is smaller than an infinite one
  }
  if (same_construction(a, b)) return 0;
  SortedElems x(a), y(b);
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  for (size_t i = 0; i < x.size(); ++i) {
    int c = compare(x.at(i), y.at(i));
    if (c != 0) return c;
  }
  return 0;
}

Value domain_at(const FcnObj& f, size_t i) {
  return f.seq() ? Value::integer(static_cast<int64_t>(i) + 1) : f.dom()[i];
}

int compare_functions(const FcnObj& x, const FcnObj& y) {
  if (x.size() != y.size()) return x.size() < y.size() ? -1 : 1;
  if (!(x.seq() && y.seq())) {
    for (size_t i = 0; i < x.size(); ++i) {
      int c = compare(domain_at(x, i), domain_at(y, i));
      if (c != 0) return c;
    }
  }
  for (size_t i = 0; i < x.size(); ++i) {
    int c = compare_component(x.rng()[i], y.rng()[i]);
    if (c != 0) return c;
  }
  return 0;
}

bool fingerprints_differ(const Value& a, const Value& b) {
  uint64_t fa = 0, fb = 0;
  if (a.tag() == Tag::Set) fa = a.as_set_obj().fp_cache.load(std::memory_order_relaxed);
  if (a.tag() == Tag::Function) fa = a.as_fcn_obj().fp_cache.load(std::memory_order_relaxed);
  if (b.tag() == Tag::Set) fb = b.as_set_obj().fp_cache.load(std::memory_order_relaxed);
  if (b.tag() == Tag::Function) fb = b.as_fcn_obj().fp_cache.load(std::memory_order_relaxed);
  return fa != 0 && fb != 0 && fa != fb;
}

}  // namespace

int compare(const Value& a, const Value& b) {
  if (a.tag() == b.tag()) {
    switch (a.tag()) {
      case Tag::None: return 0;
      case Tag::Bool: return static_cast<int>(a.raw_bool()) - static_cast<int>(b.raw_bool());
      case Tag::Int: return a.raw_int() < b.raw_int() ? -1 : (a.raw_int() > b.raw_int() ? 1 : 0);
      case Tag::String:
      case Tag::Model:
        return a.raw_atom()->token < b.raw_atom()->token
                   ? -1
                   : (a.raw_atom()->token > b.raw_atom()->token ? 1 : 0);
      case Tag::Function:
        if (a.raw_heap() == b.raw_heap()) return 0;
        return compare_functions(a.as_fcn_obj(), b.as_fcn_obj());
      default:
        if (a.raw_heap() == b.raw_heap()) return 0;
        break;
    }
  }
  const Kind ka = a.kind(), kb = b.kind();
  if (ka != kb) return kind_rank(ka) < kind_rank(kb) ? -1 : 1;
  return compare_sets(a, b);
}

namespace {
// An enumerated set equals lo..hi (`ack[p] = Proc`) when it holds lo, lo+1, ..., hi in order,
// without the interval's elements built to compare them.
bool set_is_interval(const Value& set, const Value& interval) {
  const auto& x = set.as_set_obj().elems();
  const IntervalObj& iv = interval.as_interval_obj();
  if (x.empty() || x.size() - 1 != static_cast<uint64_t>(iv.hi) - static_cast<uint64_t>(iv.lo)) return false;
  for (size_t i = 0; i < x.size(); ++i)
    if (!x[i].is_int() || x[i].raw_int() != iv.lo + static_cast<int64_t>(i)) return false;
  return true;
}
}  // namespace

bool equal(const Value& a, const Value& b) {
  if (a.tag() == b.tag()) {
    switch (a.tag()) {
      case Tag::None: return true;
      case Tag::Bool: return a.raw_bool() == b.raw_bool();
      case Tag::Int: return a.raw_int() == b.raw_int();
      case Tag::String:
      case Tag::Model: return a.raw_atom() == b.raw_atom();
      case Tag::Set: {
        if (a.raw_heap() == b.raw_heap()) return true;
        const auto& x = a.as_set_obj().elems();
        const auto& y = b.as_set_obj().elems();
        if (x.size() != y.size() || fingerprints_differ(a, b)) return false;
        for (size_t i = 0; i < x.size(); ++i) {
          if (!equal(x[i], y[i])) return false;
        }
        return true;
      }
      case Tag::Function: {
        if (a.raw_heap() == b.raw_heap()) return true;
        const FcnObj& x = a.as_fcn_obj();
        const FcnObj& y = b.as_fcn_obj();
        if (x.seq() != y.seq() || x.size() != y.size() || fingerprints_differ(a, b)) return false;
        for (size_t i = 0; i < x.dom().size(); ++i) {
          if (!equal(x.dom()[i], y.dom()[i])) return false;
        }
        for (size_t i = 0; i < x.size(); ++i) {
          if (!equal(x.rng()[i], y.rng()[i])) return false;
        }
        return true;
      }
      default:
        if (a.raw_heap() == b.raw_heap()) return true;
        break;
    }
  }
  if (a.kind() != b.kind()) return false;
  if (a.kind() != Kind::Set) return false;
  if (a.tag() == Tag::Set && b.tag() == Tag::Interval) return set_is_interval(a, b);
  if (a.tag() == Tag::Interval && b.tag() == Tag::Set) return set_is_interval(b, a);
  return compare_sets(a, b) == 0;
}

namespace {

[[noreturn]] void incomparable(const Value& a, const Value& b) {
  throw EvalError(std::string("Attempted to check equality of ") + kind_description(a) + " " +
                  to_tla_string(a) + " with " + kind_description(b) + ":\n" + to_tla_string(b));
}

bool tlc_equal_model(const Value& a, const Value& b) {
  const Value& mv = a.is_model() ? a : b;
  const Value& other = a.is_model() ? b : a;
  const char type = mv.raw_atom()->model_type;
  if (other.is_model()) {
    const char other_type = other.raw_atom()->model_type;
    if (type != 0 && other_type != 0 && type != other_type) {
      throw EvalError("Attempted to check equality of the differently-typed model values " +
                      mv.raw_atom()->text + " and " + other.raw_atom()->text);
    }
    return mv.raw_atom() == other.raw_atom();
  }
  if (type != 0) {
    throw EvalError("Attempted to check equality of the typed model value " + mv.raw_atom()->text +
                    " and the non-model value\n" + to_tla_string(other));
  }
  return false;
}

}  // namespace

bool tlc_equal_any(const Value& a, const Value& b) {
  if (a.is_model() || b.is_model()) return tlc_equal_model(a, b);
  if (a.kind() != b.kind()) incomparable(a, b);
  switch (a.kind()) {
    case Kind::Set: {
      if (a.tag() == Tag::Set && b.tag() == Tag::Set) {
        const auto& x = a.as_set_obj().elems();
        const auto& y = b.as_set_obj().elems();
        if (x.size() != y.size()) return false;
        for (size_t i = 0; i < x.size(); ++i) {
          if (!tlc_equal(x[i], y[i])) return false;
        }
        return true;
      }
      return equal(a, b);
    }
    case Kind::Function: {
      const FcnObj& x = a.as_fcn_obj();
      const FcnObj& y = b.as_fcn_obj();
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (!tlc_equal(domain_at(x, i), domain_at(y, i))) return false;
      }
      for (size_t i = 0; i < x.size(); ++i) {
        if (!tlc_equal(x.rng()[i], y.rng()[i])) return false;
      }
      return true;
    }
    default: return equal(a, b);
  }
}

size_t ValueHash::operator()(const Value& v) const { return static_cast<size_t>(fingerprint(v)); }

}  // namespace tlatrace::eval
