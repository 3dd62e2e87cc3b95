// Functions, records and EXCEPT; recursive function definitions `f[x \in S] == e` are applied
// without building the whole function (their domain may be infinite, e.g. Nat).
#include <new>

#include "evaluator/core/binders.hpp"
#include "evaluator/core/evaluator.hpp"
#include "evaluator/core/membership.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

namespace {
int binder_names(const ast::OpDef& def) {
  int n = 0;
  for (const auto& b : def.fn_binders) n += static_cast<int>(b.names.size());
  return n;
}
}  // namespace

// The argument of f[a, b]: the tuple <<a, b>>.
Value Evaluator::fn_app_tuple_argument(const Expr& e, Ctx& c) {
  std::vector<Value> comps;
  for (size_t i = 1; i < e.args.size(); ++i) comps.push_back(eval(*e.args[i], c));
  return make_tuple(std::move(comps));
}

Value Evaluator::eval_func_app(const Expr& e, Ctx& c) {
  Value holder;
  const Value* r = fn_app_ref(e, c, holder);
  return r == &holder ? std::move(holder) : *r;
}

namespace {
// apply's error for f[arg], located at the application `e`.
[[noreturn, gnu::cold]] void fn_app_failed(const Expr& e, const Value& f, const Value& arg) {
  try {
    detail::apply_failed(f, arg);
  } catch (const EvalError& err) {
    throw EvalFailure(e.range, err.what());
  }
}
}  // namespace

// f[a] when fn_app_chain does not apply: the argument, then f (a function definition applied
// lazily, or read in place, or evaluated into a holder), then the application.
const Value* Evaluator::fn_app_general(const Expr& e, Ctx& c, Value& holder) {
  Value arg = fn_app_argument(e, c);
  const Expr& fe = *e.args[0];
  // Only a name of a function definition or a parameter can be applied lazily.
  if (fe.kind == ExprKind::Name && fe.ref.kind != Ref::Kind::Variable && lazy_fn_app(e, arg, c, holder))
    return &holder;
  Value fholder;
  const Value* f = value_ref(*e.args[0], c, fholder);
  const Value* r = try_apply(*f, arg);
  if (!r) fn_app_failed(e, *f, arg);
  if (f != &fholder) return r;
  holder = *r;  // r lives in fholder
  return &holder;
}

// f[a1][a2]...[ak] (k <= kChain, one argument each) over a base read in place: the arguments
// are evaluated outermost first, then the applications made innermost first, as fn_app_general's
// recursion would, in one loop. nullptr (nothing evaluated) when the base is not read in place.
const Value* Evaluator::fn_app_chain(const Expr& e, Ctx& c) {
  constexpr int kChain = 4;
  const Expr* levels[kChain];
  const Value* argp[kChain];  // the arguments; in place while they are slots (`network[p][q]`)
  int n = 0;
  bool slots = true;
  const Expr* x = &e;
  do {  // e is a FuncApp
    if (n == kChain || x->args.size() != 2) return nullptr;
    levels[n] = x;
    if (slots) slots = (argp[n] = slot_value(*x->args[1], c)) != nullptr;  // reading a slot evaluates nothing
    ++n;
    x = x->args[0].get();
  } while (x->kind == ExprKind::FuncApp);
  // Evaluating the arguments leaves the base where it is: a state's value, or a slot below c.top.
  const Value* f = in_place_ref(*x, c);
  if (!f) return nullptr;
  union Args {  // arguments that are not slots, constructed in place
    Value v[kChain];
    Args() {}
    ~Args() {}
  } args;
  int built = 0;
  struct Release {
    Args& a;
    int& built;
    ~Release() {
      for (int i = 0; i < built; ++i) a.v[i].~Value();
    }
  } release{args, built};
  if (!slots)
    for (; built < n; ++built) argp[built] = new (&args.v[built]) Value(eval(*levels[built]->args[1], c));
  for (int i = n - 1; i >= 0; --i) {
    const Value* r = try_apply(*f, *argp[i]);
    if (!r) fn_app_failed(*levels[i], *f, *argp[i]);
    f = r;
  }
  return f;
}

const Value* Evaluator::value_ref(const Expr& e, Ctx& c, Value& holder) {
  if (e.kind == ExprKind::FuncApp) return fn_app_ref(e, c, holder);
  if (const Value* v = in_place_ref(e, c)) return v;
  holder = eval(e, c);
  return &holder;
}

// f[arg] for a function definition f applied lazily (as TLC's FcnLambdaValue), into `out`.
bool Evaluator::lazy_fn_app(const Expr& e, const Value& arg, Ctx& c, Value& out) {
  const Expr& fe = *e.args[0];
  if (fe.kind == ExprKind::Name && fe.segments.size() == 1 && fe.ref.kind == Ref::Kind::Definition &&
      fe.ref.def->is_function && !fe.ref.via) {
    const DefInfo* info = program_.find_info(fe.ref.def);
    if (!info || (!info->has_override && !info->override_def && !info->cached)) {
      out = eval_fn_def_app(*fe.ref.def, arg, c, e);
      return true;
    }
  }
  // f[x] where the parameter f was passed a recursive function definition by name: apply the
  // definition lazily, as TLC does (FcnLambdaValue), instead of building the whole function.
  if (fe.kind == ExprKind::Name && fe.segments.size() == 1 && fe.segments[0].args.empty() &&
      (fe.ref.kind == Ref::Kind::Parameter || fe.ref.kind == Ref::Kind::Bound)) {
    const Binding* b = &c.env.base[fe.ref.index];
    for (int hops = 0; hops < 16 && b->kind == Binding::Kind::Thunk && !b->forced; ++hops) {
      const Expr& x = *b->expr;
      if (x.kind != ExprKind::Name || x.segments.size() != 1 || !x.segments[0].args.empty()) break;
      if (x.ref.kind == Ref::Kind::Parameter || x.ref.kind == Ref::Kind::Bound) {
        b = &b->env.base[x.ref.index];
        continue;
      }
      if (x.ref.kind == Ref::Kind::Definition && x.ref.def->is_function && !x.ref.via) {
        const DefInfo* info = program_.find_info(x.ref.def);
        if (info && (info->has_override || info->override_def || info->cached)) break;
        Ctx t = c;
        t.env = b->env;
        out = eval_fn_def_app(*x.ref.def, arg, t, e);
        return true;
      }
      break;
    }
  }
  return false;
}

// f[arg] for a function definition. A top-level definition whose body is a function of one state
// (and of its binder names) is evaluated once per argument and state (FnAppMemo); errors are not
// recorded, so a failing application fails again.
Value Evaluator::eval_fn_def_app(const ast::OpDef& def, const Value& arg, Ctx& c, const Expr& site) {
  const Value* state = def.module && !c.env.inst ? read_state(c) : nullptr;
  if (state) {
    ExprFacts& facts = facts_.of_expr(*def.body);
    if (facts.state_level && facts.worth_caching()) {
      uint64_t hash = FnAppMemo::arg_hash(&def, arg);
      ++facts.lookups;
      if (const Value* hit = fn_memo_.find(&def, arg, hash, state, c.states.nvars)) {
        ++facts.hits;
        return *hit;
      }
      Value v = bind_fn_def_app(def, arg, c, site);
      fn_memo_.store(&def, arg, hash, state, c.states.nvars, v);
      return v;
    }
  }
  return bind_fn_def_app(def, arg, c, site);
}

// f[arg] for a function definition: binds the binder names (checking the domain) and
// evaluates the body in a new frame.
Value Evaluator::bind_fn_def_app(const ast::OpDef& def, const Value& arg, Ctx& c, const Expr& site) {
  Ctx t = fn_def_frame(def, arg, c, site);
  return eval(*def.body, t);
}

namespace {
// True when `e` names `def` itself: SANY's recursive function definition (OPCODE_rfs).
bool names(const Expr* e, const ast::OpDef* def) {
  if (!e) return false;
  if (e->ref.kind == Ref::Kind::Definition && e->ref.def == def) return true;
  for (const auto& s : e->segments) {
    if (s.ref.kind == Ref::Kind::Definition && s.ref.def == def) return true;
    for (const auto& a : s.args)
      if (names(a.get(), def)) return true;
  }
  for (const auto& a : e->args)
    if (names(a.get(), def)) return true;
  for (const auto& b : e->binders)
    if (names(b.domain.get(), def)) return true;
  for (const auto& u : e->updates) {
    for (const auto& st : u.path)
      for (const auto& a : st.index)
        if (names(a.get(), def)) return true;
    if (names(u.value.get(), def)) return true;
  }
  for (const auto& arm : e->arms)
    if (names(arm.guard.get(), def) || names(arm.value.get(), def)) return true;
  for (const auto& d : e->defs)
    if (d && names(d->body.get(), def)) return true;
  return false;
}
}  // namespace

bool Evaluator::self_recursive(const ast::OpDef& def) {
  auto [it, fresh] = recursive_fns_.try_emplace(&def, false);
  if (fresh) it->second = names(def.body.get(), &def);
  return it->second;
}

bool Evaluator::open_fn_app(const Expr& e, Ctx& c, bool init, CallFrame& out) {
  const Expr& fe = *e.args[0];
  if (fe.kind != ExprKind::Name || fe.segments.size() != 1 || !fe.segments[0].args.empty() ||
      fe.ref.kind != Ref::Kind::Definition || !fe.ref.def->is_function || fe.ref.via || !fe.ref.def->body)
    return false;
  const ast::OpDef& def = *fe.ref.def;
  const DefInfo* info = program_.find_info(&def);
  if (info && (info->native || info->has_override || info->override_def || info->cached)) return false;
  // TLC walks the body when the function value stays lazy (FcnLambdaValue): always for a
  // recursive definition; in actions also for a LET or state-level one, which it evaluates
  // with KeepLazy (a constant-level top-level one was computed to a record before the search).
  if (!self_recursive(def)) {
    if (init) return false;
    if (def.module) {
      bool constant = facts_.of_expr(*def.body).constant_level;
      for (const auto& b : def.fn_binders) constant = constant && (!b.domain || facts_.of_expr(*b.domain).constant_level);
      if (constant) return false;
    }
  }
  Value arg = fn_app_argument(e, c);
  out.ninst = 0;
  out.def = nullptr;
  out.body = def.body.get();
  out.ctx = fn_def_frame(def, arg, c, e);
  return true;
}

// The frame of f[arg] for a function definition: the binder names bound to the argument's
// components after checking the domain.
Ctx Evaluator::fn_def_frame(const ast::OpDef& def, const Value& arg, Ctx& c, const Expr& site) {
  int scope = def.module ? 0 : def.scope_depth;
  int n = binder_names(def);
  Binding* base = push_frame(c, scope + n);
  for (int i = 0; i < scope; ++i) base[i] = c.env.base[i];
  Ctx t = c;
  t.env = Env{base, scope, c.env.inst};
  t.top = base + scope + n;
  t.at = nullptr;
  // The argument's components, one per binder name (not copied).
  const Value* comps = &arg;
  if (n != 1 || def.fn_binders[0].tuple) {
    const FcnObj* tuple = arg.is_function() ? static_cast<const FcnObj*>(arg.raw_heap()) : nullptr;
    if (!tuple || !tuple->seq() || tuple->rng().size() != static_cast<size_t>(n))
      fail(site, "Attempted to apply function " + def.name + " to argument " + to_tla_string(arg) +
                     ", which is not in its domain.");
    comps = tuple->rng().data();
  }
  int slot = scope;
  for (const auto& b : def.fn_binders) {
    t.env.depth = slot;
    if (b.domain) {
      Value dom = eval_closed_constant(*b.domain, t);
      if (b.tuple) {
        // One tuple binder over the whole argument: the argument is the tuple to test.
        bool whole = def.fn_binders.size() == 1 && n == static_cast<int>(b.names.size());
        Value tuple = whole ? arg
                            : make_tuple(std::vector<Value>(comps + (slot - scope),
                                                            comps + (slot - scope) + b.names.size()));
        if (!member(tuple, dom))
          fail(site, "Attempted to apply function " + def.name + " to argument " + to_tla_string(arg) +
                         ", which is not in its domain.");
      } else {
        for (size_t k = 0; k < b.names.size(); ++k)
          if (!member(comps[slot - scope + k], dom))
            fail(site, "Attempted to apply function " + def.name + " to argument " + to_tla_string(arg) +
                           ", which is not in its domain.");
      }
    }
    for (size_t k = 0; k < b.names.size(); ++k) base[slot + k].set_value(comps[slot - scope + k]);
    slot += static_cast<int>(b.names.size());
  }
  t.env.depth = scope + n;
  return t;
}

// The whole function of a function definition (its domain must be finite).
Value Evaluator::eval_fn_def_value(const ast::OpDef& def, Ctx& c, const Expr& site) {
  int scope = def.module ? 0 : def.scope_depth;
  Binding* base = push_frame(c, scope);
  for (int i = 0; i < scope; ++i) base[i] = c.env.base[i];
  Ctx t = c;
  t.env = Env{base, scope, c.env.inst};
  t.top = base + scope;
  std::vector<Value> dom, rng;
  bool single = def.fn_binders.size() == 1 && def.fn_binders[0].names.size() == 1 && !def.fn_binders[0].tuple;
  int n = binder_names(def);
  for_each_binding(def.fn_binders, t, [&](Ctx& in) {
    Value a;
    if (single) {
      a = in.env.base[in.env.depth - 1].value;
    } else {
      std::vector<Value> comps;
      for (int i = 0; i < n; ++i) comps.push_back(in.env.base[in.env.depth - n + i].value);
      a = make_tuple(std::move(comps));
    }
    dom.push_back(a);
    Ctx inner = in;
    inner.top = in.env.base + in.env.depth;
    rng.push_back(eval_fn_def_app(def, a, inner, site));
    return true;
  });
  return make_function(std::move(dom), std::move(rng));
}

Value Evaluator::eval_record_cons(const Expr& e, Ctx& c) {
  std::vector<std::pair<const Atom*, Value>> fields;
  fields.reserve(e.fields.size());
  for (size_t i = 0; i < e.fields.size(); ++i) fields.emplace_back(ast_atom(e.fields[i]), eval(*e.args[i], c));
  return make_record(std::move(fields));
}

Value Evaluator::eval_record_set(const Expr& e, Ctx& c) {
  std::vector<std::pair<const Atom*, Value>> fields;
  for (size_t i = 0; i < e.fields.size(); ++i) fields.emplace_back(ast_atom(e.fields[i]), eval(*e.args[i], c));
  return record_set(std::move(fields));
}

Value Evaluator::eval_except(const Expr& e, Ctx& c) {
  Value v = eval(*e.args[0], c);
  for (const auto& u : e.updates) {
    // The path's values: on the stack for the usual short paths (![p][q]).
    Value inline_path[4];
    std::vector<Value> long_path;
    if (u.path.size() > 4) long_path.resize(u.path.size());
    Value* path = u.path.size() > 4 ? long_path.data() : inline_path;
    size_t k = 0;
    for (const auto& step : u.path) {
      if (step.field) {
        path[k++] = Value::string(ast_atom(*step.field));
      } else if (step.index.size() == 1) {
        path[k++] = eval(*step.index[0], c);
      } else {
        std::vector<Value> comps;
        for (const auto& i : step.index) comps.push_back(eval(*i, c));
        path[k++] = make_tuple(std::move(comps));
      }
    }
    v = except_with(v, std::span<const Value>(path, k), [&](const Value& old) {
      Ctx t = c;
      t.at = &old;
      return eval(*u.value, t);
    });
  }
  return v;
}

}  // namespace tlatrace::eval
