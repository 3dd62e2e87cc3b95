#include "evaluator/core/membership.hpp"

#include "evaluator/core/binders.hpp"
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

bool member(const Value& elem, const Value& set) {
  if (set.tag() != Tag::LazySet) return is_member(elem, set);
  const LazySetObj& obj = set.as_lazy_obj();
  switch (obj.kind) {
    case LazyKind::FcnSet: {
      if (!elem.is_function()) return is_member(elem, set);  // the value layer's message
      const FcnObj& f = elem.as_fcn_obj();
      if (!equal(domain(elem), obj.args[0])) return false;
      for (const Value& v : f.rng)
        if (!member(v, obj.args[1])) return false;
      return true;
    }
    case LazyKind::Seq: {
      if (!elem.is_function() || !is_sequence(elem)) return is_member(elem, set);
      for (const Value& v : elem.as_fcn_obj().rng)
        if (!member(v, obj.args[0])) return false;
      return true;
    }
    case LazyKind::RcdSet: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (f.seq || f.size() != obj.names.size()) return f.seq && f.size() == 0 && obj.names.empty();
      for (size_t i = 0; i < obj.names.size(); ++i) {
        const Value* v = try_apply(elem, Value::string(obj.names[i]));
        if (!v || !member(*v, obj.args[i])) return false;
      }
      return true;
    }
    case LazyKind::Product: {
      if (!elem.is_function()) return is_member(elem, set);
      const FcnObj& f = elem.as_fcn_obj();
      if (!f.seq || f.size() != obj.args.size()) return false;
      for (size_t i = 0; i < f.size(); ++i)
        if (!member(f.rng[i], obj.args[i])) return false;
      return true;
    }
    case LazyKind::Cup:
      return member(elem, obj.args[0]) || member(elem, obj.args[1]);
    case LazyKind::Cap:
      return member(elem, obj.args[0]) && member(elem, obj.args[1]);
    case LazyKind::Diff:
      return member(elem, obj.args[0]) && !member(elem, obj.args[1]);
    case LazyKind::Union: {
      bool found = false;
      for_each_element(obj.args[0], [&](const Value& s) {
        found = member(elem, s);
        return !found;
      });
      return found;
    }
    case LazyKind::Subset: {
      if (!elem.is_set()) return is_member(elem, set);
      bool all = true;
      for_each_element(elem, [&](const Value& e) {
        all = member(e, obj.args[0]);
        return all;
      });
      return all;
    }
    case LazyKind::Filter:
      return member(elem, obj.args[0]) && obj.filter->test(elem);
    default:
      return is_member(elem, set);
  }
}

// x \in {y \in S : P}, the set written in place or as a 0-arity definition, is decided as
// x \in S /\ P(x) without building the set, as TLC (whose SetPredValue is lazy) does: a filter
// over SUBSET SUBSET S or [S -> T] tested once per state would otherwise be enumerated.
bool Evaluator::eval_membership(const ast::Expr& elem, const ast::Expr& set, Ctx& c) {
  const ast::Expr* s = &set;
  Ctx scope = c;
  if (s->kind == ast::ExprKind::Name && s->segments.size() == 1 && s->segments[0].args.empty() &&
      s->ref.kind == ast::Ref::Kind::Definition && s->ref.def && !s->ref.via) {
    const ast::OpDef& d = *s->ref.def;
    const DefInfo* info = program_.find_info(&d);
    if (d.module && d.params.empty() && d.body && !d.is_function &&
        !(info && (info->native || info->has_override || info->override_def || info->cached))) {
      scope.env = Env{c.top, 0, c.env.inst};  // a module-level body sees no caller slot
      scope.at = nullptr;
      s = d.body.get();
    }
  }
  while (s->kind == ast::ExprKind::Label) s = s->args[0].get();
  if (s->kind != ast::ExprKind::SetFilter || s->binders.size() != 1 || s->binders[0].names.size() != 1 ||
      s->binders[0].tuple || !s->binders[0].domain)
    return member(eval(elem, c), eval_closed_constant(set, c));
  Value x = eval(elem, c);
  if (!member(x, eval_closed_constant(*s->binders[0].domain, scope))) return false;
  Ctx inner = enter_binders(scope, 1);
  inner.env.base[inner.env.depth] = Binding::of_value(std::move(x));
  inner.env.depth += 1;
  return eval_bool(*s->args[0], inner, "a set filter");
}

}  // namespace tlatrace::eval
