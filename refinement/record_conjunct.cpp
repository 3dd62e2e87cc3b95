#include "refinement/record_conjunct.hpp"

#include "evaluator/value/values.hpp"
#include "parser/ast/ast.hpp"
#include "parser/resolve/builtins.hpp"
#include "refinement/conjunct_explainer.hpp"
#include "refinement/json_match.hpp"

namespace tlatrace::refine {

using ast::Expr;
using ast::ExprKind;
using eval::Value;

namespace {

bool is_builtin(const Expr& e, resolve::Builtin b) {
  return e.kind == ExprKind::OpApp && e.ref.kind == ast::Ref::Kind::Builtin && e.ref.index == static_cast<int>(b);
}

/// The variable `e` reads when it is `v'` (else -1).
int primed_variable(const Expr& e) {
  if (!is_builtin(e, resolve::Builtin::Prime) || e.args.empty()) return -1;
  const Expr& v = *e.args[0];
  return v.kind == ExprKind::Name && v.ref.kind == ast::Ref::Kind::Variable ? v.ref.index : -1;
}

/// The variables a formula reads (declared variables, by index), in source order.
void variables_in(const Expr& e, std::vector<int>& out) {
  if (e.kind == ExprKind::Name && e.ref.kind == ast::Ref::Kind::Variable) {
    bool seen = false;
    for (int v : out) seen |= v == e.ref.index;
    if (!seen) out.push_back(e.ref.index);
  }
  for (const auto& a : e.args)
    if (a) variables_in(*a, out);
  for (const auto& s : e.segments)
    for (const auto& a : s.args)
      if (a) variables_in(*a, out);
}

std::string value_of(const FalseConjunct& f, const Expr& e) {
  std::string text = source_text(e.range);
  for (const auto& [t, v] : f.values)
    if (t == text) return v;
  return "";
}

/// "the record gives x' = 5; the action requires x' = x + 1, which is 4".
void explain(FalseConjunct& f, const eval::Model& model, const Value* cur, const std::vector<Value>& next) {
  const Expr* e = f.expr;
  while (e && (e->kind == ExprKind::Label || e->kind == ExprKind::Let)) e = e->args[0].get();
  if (!e) return;
  const auto& names = model.var_names;
  auto record_gives = [&](int v) { return names[v] + "' = " + eval::to_tla_string(next[v]); };
  if (is_builtin(*e, resolve::Builtin::Eq) && e->args.size() == 2) {
    for (int side = 0; side < 2; ++side) {
      int v = primed_variable(*e->args[side]);
      if (v < 0 || next[v].is_none()) continue;
      const Expr& other = *e->args[1 - side];
      std::string required = value_of(f, other);
      f.explanation = "the record gives " + record_gives(v) + "; the action requires " + names[v] + "' = " +
                      source_text(other.range) + (required.empty() ? "" : ", which is " + required);
      return;
    }
  }
  std::vector<int> vars;
  variables_in(*e, vars);
  std::string given, before;
  bool unchanged = is_builtin(*e, resolve::Builtin::Unchanged);
  for (int v : vars) {
    if (next[v].is_none()) continue;
    if (!unchanged && f.text.find(names[v] + "'") == std::string::npos) continue;
    given += (given.empty() ? "" : ", ") + record_gives(v);
    if (unchanged && !eval::equal(next[v], cur[v]))
      before += (before.empty() ? "" : ", ") + names[v] + " = " + eval::to_tla_string(cur[v]);
  }
  if (given.empty()) return;
  f.explanation = "the record gives " + given;
  if (unchanged && !before.empty()) f.explanation += "; UNCHANGED requires the values before the step: " + before;
}

}  // namespace

std::vector<Value> record_next_state(const ObservedRecord& r, const Value* like, size_t nvars) {
  std::vector<Value> next(nvars);
  for (const auto& [index, j] : r.observed) {
    try {
      next[index] = json_to_value_like(*j, like ? like[index] : Value());
    } catch (const std::exception&) {
      // No TLA+ value: the variable stays unknown.
    }
  }
  return next;
}

std::optional<FalseConjunct> conjunct_against_record(SpecSession& s, const DiagnosedState& st,
                                                     const ast::OpDef& def, const std::string& arguments,
                                                     std::vector<Value>& next) {
  eval::Ctx c = s.enumerator().context(st.vars, next.data());
  std::optional<FalseConjunct> out;
  visit_actions(s.evaluator(), *s.model().next, c, [&](const ast::OpDef& d, eval::Ctx& call, const BoundValues& bound) {
    if (&d != &def) return true;
    BoundValues all = action_parameters(s.evaluator(), d, call, call.top);
    all.insert(all.end(), bound.begin(), bound.end());
    if (!arguments.empty() && describe_arguments(all) != arguments) return true;
    out = first_false_conjunct(s.evaluator(), *d.body, call);
    return false;
  });
  if (out) {
    out->against_record = true;
    explain(*out, s.model(), st.vars, next);
  }
  return out;
}

}  // namespace tlatrace::refine
