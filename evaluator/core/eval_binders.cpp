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
  if (!f || !f->seq || f->rng.size() != b.names.size())
    throw EvalError("A tuple binder <<...>> with " + std::to_string(b.names.size()) +
                    " names was bound to the value " + to_tla_string(elem) + ".");
  for (size_t i = 0; i < f->rng.size(); ++i) slots[i].set_value(f->rng[i]);
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

Value Evaluator::eval_quantifier(const Expr& e, Ctx& c, bool exists) {
  bool result = !exists;
  const Expr& body = *e.args[0];
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
