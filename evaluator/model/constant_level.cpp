// Which definitions are constant-level (no variables, primes, ENABLED, instances or
// checker-dependent natives anywhere in what they use): TLC evaluates those once.
#include "evaluator/model/constant_level.hpp"

#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::Ref;

namespace {

bool ref_ok(const Ref& r, Program& p, std::unordered_map<const ast::OpDef*, int>& memo);

bool expr_ok(const Expr& e, Program& p, std::unordered_map<const ast::OpDef*, int>& memo) {
  if (e.kind == ast::ExprKind::Name) {
    if (e.segments.size() > 1) return false;
    for (const auto& s : e.segments) {
      if (!ref_ok(s.ref, p, memo)) return false;
      for (const auto& a : s.args)
        if (a && !expr_ok(*a, p, memo)) return false;
    }
  }
  if (e.kind == ast::ExprKind::OpApp && !ref_ok(e.ref, p, memo)) return false;
  for (const auto& a : e.args)
    if (a && !expr_ok(*a, p, memo)) return false;
  for (const auto& b : e.binders)
    if (b.domain && !expr_ok(*b.domain, p, memo)) return false;
  for (const auto& u : e.updates) {
    for (const auto& st : u.path)
      for (const auto& a : st.index)
        if (a && !expr_ok(*a, p, memo)) return false;
    if (u.value && !expr_ok(*u.value, p, memo)) return false;
  }
  for (const auto& arm : e.arms)
    if (!expr_ok(*arm.guard, p, memo) || !expr_ok(*arm.value, p, memo)) return false;
  for (const auto& d : e.defs)
    if (d && d->body && !expr_ok(*d->body, p, memo)) return false;
  return true;
}

bool ref_ok(const Ref& r, Program& p, std::unordered_map<const ast::OpDef*, int>& memo) {
  if (r.via) return false;
  switch (r.kind) {
    case Ref::Kind::Variable:
    case Ref::Kind::Instance:
    case Ref::Kind::Unresolved:
      return false;
    case Ref::Kind::Builtin: {
      auto b = static_cast<resolve::Builtin>(r.index);
      return b != resolve::Builtin::Prime && b != resolve::Builtin::Unchanged && b != resolve::Builtin::Enabled &&
             b != resolve::Builtin::Cdot;
    }
    case Ref::Kind::Definition:
      return r.def && definition_is_constant_level(*r.def, p, memo);
    default:
      return true;
  }
}

}  // namespace

bool definition_is_constant_level(const ast::OpDef& def, Program& p, std::unordered_map<const ast::OpDef*, int>& memo) {
  auto it = memo.find(&def);
  if (it != memo.end()) return it->second != 0;
  memo[&def] = 1;  // optimistic while in progress (recursion)
  bool ok = true;
  if (const DefInfo* info = p.find_info(&def)) {
    // TLC evaluates a constant-level definition once, before the search, even one that draws a
    // random value (SpanTreeRandom's Edges == ... RandomElement(...)): it is one value per run.
    if (info->native) ok = !info->native->state_dependent || info->native->name == "RandomElement";
    else if (info->override_def) ok = definition_is_constant_level(*info->override_def, p, memo);
    else if (!info->has_override && def.body) ok = expr_ok(*def.body, p, memo);
  } else if (def.body) {
    ok = expr_ok(*def.body, p, memo);
  }
  if (ok && def.is_function)
    for (const auto& b : def.fn_binders)
      if (b.domain && !expr_ok(*b.domain, p, memo)) ok = false;
  if (def.instance) ok = false;
  memo[&def] = ok ? 1 : 0;
  return ok;
}

}  // namespace tlatrace::eval
