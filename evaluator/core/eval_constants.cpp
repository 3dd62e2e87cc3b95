// CONSTANT references: a value bound by the cfg, an operator CONSTANT substituted by a
// definition or a LAMBDA (`F <- G`, `WITH F <- LAMBDA x : e`), and substitutions of INSTANCE ... WITH.
#include "evaluator/core/call_args.hpp"
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;
using detail::final_args;
using detail::make_arg;

bool Evaluator::open_constant_call(const Expr& e, const Ref& ref, Ctx& c, CallFrame& out) {
  const auto& args = final_args(e);
  const ast::ConstantDecl* decl = program_.constant_decl(ref);
  const InstFrame* frames = c.env.inst;  // where a substitution of `decl` is looked for
  const ast::OpDef* def = nullptr;
  const InstFrame* def_frames = nullptr;  // the instance frames `def` is evaluated under
  for (int hops = 0; decl && !def && hops < 64; ++hops) {
    const InstFrame* hit = nullptr;
    int idx = -1;
    for (const InstFrame* f = frames; f && idx < 0; f = f->env.inst)
      if ((idx = program_.substitution_index(f->decl, decl)) >= 0) hit = f;
    if (!hit) {  // bound by the cfg
      const ConstantValue* cv = program_.find_constant(decl);
      if ((!cv || !cv->bound) && !frames) cv = program_.find_constant_by_name(decl->name);
      if (!cv || !cv->op) return false;
      def = cv->op;
      def_frames = nullptr;
      break;
    }
    const Expr& sub = *hit->decl->with[idx].value;
    if (sub.kind == ExprKind::Lambda) return open_lambda(sub, hit->env, args, c, out);
    if (sub.kind != ExprKind::Name || sub.segments.size() != 1 || !sub.segments[0].args.empty() || sub.ref.via)
      return false;
    if (sub.ref.kind == Ref::Kind::Definition) {
      def = sub.ref.def;
      def_frames = hit->env.inst;
    } else if (sub.ref.kind == Ref::Kind::Constant) {  // an outer constant: resolve it in turn
      decl = program_.constant_decl(sub.ref);
      frames = hit->env.inst;
    } else {
      return false;
    }
  }
  // Follow cfg `Def <- Other`; natives and `Def = value` are applied to values by the caller.
  for (int hops = 0; def && hops < 64; ++hops) {
    const DefInfo* info = program_.find_info(def);
    if (!info || !info->override_def) break;
    def = info->override_def;
    def_frames = nullptr;
  }
  const DefInfo* info = def ? program_.find_info(def) : nullptr;
  if (!def || !def->module || !def->body || def->is_function || def->params.size() != args.size() ||
      (info && (info->native || info->has_override)))
    return false;
  out.ninst = 0;
  bind_call(*def, args, c, out);
  out.ctx.env.inst = def_frames;  // the body belongs to the module that defines it
  for (Binding* b = out.ctx.env.base; b < out.ctx.top; ++b)
    if (b->kind == Binding::Kind::Thunk && b->expr) b->memo = false;
  return true;
}

bool Evaluator::open_lambda(const Expr& lambda, const Env& env, const std::vector<ast::ExprPtr>& args, Ctx& c,
                            CallFrame& out) {
  int scope = static_cast<int>(lambda.num);
  int n = static_cast<int>(lambda.params.size());
  if (static_cast<int>(args.size()) != n) return false;
  Binding* base = push_frame(c, scope + n);
  for (int i = 0; i < scope; ++i) base[i] = env.base[i];
  for (int i = 0; i < n; ++i) make_arg(*args[i], 0, c, false, *this, base[scope + i], base + scope + n);
  out.ninst = 0;
  out.def = nullptr;
  out.body = lambda.args[0].get();
  out.ctx = c;
  out.ctx.env = Env{base, scope + n, env.inst};
  out.ctx.top = base + scope + n;
  out.ctx.at = nullptr;
  return true;
}

Value Evaluator::eval_constant(const Expr& e, const Ref& ref, Ctx& c) {
  const auto& args = final_args(e);
  if (!args.empty()) {
    CallFrame f;
    if (open_constant_call(e, ref, c, f)) return eval(*f.body, f.ctx);
  } else if (!c.env.inst) {  // the common case: a constant bound to a value, read outside any INSTANCE
    const ConstantValue* cv = program_.constant_value(ref);
    if (cv && cv->bound && !cv->op) return cv->value;
  }
  const ast::ConstantDecl* decl = program_.constant_decl(ref);
  for (const InstFrame* f = c.env.inst; f; f = f->env.inst) {
    int idx = program_.substitution_index(f->decl, decl);
    if (idx >= 0) {
      if (!args.empty()) {  // substituted by an operator that is not a plain definition (I!Op, a builtin)
        std::vector<Value> vals;
        for (const auto& a : args) vals.push_back(eval(*a, c));
        Binding op;
        op.kind = Binding::Kind::Op;
        op.expr = f->decl->with[idx].value.get();
        op.env = f->env;
        return apply_op_binding(op, vals, c, e);
      }
      return eval_substitution(*f, idx, c);
    }
  }
  const ConstantValue* cv = decl ? program_.find_constant(decl) : nullptr;
  if ((!cv || !cv->bound) && decl) cv = program_.find_constant_by_name(decl->name);
  if (!cv || !cv->bound)
    fail(e, "The constant " + (decl ? decl->name : std::string("?")) + " has no value (assign one in the cfg file).");
  if (cv->op) {
    std::vector<Value> vals;
    for (const auto& a : args) vals.push_back(eval(*a, c));
    return apply_def_values(*cv->op, vals, c, e);
  }
  if (!args.empty()) fail(e, "The constant " + decl->name + " is a value, not an operator.");
  return cv->value;
}

}  // namespace tlatrace::eval
