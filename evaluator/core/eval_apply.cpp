// Applying to values: a definition (through its cfg override or native), an operator
// argument (a LAMBDA, a definition's name, a parameter, an operator CONSTANT, a builtin), and
// the arguments natives read through NativeArgs.
#include "evaluator/core/evaluator.hpp"
#include "evaluator/core/membership.hpp"
#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

Value Evaluator::apply_def_values(const ast::OpDef& def, std::span<const Value> args, Ctx& c, const Expr& site) {
  const DefInfo* info = program_.find_info(&def);
  if (info) {
    if (info->has_override) return info->override_value;
    if (info->override_def) return apply_def_values(*info->override_def, args, c, site);
    if (info->native) {
      if (info->native->strict) return info->native->strict(args.data());
      Binding* base = push_frame(c, static_cast<int>(args.size()));
      for (size_t i = 0; i < args.size(); ++i) base[i] = Binding::of_value(args[i]);
      Ctx t = c;
      t.top = base + args.size();
      NativeArgs na(*this, t, base, static_cast<int>(args.size()), site);
      return info->native->lazy(na);
    }
    if (args.empty() && info->cached) return info->cache;
  }
  if (def.is_function) {
    if (args.empty()) return eval_fn_def_value(def, c, site);
  }
  if (!def.body) fail(site, "The operator " + def.name + " has no definition that can be evaluated.");
  int scope = def.module ? 0 : def.scope_depth;
  int n = static_cast<int>(def.params.size());
  if (static_cast<int>(args.size()) != n) fail(site, "The operator " + def.name + " is applied to the wrong number of arguments.");
  Binding* base = push_frame(c, scope + n);
  for (int i = 0; i < scope; ++i) base[i] = c.env.base[i];
  for (int i = 0; i < n; ++i) base[scope + i] = Binding::of_value(args[i]);
  Ctx t = c;
  t.env = Env{base, scope + n, c.env.inst};
  t.top = base + scope + n;
  t.at = nullptr;
  return eval(*def.body, t);
}

Value Evaluator::apply_op_binding(const Binding& op, std::span<const Value> args, Ctx& c, const Expr& site) {
  if (op.kind != Binding::Kind::Op || !op.expr) {
    if (args.empty()) return force(const_cast<Binding&>(op), c);
    fail(site, "A value was applied to arguments as if it were an operator.");
  }
  const Expr& x = *op.expr;
  Ctx t = c;
  t.env = op.env;
  if (x.kind == ExprKind::Lambda) {
    int scope = static_cast<int>(x.num);
    int n = static_cast<int>(x.params.size());
    if (static_cast<int>(args.size()) != n) fail(site, "A LAMBDA is applied to the wrong number of arguments.");
    Binding* base = push_frame(c, scope + n);
    for (int i = 0; i < scope; ++i) base[i] = op.env.base[i];
    for (int i = 0; i < n; ++i) base[scope + i] = Binding::of_value(args[i]);
    t.env = Env{base, scope + n, op.env.inst};
    t.top = base + scope + n;
    t.at = nullptr;
    return eval(*x.args[0], t);
  }
  const Ref& r = x.kind == ExprKind::Name && x.segments.size() > 1 ? x.segments.back().ref : x.ref;
  switch (r.kind) {
    case Ref::Kind::Definition:
      return apply_def_values(*r.def, args, t, site);
    case Ref::Kind::Parameter:
    case Ref::Kind::Bound:
      return apply_op_binding(op.env.base[r.index], args, t, site);
    case Ref::Kind::Constant: {
      const ConstantValue* cv = program_.find_constant(program_.constant_decl(r));
      if (cv && cv->op) return apply_def_values(*cv->op, args, t, site);
      break;
    }
    case Ref::Kind::Builtin: {
      auto b = static_cast<resolve::Builtin>(r.index);
      if (args.size() == 2 && b == resolve::Builtin::Eq) return Value::boolean(tlc_equal(args[0], args[1]));
      if (args.size() == 2 && b == resolve::Builtin::In) return Value::boolean(member(args[0], args[1]));
      if (args.size() == 2 && b == resolve::Builtin::Cup) return set_union(args[0], args[1]);
      if (args.size() == 2 && b == resolve::Builtin::Cap) return set_intersection(args[0], args[1]);
      break;
    }
    default:
      break;
  }
  fail(site, "This operator argument cannot be applied.");
}

Value Evaluator::eval_definition(const ast::OpDef& def, Ctx& c, const Expr& site) {
  return apply_def_values(def, {}, c, site);
}

Value NativeArgs::value(int i) { return ev_.force(args_[i], ctx_); }

Value NativeArgs::apply(int i, std::span<const Value> operands) {
  return ev_.apply_op_binding(args_[i], operands, ctx_, site_);
}

}  // namespace tlatrace::eval
