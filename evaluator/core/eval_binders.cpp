// Binder forms: \A, \E, CHOOSE, {x \in S : P}, {e : x \in S}, [x \in S |-> e].
// Bound values are enumerated in TLC's (canonical) order.
#include "evaluator/core/binders.hpp"
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

using ast::Expr;

Ctx enter_binders(Ctx& c, int count) {
  Ctx in = c;
  if (c.env.base + c.env.depth != c.top) {
    // An older environment (lazy argument, substitution): copy its slots above the live frames.
    Binding* nb = push_frame(c, c.env.depth + count);
    for (int i = 0; i < c.env.depth; ++i) nb[i] = c.env.base[i];
    in.env.base = nb;
  } else {
    push_frame(c, count);
  }
  in.top = in.env.base + in.env.depth + count;
  return in;
}

namespace {

int count_names(const std::vector<ast::Binder>& bs) {
  int n = 0;
  for (const auto& b : bs) n += static_cast<int>(b.names.size());
  return n;
}

// Binds the components of a tuple binder `<<a, b>> \in S`.
void bind_tuple(const ast::Binder& b, const Value& elem, Binding* slots) {
  const FcnObj* f = elem.is_function() ? static_cast<const FcnObj*>(elem.raw_heap()) : nullptr;
  if (!f || !f->seq() || f->rng().size() != b.names.size())
    throw EvalError("A tuple binder <<...>> with " + std::to_string(b.names.size()) +
                    " names was bound to the value " + to_tla_string(elem) + ".");
  for (size_t i = 0; i < f->rng().size(); ++i) slots[i].set_value(f->rng()[i]);
}

struct BinderWalk {
  Evaluator& ev;
  const std::vector<ast::Binder>& bs;
  Ctx& inner;
  int first_slot;
  FunctionRef<bool(Ctx&)> body;

  // Enumerates binder group `g`, name `k` (for non-tuple groups), at slot `slot`.
  bool walk(size_t g, size_t k, int slot) {
    if (g == bs.size()) return body(inner);
    const ast::Binder& b = bs[g];
    if (!b.domain) throw EvalError("Cannot enumerate the values of an unbounded quantifier or CHOOSE.");
    Ctx dctx = inner;
    dctx.env.depth = slot;  // the domain sees the names bound before it
    Value domain = ev.eval_closed_constant(*b.domain, dctx);
    if (b.tuple) {
      return for_each_element(domain, [&](const Value& elem) {
        bind_tuple(b, elem, inner.env.base + slot);
        return walk(g + 1, 0, slot + static_cast<int>(b.names.size()));
      });
    }
    return walk_names(g, k, slot, domain);
  }

  bool walk_names(size_t g, size_t k, int slot, const Value& domain) {
    const ast::Binder& b = bs[g];
    if (k == b.names.size()) return walk(g + 1, 0, slot);
    return for_each_element(domain, [&](const Value& elem) {
      inner.env.base[slot].set_value(elem);
      return walk_names(g, k + 1, slot + 1, domain);
    });
  }
};

}  // namespace

bool Evaluator::for_each_binding(const std::vector<ast::Binder>& binders, Ctx& c, FunctionRef<bool(Ctx&)> body) {
  int n = count_names(binders);
  Ctx inner = enter_binders(c, n);
  int first = inner.env.depth;
  inner.env.depth += n;
  BinderWalk w{*this, binders, inner, first, body};
  return w.walk(0, 0, first);
}

namespace {
// The elements of an enumerated set or an interval, read in place (nullptr/empty otherwise).
struct SmallDomain {
  const Value* elems = nullptr;
  size_t n = 0;
  int64_t lo = 0, hi = -1;
  bool interval = false;
  bool of(const Value& d) {
    if (d.tag() == Tag::Set) {
      const auto& v = d.as_set_obj().elems();
      elems = v.data();
      n = v.size();
      return true;
    }
    if (d.tag() == Tag::Interval) {
      const IntervalObj& iv = d.as_interval_obj();
      lo = iv.lo;
      hi = iv.hi;
      interval = true;
      return true;
    }
    return false;
  }
  size_t size() const { return interval ? static_cast<size_t>(hi - lo + 1) : n; }
  Value at(size_t i) const { return interval ? Value::integer(lo + static_cast<int64_t>(i)) : elems[i]; }
};
}  // namespace

Value Evaluator::eval_quantifier(const Expr& e, Ctx& c, bool exists) {
  bool result = !exists;
  const Expr& body = *e.args[0];
  // One binder of one or two names over an enumerated set or an interval (`\A p \in Proc`,
  // `\A p, q \in Proc`): the slots are bound in a loop, without the general binder walk.
  if (e.binders.size() == 1 && !e.binders[0].tuple && e.binders[0].domain && e.binders[0].names.size() <= 2) {
    const ast::Binder& b = e.binders[0];
    int n = static_cast<int>(b.names.size());
    Ctx in = enter_binders(c, n);
    Ctx dctx = in;
    Value dom = eval_closed_constant(*b.domain, dctx);
    const char* what = exists ? "\\E" : "\\A";
    int slot = in.env.depth;
    in.env.depth += n;
    Binding* s = in.env.base + slot;
    SmallDomain d;
    if (d.of(dom)) {
      const size_t size = d.size();
      for (size_t i = 0; i < size; ++i) {
        s[0].set_value(d.at(i));
        for (size_t j = 0; j < (n == 2 ? size : 1); ++j) {
          if (n == 2) s[1].set_value(d.at(j));
          if (eval_bool(body, in, what) == exists) return Value::boolean(exists);
        }
      }
      return Value::boolean(result);
    }
    auto test = [&](int k, auto& self) -> bool {  // false: decided
      return for_each_element(dom, [&](const Value& v) {
        s[k].set_value(v);
        if (k + 1 < n) return self(k + 1, self);
        if (eval_bool(body, in, what) == exists) {
          result = exists;
          return false;
        }
        return true;
      });
    };
    test(0, test);
    return Value::boolean(result);
  }
  for_each_binding(e.binders, c, [&](Ctx& in) {
    bool v = eval_bool(body, in, exists ? "\\E" : "\\A");
    if (v == exists) {
      result = exists;
      return false;
    }
    return true;
  });
  return Value::boolean(result);
}

namespace {
[[noreturn]] void fail_choose(const Expr& e, const Value& domain) {
  Evaluator::fail(e, "Attempted to compute the value of an expression of form\nCHOOSE x \\in S: P, but no element of S "
                     "satisfied P.\nS = " + to_tla_string(domain));
}
}  // namespace

Value Evaluator::eval_choose(const Expr& e, Ctx& c) {
  if (e.binders.empty() || !e.binders[0].domain)
    fail(e, "Attempted to evaluate an unbounded CHOOSE; TLC can only evaluate CHOOSE x \\in S : P.");
  Value found;
  const ast::Binder& b0 = e.binders[0];
  if (e.args[0]->kind == ast::ExprKind::Bool && e.args[0]->num != 0 && e.binders.size() == 1 &&
      b0.names.size() == 1 && !b0.tuple) {
    // CHOOSE x \in S : TRUE (RECURSIVE Sum's step): the first element in TLC's order, no binding.
    Value domain = eval_closed_constant(*b0.domain, c);
    for_each_element(domain, [&](const Value& elem) {
      found = elem;
      return false;
    });
    if (found.is_none()) fail_choose(e, domain);
    return found;
  }
  for_each_binding(e.binders, c, [&](Ctx& in) {
    if (eval_bool(*e.args[0], in, "CHOOSE")) {
      const ast::Binder& b = e.binders[0];
      if (b.tuple) {
        std::vector<Value> comps;
        for (size_t i = 0; i < b.names.size(); ++i) comps.push_back(in.env.base[in.env.depth - b.names.size() + i].value);
        found = make_tuple(std::move(comps));
      } else {
        found = in.env.base[in.env.depth - 1].value;
      }
      return false;
    }
    return true;
  });
  if (found.is_none()) fail_choose(e, eval(*e.binders[0].domain, c));
  return found;
}

Value Evaluator::eval_set_filter(const Expr& e, Ctx& c) {
  const ast::Binder& b = e.binders[0];
  Value base = eval_closed_constant(*b.domain, c);
  if (base.tag() == Tag::LazySet && !is_finite(base)) {
    return filter_set(base, make_expr_filter(*this, e, c));
  }
  std::vector<Value> kept;
  int n = static_cast<int>(b.names.size());
  Ctx inner = enter_binders(c, n);
  int slot = inner.env.depth;
  inner.env.depth += n;
  for_each_element(base, [&](const Value& elem) {
    if (b.tuple) bind_tuple(b, elem, inner.env.base + slot);
    else inner.env.base[slot].set_value(elem);
    if (eval_bool(*e.args[0], inner, "a set filter")) kept.push_back(elem);
    return true;
  });
  return make_set_presorted(std::move(kept));
}

Value Evaluator::eval_set_map(const Expr& e, Ctx& c) {
  // The first images go to a buffer, so a small set (GameOfLife's 8 neighbours) is one
  // allocation of the right size instead of a vector grown by doubling.
  constexpr size_t kSmall = 8;
  Value small[kSmall];
  size_t n = 0;
  std::vector<Value> out;
  for_each_binding(e.binders, c, [&](Ctx& in) {
    Value v = eval(*e.args[0], in);
    if (n < kSmall) {
      small[n++] = std::move(v);
      return true;
    }
    if (out.empty()) {
      out.reserve(4 * kSmall);
      for (Value& s : small) out.push_back(std::move(s));
    }
    out.push_back(std::move(v));
    return true;
  });
  if (out.empty()) out.assign(std::make_move_iterator(small), std::make_move_iterator(small + n));
  return make_set(std::move(out));
}

Value Evaluator::eval_func_cons(const Expr& e, Ctx& c) {
  std::vector<Value> dom, rng;
  bool single = e.binders.size() == 1 && e.binders[0].names.size() == 1 && !e.binders[0].tuple;
  if (single && e.binders[0].domain) {
    // [x \in S |-> e] over an interval or an enumerated set (Broadcast's `[r \in Proc |-> ...]`):
    // bound in a loop, and S's order is already the function's canonical domain order.
    Ctx in = enter_binders(c, 1);
    Ctx dctx = in;
    Value d = eval_closed_constant(*e.binders[0].domain, dctx);
    Binding& slot = in.env.base[in.env.depth];
    in.env.depth += 1;
    SmallDomain sd;
    if (!sd.of(d)) {
      for_each_element(d, [&](const Value& x) {
        slot = Binding::of_value(x);
        dom.push_back(x);
        rng.push_back(eval(*e.args[0], in));
        return true;
      });
      return make_function(std::move(dom), std::move(rng));
    }
    {
      const size_t n = sd.size();
      rng.reserve(n);
      bool seq = !sd.interval || sd.lo == 1;
      for (size_t i = 0; i < n; ++i) {
        Value x = sd.at(i);
        if (!sd.interval && !(x.is_int() && x.raw_int() == static_cast<int64_t>(i) + 1)) seq = false;
        slot = Binding::of_value(x);
        rng.push_back(eval(*e.args[0], in));
      }
      if (seq) return make_function_canonical(true, {}, std::move(rng));
      dom.reserve(n);
      for (size_t i = 0; i < n; ++i) dom.push_back(sd.at(i));
      return make_function_canonical(false, std::move(dom), std::move(rng));
    }
  }
  for_each_binding(e.binders, c, [&](Ctx& in) {
    if (single) {
      dom.push_back(in.env.base[in.env.depth - 1].value);
    } else {
      std::vector<Value> comps;
      int n = count_names(e.binders);
      for (int i = 0; i < n; ++i) comps.push_back(in.env.base[in.env.depth - n + i].value);
      dom.push_back(make_tuple(std::move(comps)));
    }
    rng.push_back(eval(*e.args[0], in));
    return true;
  });
  return make_function(std::move(dom), std::move(rng));
}

}  // namespace tlatrace::eval
