// The primitive operators of TLA+ (parser/resolve/builtins.hpp): logic, sets, DOMAIN, prime,
// UNCHANGED, ENABLED, \cdot. Temporal operators cannot be evaluated on states.
#include "evaluator/core/evaluator.hpp"
#include "evaluator/core/membership.hpp"
#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using resolve::Builtin;

Value Evaluator::eval_builtin(const Expr& e, int builtin, Ctx& c) {
  auto b = static_cast<Builtin>(builtin);
  const auto& a = e.kind == ast::ExprKind::Name ? e.segments.back().args : e.args;
  switch (b) {
    case Builtin::True:
      return Value::boolean(true);
    case Builtin::False:
      return Value::boolean(false);
    case Builtin::Boolean:
      return boolean_set();
    case Builtin::String:
      return string_set();
    case Builtin::Eq: {
      Value x = eval(*a[0], c);
      // S = {} (RECURSIVE Sum's test) for an enumerated S: its emptiness, as tlc_equal gives it.
      if (a[1]->kind == ast::ExprKind::SetEnum && a[1]->args.empty() && x.tag() == Tag::Set)
        return Value::boolean(x.as_set_obj().elems().empty());
      // f = << >> (APtcp's invariant `network[p] = <<>>`) for a function f: f is empty.
      if (a[1]->kind == ast::ExprKind::Tuple && a[1]->args.empty() && x.is_function())
        return Value::boolean(x.as_fcn_obj().size() == 0);
      // x = "LISTEN" (APtcp's `connstate[local] = "CLOSED"`) for a string x: the same atom.
      if (a[1]->kind == ast::ExprKind::String && x.is_string())
        return Value::boolean(x.raw_atom() == ast_atom(a[1]->str));
      Value y = eval(*a[1], c);
      if (x.is_int() && y.is_int()) return Value::boolean(x.raw_int() == y.raw_int());
      return Value::boolean(tlc_equal(x, y));
    }
    case Builtin::Neq: {
      Value x = eval(*a[0], c);
      // f # << >> (`network[q][p] # << >>`) for a function f: f is not empty, as tlc_equal
      // gives it, without building << >> (a shared one would put every worker on one count).
      if (a[1]->kind == ast::ExprKind::Tuple && a[1]->args.empty() && x.is_function())
        return Value::boolean(x.as_fcn_obj().size() != 0);
      if (a[1]->kind == ast::ExprKind::String && x.is_string())
        return Value::boolean(x.raw_atom() != ast_atom(a[1]->str));
      return Value::boolean(!tlc_equal(x, eval(*a[1], c)));
    }
    case Builtin::Not:
      return Value::boolean(!eval_bool(*a[0], c, "a negation"));
    case Builtin::Implies:
      return Value::boolean(!eval_bool(*a[0], c, "an implication") || eval_bool(*a[1], c, "an implication"));
    case Builtin::Equiv:
      return Value::boolean(eval_bool(*a[0], c, "an equivalence") == eval_bool(*a[1], c, "an equivalence"));
    // A constant-level set (TypeOK's `x \in [S -> T]`) is built once, as binder domains are.
    case Builtin::In:
      return Value::boolean(eval_membership(*a[0], *a[1], c));
    case Builtin::NotIn:
      return Value::boolean(!eval_membership(*a[0], *a[1], c));
    case Builtin::SubsetEq:
      return Value::boolean(is_subset(eval(*a[0], c), eval(*a[1], c)));
    case Builtin::Cup:
      return set_union(eval(*a[0], c), eval(*a[1], c));
    case Builtin::Cap:
      return set_intersection(eval(*a[0], c), eval(*a[1], c));
    case Builtin::SetMinus: {
      Value s = eval(*a[0], c);
      const Expr& t = *a[1];
      // S \ {x} (RECURSIVE Sum's step): no one-element set built.
      if (t.kind == ast::ExprKind::SetEnum && t.args.size() == 1) return set_remove(s, eval(*t.args[0], c));
      return set_difference(s, eval(t, c));
    }
    case Builtin::Subset:
      return subset_of(eval(*a[0], c));
    case Builtin::Union:
      return union_of(eval(*a[0], c));
    case Builtin::Domain:
      return domain(eval(*a[0], c));
    case Builtin::Prime: {
      if (c.primed) fail(e, "A primed expression appears inside another primed expression.");
      Ctx p = c;
      p.primed = true;
      return eval(*a[0], p);
    }
    case Builtin::Unchanged: {
      if (c.primed) fail(e, "UNCHANGED appears inside a primed expression.");
      Ctx p = c;
      p.primed = true;
      return Value::boolean(equal(eval(*a[0], p), eval(*a[0], c)));
    }
    case Builtin::Enabled:
      if (!hooks_) fail(e, "ENABLED cannot be evaluated here.");
      return Value::boolean(hooks_->enabled(*a[0], c));
    case Builtin::Cdot:
      if (!hooks_) fail(e, "\\cdot cannot be evaluated here.");
      return Value::boolean(hooks_->compose(*a[0], *a[1], c));
    case Builtin::Always:
    case Builtin::Eventually:
    case Builtin::LeadsTo:
    case Builtin::WhilePlus:
      fail(e, "The temporal operator " + std::string(resolve::builtin_symbol(b)) +
                  " cannot be evaluated on a state (it is only checked as a property).");
  }
  fail(e, "Unknown primitive operator.");
}

}  // namespace tlatrace::eval
