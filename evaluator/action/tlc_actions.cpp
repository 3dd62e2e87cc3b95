// The enumerator's record of each successor's action as TLC's Tool.getActions splits the
// next-state relation (ActionTag::shown, leaf, ...), kept while a counterexample is rebuilt.
#include "evaluator/action/enumerator.hpp"
#include "evaluator/action/expr_parts.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

// Forms TLC's Tool.getActions looks through when it splits Next into actions: disjunctions,
// LET, labels, calls of definitions (enter_tlc_action decides on their arguments), and \E over
// sets it can enumerate before any state exists; the split ends at any other form.
bool Enumerator::tlc_splits(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Or:
    case ExprKind::Let:
    case ExprKind::Label: return true;
    case ExprKind::Exists:
      for (const auto& b : e.binders)
        if (!b.domain || !ev_.facts().of_expr(*b.domain).constant_level) return false;
      return true;
    case ExprKind::Name:
    case ExprKind::OpApp:  // as the call case of run: a definition, or a name through instances
      return target(e).kind == Ref::Kind::Definition || (e.kind == ExprKind::Name && e.segments.size() > 1);
    default: return false;
  }
}

void Enumerator::enter_tlc_action(const Expr& e, const CallFrame& f) {
  bool constant = true;
  for (const auto& a : operands(e)) constant = constant && ev_.facts().of_expr(*a).constant_level;
  // A definition of an instance with substitutions (SANY's SubstInNode in its body): TLC's
  // action is the call, located at the INSTANCE (APtcp's `INSTANCE tcp`: "<Next line 19, col 1
  // to line 19, col 12 of module APtcp>").
  const ast::InstanceDecl* substituted = nullptr;
  for (int i = 0; i < f.ninst; ++i)
    if (f.inst[i].decl && !f.inst[i].decl->with.empty()) substituted = f.inst[i].decl;
  if (!constant || substituted) {  // TLC's action is the call itself, named by the callee
    action_.leaf = &e;
    action_.leaf_in = action_.shown;
    action_.leaf_instance = substituted;
  }
  action_.shown = f.def;
  action_.shown_at = &e;
  action_.shown_call = constant ? &f.ctx : nullptr;
}

}  // namespace tlatrace::eval
