#include "evaluator/action/enumerator.hpp"

#include <algorithm>

#include "evaluator/action/expr_parts.hpp"
#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;
using resolve::Builtin;

namespace {
Binding* higher(Binding* a, Binding* b) { return a > b ? a : b; }
// True when run(e) would only test e as a boolean (guard), never assign or walk it.
bool only_tested(const Expr& e, bool init_mode) {
  // What run does with a builtin operator application that goes straight to guard: anything
  // but =, \in, UNCHANGED, => and \cdot; = too when its left side cannot be assigned (what
  // assignable decides from the expression alone: not a parameter, not x', not Init).
  if (e.kind != ExprKind::OpApp && e.kind != ExprKind::Name) return false;
  const Ref& r = target(e);
  if (r.kind != Ref::Kind::Builtin) return false;
  switch (static_cast<Builtin>(r.index)) {
    case Builtin::Eq: {
      if (init_mode) return false;
      const auto& a = operands(e);
      if (a.empty()) return false;
      const Expr& lhs = *a[0];
      if (lhs.ref.kind == Ref::Kind::Parameter || lhs.ref.kind == Ref::Kind::Bound) return false;
      return !(lhs.kind == ExprKind::OpApp && lhs.ref.kind == Ref::Kind::Builtin &&
               lhs.ref.index == static_cast<int>(Builtin::Prime));
    }
    case Builtin::In:
    case Builtin::Unchanged:
    case Builtin::Implies:
    case Builtin::Cdot:
      return false;
    default:
      return true;
  }
}
}  // namespace

Enumerator::Enumerator(Evaluator& ev, size_t nvars, BindingStack& stack)
    : ev_(ev), nvars_(nvars), stack_(stack), partial_(nvars) {}

Ctx Enumerator::context(const Value* cur, Value* next) {
  Ctx c;
  Binding* base = live_top_ ? live_top_ : base_ ? base_ : stack_.begin();
  c.env = Env{base, 0, nullptr};
  c.top = base;
  c.limit = stack_.end();
  c.states = StatePair{cur, next, nvars_};
  return c;
}

void Enumerator::successors(const Expr& action, const Value* cur, StateSink sink) {
  partial_.assign(nvars_, Value());
  cur_ = cur;
  init_mode_ = false;
  stop_ = false;
  enabled_mode_ = false;
  action_ = ActionTag{};
  bound_.clear();
  sink_ = &sink;
  Ctx c = context(cur, partial_.data());
  run(action, c, true, [&](Binding* top) { complete(top); });
}

void Enumerator::initial_states(const std::vector<const Expr*>& init, StateSink sink) {
  partial_.assign(nvars_, Value());
  cur_ = nullptr;
  init_mode_ = true;
  stop_ = false;
  enabled_mode_ = false;
  action_ = ActionTag{};
  sink_ = &sink;
  Ctx c = context(partial_.data(), nullptr);
  run_list(init, 0, c, [&](Binding* top) { complete(top); });
}

void Enumerator::run_list(const std::vector<const Expr*>& list, size_t i, Ctx& c, Cont k) {
  if (i == list.size()) return k(c.top);
  if (i > 0 && all_assigned()) {
    for (; i < list.size(); ++i)
      if (!ev_.eval_bool(*list[i], c, "the initial predicate")) return;
    return k(c.top);
  }
  run(*list[i], c, false, [&](Binding* top) {
    Ctx c2 = c;
    c2.top = higher(top, c.top);
    run_list(list, i + 1, c2, k);
  });
}

// While alive, a walk nested in the enumeration in progress (ENABLED, the steps of \cdot): a
// fresh partial next state over `cur`, the walk's state restored on exit, also by an exception.
class Enumerator::NestedWalk {
 public:
  NestedWalk(Enumerator& en, const Value* cur, Ctx& outer, bool enabled_mode)
      : en_(en), partial_(en.nvars_), cur_(en.cur_), init_(en.init_mode_), stop_(en.stop_),
        enabled_(en.enabled_mode_), action_(en.action_) {
    partial_.swap(en.partial_);
    en.cur_ = cur;
    en.init_mode_ = false;
    en.stop_ = false;
    en.enabled_mode_ = enabled_mode;
    ctx = outer;
    ctx.states = StatePair{cur, en.partial_.data(), en.nvars_};
    ctx.primed = false;
    ctx.at = nullptr;
  }
  ~NestedWalk() {
    en_.partial_.swap(partial_);
    en_.cur_ = cur_;
    en_.init_mode_ = init_;
    en_.stop_ = stop_;
    en_.enabled_mode_ = enabled_;
    en_.action_ = action_;
  }
  NestedWalk(const NestedWalk&) = delete;
  NestedWalk& operator=(const NestedWalk&) = delete;
  Ctx ctx;  // evaluates over `cur` and the fresh partial next state

 private:
  Enumerator& en_;
  std::vector<Value> partial_;
  const Value* cur_;
  bool init_, stop_, enabled_;
  ActionTag action_;
};

bool Enumerator::enabled(const Expr& action, const Value* cur, Ctx& outer) {
  NestedWalk walk(*this, cur, outer, true);
  bool found = false;
  run(action, walk.ctx, false, [&](Binding*) {
    found = true;
    stop_ = true;
  });
  return found;
}

void Enumerator::complete(Binding* top) {
  if (enabled_mode_) return;
  for (size_t i = 0; i < nvars_; ++i) {
    if (!partial_[i].is_none()) continue;
    std::string missing;
    for (size_t j = i; j < nvars_; ++j)
      if (partial_[j].is_none()) missing += (missing.empty() ? "" : ", ") + (j < names_.size() ? names_[j] : "?");
    std::string where = action_.def ? " " + action_.def->name : "";
    if (init_mode_)
      throw EvalFailure(SourceRange{}, "The initial predicate does not assign every variable; unassigned: " + missing + ".");
    throw EvalFailure(action_.def ? action_.def->range : SourceRange{},
                      "Successor state is not completely specified by action" + where +
                          " of the next-state relation. The following variables are not assigned: " + missing + ".");
  }
  Binding* saved = live_top_;
  live_top_ = top;
  try {
    action_.bound = &bound_;
    (*sink_)(partial_.data(), action_);
  } catch (...) {
    live_top_ = saved;
    throw;
  }
  live_top_ = saved;
}

void Enumerator::guard(const Expr& e, Ctx& c, Cont k) {
  if (ev_.eval_bool(e, c, "an action")) k(c.top);
}

void Enumerator::bind(int var, Value v, Ctx& c, Cont k) {
  partial_[var] = std::move(v);
  k(c.top);
  partial_[var] = Value();
}

const Expr* Enumerator::stands_for(const Expr& name, Ctx& c, Ctx& where) {
  if (name.kind != ExprKind::Name || name.segments.size() != 1 || !name.segments[0].args.empty()) return nullptr;
  if (name.ref.kind == Ref::Kind::Parameter || name.ref.kind == Ref::Kind::Bound) {
    // A parameter passed an expression by name: `Op(q) == q' = e` called as Op(x) assigns x'.
    const Binding& b = c.env.base[name.ref.index];
    if (b.kind != Binding::Kind::Thunk || !b.expr) return nullptr;
    where = c;
    where.env = b.env;
    return b.expr;
  }
  if (name.ref.kind != Ref::Kind::Variable || !c.env.inst) return nullptr;
  // A variable of an instantiated module, replaced by the nearest instance that substitutes it.
  Program& p = ev_.program();
  const ast::VariableDecl* decl = p.variable_decl(name.ref);
  for (const InstFrame* f = c.env.inst; f; f = f->env.inst) {
    int s = p.substitution_index(f->decl, decl);
    if (s < 0) continue;
    where = c;
    where.env = f->env;
    return f->decl->with[s].value.get();
  }
  return nullptr;
}

int Enumerator::variable_of(const Expr& name, Ctx& c) {
  // A state variable named outside instances (`x'` of most actions): its index, as below.
  if (name.kind == ExprKind::Name && name.ref.kind == Ref::Kind::Variable && !c.env.inst && name.segments.size() == 1 &&
      name.segments[0].args.empty())
    return ev_.program().variable_index(name.ref);
  Ctx where;
  if (const Expr* e = stands_for(name, c, where)) return variable_of(*e, where);
  if (name.kind != ExprKind::Name || name.segments.size() != 1 || name.ref.kind != Ref::Kind::Variable) return -1;
  Program& p = ev_.program();
  return c.env.inst ? p.variable_index(p.variable_decl(name.ref)) : p.variable_index(name.ref);
}

int Enumerator::assignable(const Expr& lhs, Ctx& c, bool*) {
  // An operator's parameter passed x' by name, as in `Op(v) == v = e` called as Op(x'): TLC
  // assigns through it (and variable_of looks through parameters passed x).
  if (!init_mode_ && (lhs.ref.kind == Ref::Kind::Parameter || lhs.ref.kind == Ref::Kind::Bound)) {
    Ctx where;
    const Expr* e = stands_for(lhs, c, where);
    return e ? assignable(*e, where, nullptr) : -1;
  }
  if (init_mode_) return variable_of(lhs, c);
  if (lhs.kind == ExprKind::OpApp && lhs.ref.kind == Ref::Kind::Builtin &&
      lhs.ref.index == static_cast<int>(Builtin::Prime) && !lhs.args.empty())
    return variable_of(*lhs.args[0], c);
  return -1;
}

void Enumerator::run(const Expr& e, Ctx& c, bool split, Cont k) {
  if (stop_) return;
  if (tlc_actions_ && split && !action_.leaf && !tlc_splits(e)) {
    action_.leaf = &e;
    action_.leaf_in = action_.shown;
  }
  switch (e.kind) {
    case ExprKind::And:
      return run_and(e, 0, c, k);
    case ExprKind::Or: {
      if (!(split && tlc_actions_)) {
        for (const auto& a : e.args) {
          run(*a, c, split, k);
          if (stop_) return;
        }
        return;
      }
      const ActionTag saved = action_;
      for (const auto& a : e.args) {
        run(*a, c, true, k);
        action_ = saved;  // each disjunct is an action of its own
        if (stop_) return;
      }
      return;
    }
    case ExprKind::Exists: {
      size_t mark = bound_.size();
      const bool tlc = split && tlc_actions_;
      const ActionTag saved = tlc ? action_ : ActionTag{};
      ev_.for_each_binding(e.binders, c, [&](Ctx& in) {
        if (tlc) action_ = saved;
        if (split) {
          bound_.resize(mark);
          const Binding* slot = in.env.base + in.env.depth;
          for (auto b = e.binders.rbegin(); b != e.binders.rend(); ++b)
            for (auto n = b->names.rbegin(); n != b->names.rend(); ++n) bound_.emplace_back(&*n, --slot);
          std::reverse(bound_.begin() + static_cast<std::ptrdiff_t>(mark), bound_.end());
        }
        run(*e.args[0], in, split, k);
        return !stop_;
      });
      bound_.resize(mark);
      if (tlc) action_ = saved;
      return;
    }
    case ExprKind::Forall: {
      // TLC walks \A x \in S : A as the conjunction of A's instances, in S's order (so an
      // \E inside each instance is enumerated, and each may bind primed variables).
      size_t n = 0;
      for (const auto& b : e.binders) n += b.names.size();
      std::vector<Binding> instances;  // n bound slots per instance
      ev_.for_each_binding(e.binders, c, [&](Ctx& in) {
        const Binding* slots = in.env.base + in.env.depth - n;
        instances.insert(instances.end(), slots, slots + n);
        return true;
      });
      if (ev_.facts().of_expr(e).state_level) return run_forall_predicate(e, instances, n, c, k);
      return run_forall(e, instances, n, 0, c, k);
    }
    case ExprKind::If: {
      bool cond = ev_.eval_bool(*e.args[0], c, "the condition of an IF");
      return run(*e.args[cond ? 1 : 2], c, split, k);
    }
    case ExprKind::Case:
      for (const auto& arm : e.arms)
        if (ev_.eval_bool(*arm.guard, c, "a CASE guard")) return run(*arm.value, c, split, k);
      if (!e.args.empty() && e.args[0]) return run(*e.args[0], c, split, k);
      Evaluator::fail(e, "Attempted to evaluate a CASE with no conditions true.");
    case ExprKind::Let: {
      LetScope scope(ev_, e, c);
      return run(*e.args[0], c, split, k);
    }
    case ExprKind::Label:
      return run(*e.args[0], c, split, k);
    case ExprKind::FuncApp: {
      CallFrame f;
      if (ev_.open_fn_app(e, c, init_mode_, f)) return run(*f.body, f.ctx, split, k);
      return guard(e, c, k);
    }
    case ExprKind::BoxAction:
      run(*e.args[0], c, split, k);
      if (!stop_) run_unchanged(*e.args[1], c, k);
      return;
    case ExprKind::AngleAction:
      return run(*e.args[0], c, split, [&](Binding* top) {
        Ctx c2 = c;
        c2.top = higher(top, c.top);
        Ctx p = c2;
        p.primed = true;
        if (!equal(ev_.eval(*e.args[1], p), ev_.eval(*e.args[1], c2))) k(c2.top);
      });
    case ExprKind::Name:
    case ExprKind::OpApp: {
      const Ref& r = target(e);
      if (r.kind == Ref::Kind::Builtin) return run_builtin(e, r.index, c, k);
      if (r.kind == Ref::Kind::Definition || r.kind == Ref::Kind::Constant ||
          (e.kind == ExprKind::Name && e.segments.size() > 1)) {
        CallFrame f;
        if (ev_.open_call(e, c, f)) {
          const ast::OpDef* saved_def = action_.def;
          const Ctx* saved_call = action_.call;
          const ActionTag saved = tlc_actions_ ? action_ : ActionTag{};  // copied only when tracked
          if (split && f.def) {
            action_.def = f.def;
            action_.call = &f.ctx;
            if (tlc_actions_ && !action_.leaf) enter_tlc_action(e, f);
          }
          // Most bodies are conjunctions: straight to run_and (one action attempt per call).
          if (f.body->kind == ExprKind::And) run_and(*f.body, 0, f.ctx, k);
          else run(*f.body, f.ctx, split, k);
          if (tlc_actions_) action_ = saved;
          action_.def = saved_def;
          action_.call = saved_call;
          return;
        }
      }
      if ((r.kind == Ref::Kind::Parameter || r.kind == Ref::Kind::Bound) && e.kind == ExprKind::Name &&
          e.segments.back().args.empty()) {
        Binding& b = c.env.base[r.index];
        if (b.kind == Binding::Kind::Thunk) {
          Ctx t = c;
          t.env = b.env;
          return run(*b.expr, t, split, k);
        }
      }
      return guard(e, c, k);
    }
    default:
      return guard(e, c, k);
  }
}

void Enumerator::run_forall(const Expr& e, const std::vector<Binding>& instances, size_t n, size_t i, Ctx& c,
                            Cont k) {
  if (i * n >= instances.size() || n == 0) return k(c.top);
  // Instance i's frame, above the live ones: the environment's slots, then its bound names.
  int depth = c.env.depth;
  bool evaluate = i > 0 && all_assigned();
  Binding* base = push_frame(c, depth + static_cast<int>(n));
  for (int s = 0; s < depth; ++s) base[s] = c.env.base[s];
  for (size_t s = 0; s < n; ++s) base[depth + s] = instances[i * n + s];
  Ctx in = c;
  in.env.base = base;
  in.env.depth = depth + static_cast<int>(n);
  in.top = base + depth + n;
  if (evaluate) {  // as in run_and: the remaining instances are evaluated in turn, not walked
    for (;;) {
      if (!ev_.eval_bool(*e.args[0], in, "an action")) return;
      if (++i * n >= instances.size()) return k(in.top);
      for (size_t s = 0; s < n; ++s) base[depth + s] = instances[i * n + s];
    }
  }
  run(*e.args[0], in, false, [&](Binding* top) {
    Ctx c2 = c;
    c2.top = higher(top, in.top);
    run_forall(e, instances, n, i + 1, c2, k);
  });
}

void Enumerator::run_forall_predicate(const Expr& e, const std::vector<Binding>& instances, size_t n, Ctx& c,
                                      Cont k) {
  // No instance can bind a primed variable: each is walked (or evaluated) on its own, as
  // run_forall would one inside the other, and k is called once per combination of the
  // instances' true branches (a disjunction in one yields a successor per true branch, as TLC).
  if (n == 0) return k(c.top);
  int depth = c.env.depth;
  Binding* base = push_frame(c, depth + static_cast<int>(n));
  for (int s = 0; s < depth; ++s) base[s] = c.env.base[s];
  Ctx in = c;
  in.env.base = base;
  in.env.depth = depth + static_cast<int>(n);
  in.top = base + depth + n;
  const bool assigned = all_assigned();
  uint64_t ways = 1;
  for (size_t i = 0; i * n < instances.size(); ++i) {
    for (size_t s = 0; s < n; ++s) base[depth + s] = instances[i * n + s];
    if (i > 0 && assigned) {  // as run_forall: evaluated, not walked
      if (!ev_.eval_bool(*e.args[0], in, "an action")) return;
      continue;
    }
    uint64_t m = 0;
    run(*e.args[0], in, false, [&](Binding*) { ++m; });
    if (m == 0) return;
    ways = m > UINT64_MAX / ways ? UINT64_MAX : ways * m;
  }
  for (uint64_t w = 0; w < ways && !stop_; ++w) k(in.top);
}

bool Enumerator::all_assigned() const {
  if (enabled_mode_) return false;
  for (const Value& v : partial_)
    if (v.is_none()) return false;
  return true;
}

void Enumerator::run_and(const Expr& e, size_t i, Ctx& c, Cont k) {
  // Leading guards (most actions fail at their first or second conjunct) tested in a loop,
  // as run -> run_builtin -> guard would, without a continuation per conjunct.
  for (; i < e.args.size() && only_tested(*e.args[i], init_mode_); ++i) {
    if (stop_ || !ev_.eval_bool(*e.args[i], c, "an action")) return;
  }
  if (i == e.args.size()) return k(c.top);
  if (i > 0 && all_assigned()) {
    for (; i < e.args.size(); ++i)
      if (!ev_.eval_bool(*e.args[i], c, "an action")) return;
    return k(c.top);
  }
  run(*e.args[i], c, false, [&](Binding* top) {
    Ctx c2 = c;
    c2.top = higher(top, c.top);
    run_and(e, i + 1, c2, k);
  });
}

void Enumerator::run_builtin(const Expr& e, int builtin, Ctx& c, Cont k) {
  const auto& a = operands(e);
  switch (static_cast<Builtin>(builtin)) {
    case Builtin::Eq: {
      int v = assignable(*a[0], c, nullptr);
      if (v >= 0 && partial_[v].is_none()) return bind(v, ev_.eval(*a[1], c), c, k);
      return guard(e, c, k);
    }
    case Builtin::In: {
      int v = assignable(*a[0], c, nullptr);
      if (v >= 0 && partial_[v].is_none()) {
        Value set = ev_.eval(*a[1], c);
        try {
          for_each_element(set, [&](const Value& elem) {
            bind(v, elem, c, k);
            return !stop_;
          });
        } catch (const EvalFailure&) {
          throw;
        } catch (const EvalError& err) {
          throw EvalFailure(a[1]->range, err.what());
        }
        return;
      }
      return guard(e, c, k);
    }
    case Builtin::Unchanged:
      return run_unchanged(*a[0], c, k);
    case Builtin::Implies:  // TLC: P => A walks A when P holds
      if (!ev_.eval_bool(*a[0], c, "the left side of =>")) return k(c.top);
      return run(*a[1], c, false, k);
    case Builtin::Cdot:
      if (init_mode_ || enabled_mode_) return guard(e, c, k);
      return run_cdot(*a[0], *a[1], c, k);
    default:
      return guard(e, c, k);
  }
}

void Enumerator::run_cdot(const Expr& a, const Expr& b, Ctx& c, Cont k) {
  // A \cdot B: every state reached by B from a state that A reaches from the current one. Each
  // result binds all variables, consistently with those this action has bound already.
  std::vector<Value> mids = reachable(a, cur_, c);
  extra_generated_ += mids.size() / (nvars_ ? nvars_ : 1);
  for (size_t m = 0; m < mids.size() && !stop_; m += nvars_) {
    std::vector<Value> finals = reachable(b, &mids[m], c);
    for (size_t f = 0; f < finals.size() && !stop_; f += nvars_) {
      std::vector<Value> saved(partial_);
      bool consistent = true;
      for (size_t i = 0; i < nvars_ && consistent; ++i) {
        if (saved[i].is_none()) partial_[i] = finals[f + i];
        else consistent = equal(saved[i], finals[f + i]);
      }
      if (consistent) k(c.top);
      partial_.swap(saved);
    }
  }
}

std::vector<Value> Enumerator::reachable(const Expr& action, const Value* from, Ctx& outer) {
  NestedWalk walk(*this, from, outer, false);
  std::vector<Value> out;
  run(action, walk.ctx, false, [&](Binding*) {
    for (size_t i = 0; i < nvars_; ++i)
      if (partial_[i].is_none())
        throw EvalFailure(action.range, "An action composed with \\cdot does not assign the variable " +
                                            (i < names_.size() ? names_[i] : std::string("?")) + ".");
    out.insert(out.end(), partial_.begin(), partial_.end());
  });
  return out;
}

void Enumerator::run_unchanged(const Expr& e, Ctx& c, Cont k) {
  if (e.kind == ExprKind::Tuple) return run_unchanged_tuple(e, 0, c, k);
  if (!init_mode_) {
    // UNCHANGED of a name that stands for an expression (a parameter, or a variable that an
    // instance substitutes, as Stuttering's `vars`) is UNCHANGED of that expression, as in TLC.
    Ctx where;
    if (const Expr* s = stands_for(e, c, where)) return run_unchanged(*s, where, k);
    int v = variable_of(e, c);
    if (v >= 0) {
      if (partial_[v].is_none()) return bind(v, cur_[v], c, k);
      if (equal(partial_[v], cur_[v])) k(c.top);
      return;
    }
  }
  if ((e.kind == ExprKind::Name || e.kind == ExprKind::OpApp) && target(e).kind == Ref::Kind::Definition) {
    CallFrame f;
    if (ev_.open_call(e, c, f)) return run_unchanged(*f.body, f.ctx, k);
  }
  Ctx p = c;
  p.primed = true;
  if (equal(ev_.eval(e, p), ev_.eval(e, c))) k(c.top);
}

void Enumerator::run_unchanged_tuple(const Expr& tuple, size_t i, Ctx& c, Cont k) {
  if (i == 0 && unchanged_variables(tuple, c, k)) return;
  if (i == tuple.args.size()) return k(c.top);
  run_unchanged(*tuple.args[i], c, [&](Binding* top) {
    Ctx c2 = c;
    c2.top = higher(top, c.top);
    run_unchanged_tuple(tuple, i + 1, c2, k);
  });
}

bool Enumerator::unchanged_variables(const Expr& tuple, Ctx& c, Cont k) {
  // What run_unchanged does for each element when all are state variables named outside any
  // instance (`UNCHANGED <<ack, crit>>`), in one loop with one continuation.
  constexpr size_t kMax = 16;
  const size_t n = tuple.args.size();
  if (init_mode_ || c.env.inst || n > kMax) return false;
  int vars[kMax];
  Program& p = ev_.program();
  for (size_t j = 0; j < n; ++j) {
    const Expr& a = *tuple.args[j];
    if (a.kind != ExprKind::Name || a.segments.size() != 1 || !a.segments[0].args.empty() ||
        a.ref.kind != Ref::Kind::Variable)
      return false;
    vars[j] = p.variable_index(a.ref);
    if (vars[j] < 0) return false;
  }
  bool set_here[kMax];
  size_t j = 0;
  for (; j < n; ++j) {
    Value& next = partial_[vars[j]];
    set_here[j] = next.is_none();
    if (set_here[j]) next = cur_[vars[j]];
    else if (!equal(next, cur_[vars[j]])) break;
  }
  if (j == n) k(c.top);
  while (j-- > 0)
    if (set_here[j]) partial_[vars[j]] = Value();
  return true;
}

}  // namespace tlatrace::eval
