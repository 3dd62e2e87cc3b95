// Names and calls: parameters and bound names, CONSTANTs, VARIABLEs, definitions (natives,
// cfg overrides, cached constant definitions, TLA+ bodies), instance-qualified names.
#include "evaluator/core/call_args.hpp"
#include "evaluator/core/evaluator.hpp"
#include "evaluator/core/membership.hpp"
#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

namespace detail {

bool is_slot(const Ref& r) { return r.kind == Ref::Kind::Parameter || r.kind == Ref::Kind::Bound; }

// The binding a call passes for argument `arg`: values for literals, the caller's binding for a
// plain parameter or bound name, otherwise a lazy argument (or an operator for arity > 0).
void make_arg(const Expr& arg, int arity, Ctx& c, bool memo, Evaluator& ev, Binding& out, Binding* frame_end) {
  if (arg.kind == ExprKind::Name && arg.segments.size() == 1 && arg.segments[0].args.empty() && is_slot(arg.ref)) {
    out = c.env.base[arg.ref.index];  // the slot's previous contents are released by the copy
    return;
  }
  // Reset field by field (no temporary Binding to move in and destroy).
  out.kind = Binding::Kind::Value;
  out.forced = false;
  out.memo = true;
  out.value = Value();
  out.expr = nullptr;
  out.env = Env{};
  // Arguments evaluated now must not put their frames over the frame being filled.
  auto eager = [&] {
    Ctx e = c;
    if (e.top < frame_end) e.top = frame_end;
    return ev.eval(arg, e);
  };
  if (arity > 0 || arg.kind == ExprKind::Lambda) {
    out.kind = Binding::Kind::Op;
    out.expr = &arg;
    out.env = c.env;
    return;
  }
  switch (arg.kind) {
    case ExprKind::Number:
    case ExprKind::String:
    case ExprKind::Bool:
      out.value = eager();
      return;
    default:
      break;
  }
  if (c.at) {  // inside an EXCEPT value: `@` must be read now
    out.value = eager();
    return;
  }
  out.kind = Binding::Kind::Thunk;
  out.expr = &arg;
  out.env = c.env;
  out.memo = memo;
}

// The target and arguments of a Name or OpApp.
const Ref& final_ref(const Expr& e) {
  return e.kind == ExprKind::Name && e.segments.size() > 1 ? e.segments.back().ref : e.ref;
}
const std::vector<ast::ExprPtr>& final_args(const Expr& e) {
  return e.kind == ExprKind::Name ? e.segments.back().args : e.args;
}

}  // namespace detail

using detail::final_args;
using detail::final_ref;
using detail::is_slot;
using detail::make_arg;

Value Evaluator::force(Binding& b, Ctx& c) {
  switch (b.kind) {
    case Binding::Kind::Value:
      return b.value;
    case Binding::Kind::Op:
      throw EvalError("An operator argument was used as a value (it takes arguments).");
    case Binding::Kind::Thunk:
      break;
  }
  if (b.forced && !c.primed) return b.value;
  Ctx t = c;
  t.env = b.env;
  t.at = nullptr;
  Value v = eval(*b.expr, t);
  if (!c.primed && b.memo) {
    b.forced = true;
    b.value = v;
  }
  return v;
}

// Builds the frames for a call: instance frames for the segments of `M!N!Op` and for names that
// came in through an unnamed INSTANCE, then the callee's parameters. `def` is the callee.
void Evaluator::bind_call(const ast::OpDef& def, const std::vector<ast::ExprPtr>& args, Ctx& c, CallFrame& out) {
  int scope = def.module ? 0 : def.scope_depth;
  int n = static_cast<int>(def.params.size());
  Binding* base = push_frame(c, scope + n);
  for (int i = 0; i < scope; ++i) base[i] = c.env.base[i];
  for (int i = 0; i < n && i < static_cast<int>(args.size()); ++i)
    make_arg(*args[i], def.params[i].arity, c, true, *this, base[scope + i], base + scope + n);
  const InstFrame* inst = out.ninst ? &out.inst[out.ninst - 1] : c.env.inst;
  out.def = &def;
  out.body = def.body.get();
  out.ctx = c;
  out.ctx.env = Env{base, scope + n, inst};
  out.ctx.top = base + scope + n;
  out.ctx.at = nullptr;
}

/// Op!n (a positional selector): the n-th operand of Op's body, a definition of this module.
static const Expr* positional_operand_of(const Expr& e);
static inline const Expr* positional_operand(const Expr& e) {
  return e.kind != ExprKind::Name || e.segments.size() != 2 ? nullptr : positional_operand_of(e);
}
static const Expr* positional_operand_of(const Expr& e) {
  const auto& sel = e.segments[1].name;
  if (sel.empty() || sel.size() > 4 || sel.find_first_not_of("0123456789") != std::string::npos) return nullptr;
  const Ref& r = e.segments[0].ref;
  if (r.kind != Ref::Kind::Definition || !r.def || !r.def->body || r.def->is_function || r.via) return nullptr;
  const Expr* body = r.def->body.get();
  while (body->kind == ExprKind::Label) body = body->args[0].get();
  size_t n = std::stoul(sel);
  if (body->kind != ExprKind::And && body->kind != ExprKind::Or && body->kind != ExprKind::OpApp) return nullptr;
  if (n < 1 || n > body->args.size()) return nullptr;
  return body->args[n - 1].get();
}

bool Evaluator::open_call(const Expr& e, Ctx& c, CallFrame& out) {
  // The common call, first: a module-level definition called by its own name (no instance
  // segment or import, override or native); each state tries 27 of MCLamportMutex's actions.
  if (e.kind == ExprKind::OpApp || (e.kind == ExprKind::Name && e.segments.size() == 1)) {
    const Ref& ref = e.ref;
    const ast::OpDef* def = ref.def;
    if (ref.kind == Ref::Kind::Definition && !ref.via && def && def->module && def->body && !def->is_function) {
      const DefInfo* info = program_.find_info(def);
      if (!info || (!info->native && !info->override_def && !info->has_override)) {
        const auto& args = final_args(e);
        const int n = static_cast<int>(def->params.size());
        const int given = std::min(n, static_cast<int>(args.size()));  // read once: the loop writes slots
        Binding* base = push_frame(c, n);
        for (int i = 0; i < given; ++i) {
          const Expr& arg = *args[i];
          if (arg.kind == ExprKind::Name && is_slot(arg.ref) && arg.segments.size() == 1 &&
              arg.segments[0].args.empty() && c.env.base[arg.ref.index].kind == Binding::Kind::Value) {
            base[i] = c.env.base[arg.ref.index];  // make_arg's first case, inline (APtcp's `local`)
            continue;
          }
          // Thunks of enumerated calls are not memoized (the next state grows while they live).
          make_arg(arg, def->params[i].arity, c, false, *this, base[i], base + n);
          if (base[i].kind == Binding::Kind::Thunk && base[i].expr) base[i].memo = false;
        }
        out.ninst = 0;
        out.def = def;
        out.body = def->body.get();
        out.ctx = c;
        out.ctx.env = Env{base, n, c.env.inst};
        out.ctx.top = base + n;
        out.ctx.at = nullptr;
        return true;
      }
    }
  }
  if (e.kind != ExprKind::Name && e.kind != ExprKind::OpApp) return false;
  if (const Expr* operand = positional_operand(e)) {
    out.ninst = 0;
    bind_call(*e.segments[0].ref.def, e.segments[0].args, c, out);
    out.body = operand;
    return true;
  }
  const Ref& ref = final_ref(e);
  if (ref.kind == Ref::Kind::Constant) return e.segments.size() <= 1 && open_constant_call(e, ref, c, out);
  // I!Thm: the statement of a THEOREM or ASSUME of an instantiated module.
  bool formula = ref.kind == Ref::Kind::Formula && ref.formula && e.kind == ExprKind::Name && e.segments.size() > 1 &&
                 final_args(e).empty();
  if (!formula && (ref.kind != Ref::Kind::Definition || !ref.def || !ref.def->body || ref.def->is_function)) return false;
  // As in TLC, a cfg override replaces the definition itself, not its instantiated copy M!Op
  // (unless scoped to its module: DefInfo::override_in_instances).
  const DefInfo* info = formula ? nullptr : program_.find_info(ref.def);
  if (info && info->native) return false;
  bool overridable = e.segments.size() <= 1 || (info && info->override_in_instances);
  if (overridable && info && info->override_def) {
    // cfg `Op <- Other`: enter Other (a definition of the root module) instead.
    const ast::OpDef* other = info->override_def;
    const DefInfo* oinfo = program_.find_info(other);
    if (!other->body || other->is_function || (oinfo && (oinfo->native || oinfo->has_override || oinfo->override_def)))
      return false;
    out.ninst = 0;
    bind_call(*other, final_args(e), c, out);
    for (Binding* b = out.ctx.env.base; b < out.ctx.top; ++b)
      if (b->kind == Binding::Kind::Thunk && b->expr) b->memo = false;
    return true;
  }
  if (overridable && info && info->has_override) return false;
  Ctx outer = c;
  out.ninst = 0;
  // Instance segments: each opens a frame binding the instance's parameters.
  const InstFrame* parent = c.env.inst;
  if (e.kind == ExprKind::Name) {
    for (size_t i = 0; i + 1 < e.segments.size(); ++i) {
      const auto& seg = e.segments[i];
      if (seg.ref.kind != Ref::Kind::Instance || !seg.ref.def || !seg.ref.def->instance) return false;
      if (out.ninst + 2 > 6) return false;
      if (seg.ref.via) {
        out.inst[out.ninst++] = InstFrame{seg.ref.via, Env{outer.top, 0, parent}};
        parent = &out.inst[out.ninst - 1];
      }
      const ast::OpDef& idef = *seg.ref.def;
      // A LET-defined instance sees the slots of the definitions around it.
      int scope = idef.module ? 0 : idef.scope_depth;
      int n = static_cast<int>(idef.params.size());
      Binding* base = push_frame(outer, scope + n);
      for (int k = 0; k < scope; ++k) base[k] = c.env.base[k];
      for (int k = 0; k < n && k < static_cast<int>(seg.args.size()); ++k)
        make_arg(*seg.args[k], idef.params[k].arity, c, false, *this, base[scope + k], base + scope + n);
      outer.top = base + scope + n;
      out.inst[out.ninst++] = InstFrame{idef.instance.get(), Env{base, scope + n, parent}};
      parent = &out.inst[out.ninst - 1];
    }
  }
  if (ref.via) {
    if (out.ninst + 1 > 6) return false;
    out.inst[out.ninst++] = InstFrame{ref.via, Env{outer.top, 0, parent}};
  }
  if (formula) {  // a module-level statement: no slots of its own
    out.def = nullptr;
    out.body = ref.formula;
    out.ctx = outer;
    out.ctx.env = Env{outer.top, 0, out.ninst ? &out.inst[out.ninst - 1] : c.env.inst};
    out.ctx.at = nullptr;
    return true;
  }
  bind_call(*ref.def, final_args(e), outer, out);
  // Thunks of enumerated calls must not be memoized (the next state grows while they live).
  for (Binding* b = out.ctx.env.base; b < out.ctx.top; ++b)
    if (b->kind == Binding::Kind::Thunk && b->expr) b->memo = false;
  // Arguments are evaluated in the caller's environment, not the instance frames.
  return true;
}

// eval_name's rarer cases, out of line so that its common ones need a small frame.
[[gnu::noinline]] static Value eval_slot_name_app(Evaluator& ev, const Expr& e, Ctx& c) {
  const auto& args = e.segments.back().args;
  std::vector<Value> vals;
  vals.reserve(args.size());
  for (const auto& a : args) vals.push_back(ev.eval(*a, c));
  return ev.apply_op_binding(c.env.base[e.ref.index], vals, c, e);
}
[[noreturn, gnu::noinline, gnu::cold]] static void name_failed(const Expr& e, const char* what, const char* rest) {
  Evaluator::fail(e, std::string(what) + e.segments.back().name + rest);
}

Value Evaluator::eval_name(const Expr& e, Ctx& c) {
  if (e.segments.size() > 1) return eval_instance_name(e, c);
  const Ref& r = e.ref;
  switch (r.kind) {
    case Ref::Kind::Builtin:
      return eval_builtin(e, r.index, c);
    case Ref::Kind::Parameter:
    case Ref::Kind::Bound:
      if (!e.segments[0].args.empty()) return eval_slot_name_app(*this, e, c);
      return force(c.env.base[r.index], c);
    case Ref::Kind::Constant:
      return eval_constant(e, r, c);
    case Ref::Kind::Variable:
      return eval_variable(e, r, c);
    case Ref::Kind::Definition:
      if (native_sites_) {  // `Len(s)`: a name with arguments calling a native
        const NativeSite& site = native_site(e);
        if (site.key == &e) return eval_native(e, *site.native, e.segments[0].args, c);
      }
      return eval_apply_ref(e, r, e.segments[0].args, c);
    case Ref::Kind::Formula:  // a THEOREM's or ASSUME's name: its statement
      if (!r.formula || !e.segments[0].args.empty()) name_failed(e, "The name ", " cannot be evaluated here.");
      return eval_formula(*r.formula, c);
    case Ref::Kind::Instance:
      name_failed(e, "The instance ", " is not a value.");
    default:
      name_failed(e, "The name ", " cannot be evaluated here.");
  }
}

// eval_op_app's rarer cases, out of line so that its common ones need no stack frame.
[[gnu::noinline]] static Value eval_binding_app(Evaluator& ev, const Expr& e, Ctx& c) {
  std::vector<Value> vals;
  for (const auto& a : e.args) vals.push_back(ev.eval(*a, c));
  return ev.apply_op_binding(c.env.base[e.ref.index], vals, c, e);
}
[[noreturn, gnu::noinline, gnu::cold]] static void op_app_failed(const Expr& e) {
  Evaluator::fail(e, "The operator " + e.op + " cannot be evaluated.");
}

Value Evaluator::eval_op_app(const Expr& e, Ctx& c) {
  switch (e.ref.kind) {
    case Ref::Kind::Builtin:
      return eval_builtin(e, e.ref.index, c);
    case Ref::Kind::Definition: {
      if (native_sites_) {
        const NativeSite& site = native_site(e);
        if (site.key == &e) return eval_native(e, *site.native, e.args, c);
      }
      return eval_apply_ref(e, e.ref, e.args, c);
    }
    case Ref::Kind::Parameter:
    case Ref::Kind::Bound:
      return eval_binding_app(*this, e, c);
    case Ref::Kind::Constant:
      return eval_constant(e, e.ref, c);
    default:
      op_app_failed(e);
  }
}

// A cfg override `Op = v` or `Op <- Other` (kept out of eval_apply_ref, which runs for every call).
[[gnu::noinline]] static Value eval_override(Evaluator& ev, const DefInfo& info, const Expr& e,
                                            const std::vector<ast::ExprPtr>& args, Ctx& c) {
  if (info.has_override) return info.override_value;
  std::vector<Value> vals;
  for (const auto& a : args) vals.push_back(ev.eval(*a, c));
  return ev.apply_def_values(*info.override_def, vals, c, e);
}

Value Evaluator::eval_apply_ref(const Expr& e, const Ref& ref, const std::vector<ast::ExprPtr>& args, Ctx& c) {
  const ast::OpDef& def = *ref.def;
  const DefInfo* info = program_.find_info(&def);
  if (info) {
    if (info->has_override || info->override_def) return eval_override(*this, *info, e, args, c);
    if (info->native) {
      // eval_op_app's or eval_name's call (`a + b`, `Len(s)`): remember it
      if (&ref == &e.ref && (e.kind == ExprKind::OpApp || (e.kind == ExprKind::Name && e.segments.size() == 1))) {
        if (!native_sites_) native_sites_.reset(new NativeSite[kNativeSites]);
        native_site(e) = NativeSite{&e, info->native};
      }
      return eval_native(e, *info->native, args, c);
    }
    if (info->cached && !ref.via && c.env.inst == nullptr) return info->cache;
  }
  if (def.is_function) return eval_fn_def_value(def, c, e);
  if (!def.body) fail(e, "The operator " + def.name + " has no definition that can be evaluated.");
  int memo = !def.module && args.empty() && !let_memo_.empty() ? find_let_memo(def, c) : -1;
  if (memo >= 0 && !let_memo_[memo].value.is_none()) return let_memo_[memo].value;
  Value v = eval_def_body(ref, args, c);
  if (memo >= 0) let_memo_[memo].value = v;  // entries above `memo` were closed meanwhile
  return v;
}

Value Evaluator::eval_def_body(const Ref& ref, const std::vector<ast::ExprPtr>& args, Ctx& c) {
  const ast::OpDef& def = *ref.def;
  ExprFacts* facts = args.empty() ? facts_.cacheable_definition(def) : nullptr;
  if (args.empty() && def.params.empty() && !def.module && !ref.via) {
    // A 0-arity LET definition reads only the slots below its depth, which are those of the
    // caller's frame: no frame to copy them into (binders in its body copy them if needed).
    Ctx callee = c;
    callee.env = Env{c.env.base, def.scope_depth, c.env.inst};
    callee.at = nullptr;
    return facts ? eval_cacheable(def, ref, facts, callee, c) : eval(*def.body, callee);
  }
  CallFrame f;
  if (ref.via) f.inst[f.ninst++] = InstFrame{ref.via, Env{c.top, 0, c.env.inst}};
  bind_call(def, args, c, f);
  return facts ? eval_cacheable(def, ref, facts, f.ctx, c) : eval(*f.body, f.ctx);
}

Value Evaluator::eval_cacheable(const ast::OpDef& def, const Ref& ref, ExprFacts* facts, Ctx& callee, Ctx& c) {
  // A constant-level 0-arity definition outside instances: once; a state-level one: once per
  // state (and per instance frames).
  if (facts->constant_level && !ref.via && !c.env.inst) return eval_closed_constant(*def.body, callee);
  const Value* state = read_state(c);
  uint64_t sig = 0;
  if (state && facts->worth_caching() && frames_signature(ref.via, 0, c.env.inst, sig)) {
    ++facts->lookups;
    // Outside instances the value depends on the variables the definition reads only (a
    // substitution may read others): ClockConstraint holds again on a successor with the same clock.
    const uint64_t read = !ref.via && !c.env.inst ? facts->vars_read : ~uint64_t{0};
    if (const Value* hit = cache_.find(&def, sig, state, c.states.nvars, read)) {
      ++facts->hits;
      return *hit;
    }
    Value v = eval(*def.body, callee);
    cache_.store(&def, sig, state, c.states.nvars, v);
    return v;
  }
  return eval(*def.body, callee);
}

Value Evaluator::eval_formula(const Expr& body, Ctx& c) {
  // A module-level statement: no slot of the caller's frame is visible in it.
  Ctx t = c;
  t.env = Env{c.top, 0, c.env.inst};
  t.at = nullptr;
  return eval(body, t);
}

Value Evaluator::eval_instance_name(const Expr& e, Ctx& c) {
  const auto& last = e.segments.back();
  const Ref& r = last.ref;
  // Thm!: (the statement of a THEOREM or ASSUME named Thm).
  const Ref& head = e.segments[0].ref;
  if (e.segments.size() == 2 && last.name == ":" && head.kind == Ref::Kind::Formula && head.formula)
    return eval_formula(*head.formula, c);
  if (r.kind == Ref::Kind::Formula) {  // I!Thm
    CallFrame f;
    if (open_call(e, c, f)) return eval(*f.body, f.ctx);
  }
  if (r.kind == Ref::Kind::Definition && r.def) {
    // An override may call M!Op to reach the original (see DefInfo::override_in_instances).
    const DefInfo* info = program_.find_info(r.def);
    if (info && (info->native || info->override_in_instances)) return eval_apply_ref(e, r, last.args, c);
    if (r.def->is_function) fail(e, "Instance-qualified recursive functions are not supported.");
    CallFrame f;
    if (!open_call(e, c, f)) fail(e, "The name cannot be evaluated (positional or label selectors are not supported).");
    for (Binding* b = f.ctx.env.base; b < f.ctx.top; ++b) b->memo = true;
    return eval(*f.body, f.ctx);
  }
  if (r.kind == Ref::Kind::Constant || r.kind == Ref::Kind::Variable) {
    // M!c or M!x: the substitution of the instance (single segment instances only).
    const auto& seg = e.segments[0];
    if (e.segments.size() != 2 || seg.ref.kind != Ref::Kind::Instance || !seg.ref.def->instance)
      fail(e, "Unsupported instance-qualified name.");
    const ast::OpDef& idef = *seg.ref.def;
    int scope = idef.module ? 0 : idef.scope_depth;
    int n = static_cast<int>(idef.params.size());
    Binding* base = push_frame(c, scope + n);
    for (int k = 0; k < scope; ++k) base[k] = c.env.base[k];
    for (int k = 0; k < n && k < static_cast<int>(seg.args.size()); ++k)
      make_arg(*seg.args[k], idef.params[k].arity, c, true, *this, base[scope + k], base + scope + n);
    InstFrame frame{idef.instance.get(), Env{base, scope + n, c.env.inst}};
    Ctx t = c;
    t.top = base + scope + n;
    t.env.inst = &frame;
    return r.kind == Ref::Kind::Constant ? eval_constant(e, r, t) : eval_variable(e, r, t);
  }
  if (positional_operand(e)) {
    CallFrame f;
    if (open_call(e, c, f)) return eval(*f.body, f.ctx);
  }
  fail(e, "Unsupported instance-qualified name (label selectors are not supported yet).");
}

Value Evaluator::eval_variable(const Expr& e, const Ref& ref, Ctx& c) {
  int idx;
  if (c.env.inst) {
    if (const Value* v = instance_variable_ref(ref, c)) return *v;
    const ast::VariableDecl* decl = program_.variable_decl(ref);
    for (const InstFrame* f = c.env.inst; f; f = f->env.inst) {
      int s = program_.substitution_index(f->decl, decl);
      if (s >= 0) return eval_substitution(*f, s, c);
    }
    idx = program_.variable_index(decl);
  } else {
    idx = program_.variable_index(ref);
  }
  const std::string& name = e.segments.back().name;
  if (idx < 0) fail(e, "The variable " + name + " is not a variable of the specification being checked.");
  if (c.primed) {
    if (!c.states.next || c.states.next[idx].is_none())
      fail(e, "The primed variable " + name + "' is used before its value is determined (no conjunct such as " +
                  name + "' = e or " + name + "' \\in S has set it yet).");
    return c.states.next[idx];
  }
  if (!c.states.cur) fail(e, "The variable " + name + " is used where no state is available (a constant expression).");
  if (c.states.cur[idx].is_none())
    fail(e, "The variable " + name + " is used before its value is determined (initial predicate).");
  return c.states.cur[idx];
}

Value Evaluator::eval_native(const Expr& e, const NativeEntry& n, const std::vector<ast::ExprPtr>& args, Ctx& c) {
  int count = static_cast<int>(args.size());
  // The common arities without constructing and destroying a full array of 8 values.
  if (n.strict && count == 2) {
    Value vals[2] = {eval(*args[0], c), eval(*args[1], c)};  // left to right
    if (n.int_op != IntOp::None && vals[0].is_int() && vals[1].is_int()) {
      int64_t a = vals[0].raw_int(), b = vals[1].raw_int(), r;
      switch (n.int_op) {
        case IntOp::Add:
          if (!__builtin_add_overflow(a, b, &r)) return Value::integer(r);
          break;  // the native reports the overflow
        case IntOp::Sub:
          if (!__builtin_sub_overflow(a, b, &r)) return Value::integer(r);
          break;
        case IntOp::Less: return Value::boolean(a < b);
        case IntOp::Greater: return Value::boolean(a > b);
        case IntOp::Leq: return Value::boolean(a <= b);
        case IntOp::Geq: return Value::boolean(a >= b);
        case IntOp::None: break;
      }
    }
    return n.strict(vals);
  }
  if (n.strict && count == 1) {  // `Len(network[p][q])` reads its argument in place
    Value holder;
    return n.strict(value_ref(*args[0], c, holder));
  }
  return eval_native_general(e, n, args, c);
}

// eval_native's other arities and lazy natives, out of line (its frame is large).
Value Evaluator::eval_native_general(const Expr& e, const NativeEntry& n, const std::vector<ast::ExprPtr>& args,
                                     Ctx& c) {
  int count = static_cast<int>(args.size());
  if (n.strict && count <= 8) {
    Value vals[8];
    for (int i = 0; i < count; ++i) vals[i] = eval(*args[i], c);
    return n.strict(vals);
  }
  Binding* base = push_frame(c, count);
  for (int i = 0; i < count; ++i) make_arg(*args[i], 0, c, true, *this, base[i], base + count);
  for (int i = 0; i < count; ++i)
    if (args[i]->kind == ExprKind::Lambda || (args[i]->kind == ExprKind::Name && args[i]->segments.back().args.empty() &&
                                              args[i]->ref.kind == Ref::Kind::Definition &&
                                              !args[i]->ref.def->params.empty())) {
      base[i] = Binding();
      base[i].kind = Binding::Kind::Op;
      base[i].expr = args[i].get();
      base[i].env = c.env;
    }
  Ctx t = c;
  t.top = base + count;
  if (n.strict) {
    std::vector<Value> vals;
    for (int i = 0; i < count; ++i) vals.push_back(force(base[i], t));
    return n.strict(vals.data());
  }
  NativeArgs na(*this, t, base, count, e);
  return n.lazy(na);
}

}  // namespace tlatrace::eval
