#include "refinement/action_walk.hpp"

#include <algorithm>

#include "evaluator/value/values.hpp"

namespace tlatrace::refine {

using ast::Expr;
using ast::ExprKind;
using eval::Ctx;
using eval::Value;

namespace {

/// Whether a definition body is split further (so the definition is not itself the action).
bool splits(const Expr& body) {
  const Expr* e = &body;
  while (e->kind == ExprKind::Let || e->kind == ExprKind::Label) e = e->args[0].get();
  if (e->kind == ExprKind::Or || e->kind == ExprKind::Exists) return true;
  if (e->kind == ExprKind::Name || e->kind == ExprKind::OpApp)
    return e->ref.kind == ast::Ref::Kind::Definition && e->ref.def && e->ref.def->body && !e->ref.def->is_function;
  return false;
}

struct Walk {
  eval::Evaluator& ev;
  ActionVisitor visit;
  size_t budget;
  BoundValues bound;

  bool run(const Expr& e, Ctx& c) {
    if (budget == 0) return false;
    switch (e.kind) {
      case ExprKind::Or:
        for (const auto& a : e.args)
          if (!run(*a, c)) return false;
        return true;
      case ExprKind::Let:
      case ExprKind::Label:
        return run(*e.args[0], c);
      case ExprKind::Exists: {
        size_t n = 0;
        for (const auto& b : e.binders) n += b.names.size();
        std::vector<std::string> names;
        for (const auto& b : e.binders)
          for (const auto& nm : b.names) names.push_back(nm.name);
        bool go = true;
        ev.for_each_binding(e.binders, c, [&](Ctx& in) {
          size_t mark = bound.size();
          for (size_t j = 0; j < n; ++j) bound.emplace_back(names[j], in.env.base[in.env.depth - n + j].value);
          go = run(*e.args[0], in);
          bound.resize(mark);
          return go;
        });
        return go;
      }
      case ExprKind::Name:
      case ExprKind::OpApp: {
        eval::CallFrame f;
        if (ev.open_call(e, c, f)) {
          if (splits(*f.body)) return run(*f.body, f.ctx);
          --budget;
          return visit(*f.def, f.ctx, bound);
        }
        return true;
      }
      default:
        return true;
    }
  }
};

void collect(const Expr& e, std::vector<const ast::OpDef*>& out, int depth) {
  if (depth > 64) return;
  switch (e.kind) {
    case ExprKind::Or:
      for (const auto& a : e.args) collect(*a, out, depth + 1);
      return;
    case ExprKind::Let:
    case ExprKind::Label:
    case ExprKind::Exists:
      return collect(*e.args[0], out, depth + 1);
    case ExprKind::Name:
    case ExprKind::OpApp: {
      const ast::Ref& r = e.kind == ExprKind::Name && e.segments.size() > 1 ? e.segments.back().ref : e.ref;
      if (r.kind != ast::Ref::Kind::Definition || !r.def || !r.def->body || r.def->is_function) return;
      if (splits(*r.def->body)) return collect(*r.def->body, out, depth + 1);
      if (std::find(out.begin(), out.end(), r.def) == out.end()) out.push_back(r.def);
      return;
    }
    default:
      return;
  }
}

}  // namespace

bool visit_actions(eval::Evaluator& ev, const Expr& next, Ctx& c, ActionVisitor visit, size_t budget) {
  Walk w{ev, visit, budget, {}};
  return w.run(next, c);
}

std::vector<const ast::OpDef*> action_definitions(eval::Evaluator& ev, const Expr& next, Ctx& c) {
  std::vector<const ast::OpDef*> out;
  collect(next, out, 0);
  // Actions reached only through instances or overrides are found by walking with values.
  visit_actions(ev, next, c, [&](const ast::OpDef& def, Ctx&, const BoundValues&) {
    if (std::find(out.begin(), out.end(), &def) == out.end()) out.push_back(&def);
    return true;
  }, 2000);
  return out;
}

}  // namespace tlatrace::refine
