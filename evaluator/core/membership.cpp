#include "evaluator/core/membership.hpp"

#include <memory>

#include "evaluator/core/binders.hpp"
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

namespace {

// Membership of a function in a function, sequence or record set (and of an enumerated set in
// a SUBSET), kept per thread for recent (element, set) pairs and found again by handle identity
// (an entry holds both values, so an identical handle is the same value). TypeOK's
// `network \in [Proc -> [Proc -> Seq(Message)]]` is tested on every new state, and most of
// `network`'s sub-functions are shared with the state it was built from. Not kept when the test
// went through a set filter (its predicate might read the checker's registers or draw random
// values).
struct MemberMemo {
  Value elem;
  Value set;
  bool result = false;
};
constexpr size_t kMemberMemo = 1024;
thread_local std::unique_ptr<MemberMemo[]> member_memo;  // released when the thread ends
thread_local bool member_filtered = false;

MemberMemo& memo_entry(const Value& elem, const Value& set) {
  if (!member_memo) member_memo.reset(new MemberMemo[kMemberMemo]);
  uintptr_t a = reinterpret_cast<uintptr_t>(elem.raw_heap()), b = reinterpret_cast<uintptr_t>(set.raw_heap());
  return member_memo[((a >> 4) ^ (b >> 4) * 0x9E3779B97F4A7C15ULL >> 7) & (kMemberMemo - 1)];
}

bool member_uncached(const Value& elem, const Value& set);

// DOMAIN f = s, without building DOMAIN f when s is an interval or an enumerated set.
bool domain_is(const Value& f, const Value& s) {
  const FcnObj& obj = f.as_fcn_obj();
  const size_t n = obj.size();
  if (s.tag() == Tag::Interval) {
    const IntervalObj& iv = s.as_interval_obj();
    if (static_cast<uint64_t>(iv.hi - iv.lo) + 1 != n) return false;
    if (obj.seq()) return iv.lo == 1;
    for (size_t i = 0; i < n; ++i)
      if (!obj.dom()[i].is_int() || obj.dom()[i].raw_int() != iv.lo + static_cast<int64_t>(i)) return false;
    return true;
  }
  if (s.tag() == Tag::Set) {
    const auto& elems = s.as_set_obj().elems();
    if (elems.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
      if (obj.seq() ? !(elems[i].is_int() && elems[i].raw_int() == static_cast<int64_t>(i) + 1)
                  : !equal(elems[i], obj.dom()[i]))
        return false;
    }
    return true;
  }
  return equal(domain(f), s);
}

}  // namespace

namespace {

// Two functions whose domains and ranges are the same handles, element by element (a record
// built again with the same field values): then they are equal.
bool same_components(const Value& a, const Value& b) {
  const FcnObj& x = a.as_fcn_obj();
  const FcnObj& y = b.as_fcn_obj();
  if (x.seq() != y.seq() || x.rng().size() != y.rng().size() || x.dom().size() != y.dom().size()) return false;
  for (size_t i = 0; i < x.dom().size(); ++i)
    if (!x.dom()[i].identical(y.dom()[i])) return false;
  for (size_t i = 0; i < x.rng().size(); ++i)
    if (!x.rng()[i].identical(y.rng()[i])) return false;
  return true;
}

// A record or function in a small enumerated set (a message in TypeOK's `Seq(Message)`): the
// elements are matched by fingerprint (the element's is cached once its state was fingerprinted,
// the set's are computed once) before `equal`, instead of a binary search of record comparisons.
bool member_of_small_set(const Value& elem, const Value& set) {
  const auto& elems = set.as_set_obj().elems();
  // The same handle first (a message built from a constant definition, as AckMessage, is the
  // set's own element): an identical element is an equal one.
  if (elems.size() <= 16)
    for (const Value& x : elems)
      if (x.identical(elem)) return true;
  const uint64_t fe = elem.as_fcn_obj().fp_cache.load(std::memory_order_relaxed);
  if (fe == 0 || elems.size() > 16) return is_member(elem, set);
  try {
    for (const Value& x : elems)  // only a function can equal a function
      if (x.is_function() && fingerprint(x) == fe && (same_components(x, elem) || equal(x, elem))) return true;
  } catch (const EvalError&) {  // an element that cannot be fingerprinted (an infinite set in it)
    return is_member(elem, set);
  }
  return false;
}

// An integer in an enumerated set whose elements are all integers (its first and last are: the
// order ranks kinds, so integers are contiguous): a binary search on the integers, the answer
// is_member's lower_bound and equal give.
bool int_in_set(const Value& elem, const Value& set) {
  const auto& elems = set.as_set_obj().elems();
  if (elems.empty() || !elems.front().is_int() || !elems.back().is_int()) return is_member(elem, set);
  const int64_t x = elem.raw_int();
  size_t lo = 0, hi = elems.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (elems[mid].raw_int() < x)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < elems.size() && elems[lo].raw_int() == x;
}

}  // namespace

bool member_other(const Value& elem, const Value& set) {
  if (set.tag() != Tag::LazySet) {
    if (set.tag() == Tag::Set && elem.is_function()) return member_of_small_set(elem, set);
    if (set.tag() == Tag::Set && elem.is_int()) return int_in_set(elem, set);  // `clock[p] \in Clock`
    return is_member(elem, set);
  }
  LazyKind kind = set.as_lazy_obj().kind;
  const bool memoized = elem.is_function() ? kind == LazyKind::FcnSet || kind == LazyKind::Seq || kind == LazyKind::RcdSet
                                           : elem.tag() == Tag::Set && kind == LazyKind::Subset;  // `ack[p] \in SUBSET Proc`
  if (!memoized) return member_uncached(elem, set);
  MemberMemo& m = memo_entry(elem, set);
  if (m.elem.identical(elem) && m.set.identical(set)) return m.result;
  bool outer_filtered = member_filtered;
  member_filtered = false;
  bool result = member_uncached(elem, set);  // on an exception nothing is kept
  if (!member_filtered) {  // `m` is still this pair's slot: the table never moves
    m.elem = elem;
    m.set = set;
    m.result = result;
  }
  member_filtered = outer_filtered || member_filtered;
  return result;
}

namespace {

bool member_uncached(const Value& elem, const Value& set) {
  if (set.tag() != Tag::LazySet) return is_member(elem, set);
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::FcnSet: {
      if (!elem.is_function()) return is_member(elem, set);  // the value layer's message
      const FcnObj& f = elem.as_fcn_obj();
      if (!domain_is(elem, obj.args[0])) return false;
      for (const Value& v : f.rng())
        if (!member(v, obj.args[1])) return false;
      return true;
    }
    case LazyKind::Seq: {
      if (!elem.is_function() || !is_sequence(elem)) return is_member(elem, set);
      for (const Value& v : elem.as_fcn_obj().rng())
        if (!member(v, obj.args[0])) return false;
      return true;
    }
    case LazyKind::RcdSet: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (f.seq() || f.size() != obj.names.size()) return f.seq() && f.size() == 0 && obj.names.empty();
      for (size_t i = 0; i < obj.names.size(); ++i) {
        const Value* v = try_apply(elem, Value::string(obj.names[i]));
        if (!v || !member(*v, obj.args[i])) return false;
      }
      return true;
    }
    case LazyKind::Product: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!f.seq() || f.size() != obj.args.size()) return false;
      for (size_t i = 0; i < f.size(); ++i)
        if (!member(f.rng()[i], obj.args[i])) return false;
      return true;
    }
    case LazyKind::Cup:
      return member(elem, obj.args[0]) || member(elem, obj.args[1]);
    case LazyKind::Cap:
      return member(elem, obj.args[0]) && member(elem, obj.args[1]);
    case LazyKind::Diff:
      return member(elem, obj.args[0]) && !member(elem, obj.args[1]);
    case LazyKind::Union: {
      if (obj.args[0].tag() == Tag::LazySet) member_filtered = true;  // enumerates it: a filter?
      bool found = false;
      for_each_element(obj.args[0], [&](const Value& s) {
        found = member(elem, s);
        return !found;
      });
      return found;
    }
    case LazyKind::Subset: {
      // Enumerates `elem`, which may be a filter (a set whose elements are listed is not).
      if (elem.tag() == Tag::LazySet) member_filtered = true;
      if (!elem.is_set()) return is_member(elem, set);
      bool all = true;
      for_each_element(elem, [&](const Value& e) {
        all = member(e, obj.args[0]);
        return all;
      });
      return all;
    }
    case LazyKind::Filter:
      member_filtered = true;
      return member(elem, obj.args[0]) && obj.filter->test(elem);
    default:
      // The value layer's rules (a filter may be nested in them), except for Nat, Int, STRING.
      if (obj.kind != LazyKind::Nat && obj.kind != LazyKind::Int && obj.kind != LazyKind::String)
        member_filtered = true;
      return is_member(elem, set);
  }
}

}  // namespace

// x \in {y \in S : P}, the set written in place or as a 0-arity definition, is decided as
// x \in S /\ P(x) without building the set, as TLC (whose SetPredValue is lazy) does: a filter
// over SUBSET SUBSET S or [S -> T] tested once per state would otherwise be enumerated.
bool Evaluator::eval_membership(const ast::Expr& elem, const ast::Expr& set, Ctx& c) {
  const ast::Expr* s = &set;
  bool module_body = false;  // s is the body of a module-level definition
  if (s->kind == ast::ExprKind::Name && s->segments.size() == 1 && s->segments[0].args.empty() &&
      s->ref.kind == ast::Ref::Kind::Definition && s->ref.def && !s->ref.via) {
    const ast::OpDef& d = *s->ref.def;
    const DefInfo* info = program_.find_info(&d);
    if (d.module && d.params.empty() && d.body && !d.is_function &&
        !(info && (info->native || info->has_override || info->override_def || info->cached))) {
      module_body = true;
      s = d.body.get();
    }
  }
  while (s->kind == ast::ExprKind::Label) s = s->args[0].get();
  if (s->kind != ast::ExprKind::SetFilter || s->binders.size() != 1 || s->binders[0].names.size() != 1 ||
      s->binders[0].tuple || !s->binders[0].domain) {
    Value held;  // x read in place when it is a state variable or a slot (`clock \in [Proc -> Clock]`)
    const Value* x = value_ref(elem, c, held);
    return member(*x, eval_closed_constant(set, c));
  }
  Ctx scope = c;
  if (module_body) {
    scope.env = Env{c.top, 0, c.env.inst};  // a module-level body sees no caller slot
    scope.at = nullptr;
  }
  Value x = eval(elem, c);
  if (!member(x, eval_closed_constant(*s->binders[0].domain, scope))) return false;
  Ctx inner = enter_binders(scope, 1);
  inner.env.base[inner.env.depth] = Binding::of_value(std::move(x));
  inner.env.depth += 1;
  return eval_bool(*s->args[0], inner, "a set filter");
}

}  // namespace tlatrace::eval
