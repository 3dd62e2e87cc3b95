#include "evaluator/core/level_facts.hpp"

#include <algorithm>

#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;
using resolve::Builtin;

namespace {
// Natives whose value is not a function of their arguments, or that have effects.
bool native_is_pure(const NativeEntry& n) {
  return !n.state_dependent && n.name != "Print" && n.name != "PrintT";
}
}  // namespace

ExprFacts& LevelFacts::of_expr(const Expr& e) {
  auto& memo = expr_memo_.at(&e);
  if (memo.key == &e) return *memo.facts;
  auto it = exprs_.find(&e);
  if (it == exprs_.end()) {
    ExprFacts f = compute(e);
    it = exprs_.insert_or_assign(&e, f).first;
  }
  memo = {&e, &it->second};
  return it->second;
}

ExprFacts LevelFacts::compute(const Expr& e) {
  ExprFacts f;
  visit(e, f);
  f.constant_level = f.constant_level && f.state_level;
  return f;
}

bool LevelFacts::instance_closed(const ast::InstanceDecl& decl, int depth) {
  auto it = instances_.find(&decl);
  if (it == instances_.end()) {
    ExprFacts f;
    for (const auto& s : decl.with) {
      if (!s.value) continue;
      const ExprFacts& sf = of_expr(*s.value);
      f.state_level = f.state_level && sf.state_level;
      f.min_free_slot = std::min(f.min_free_slot, sf.min_free_slot);
    }
    it = instances_.emplace(&decl, f).first;
  }
  return it->second.state_level && it->second.min_free_slot >= depth;
}

ExprFacts* LevelFacts::cacheable_definition(const ast::OpDef& def) {
  if (!def.params.empty() || def.is_function || def.instance || !def.body) return nullptr;
  auto& memo = def_memo_.at(&def);
  if (memo.key == &def) return memo.facts;
  of_def(def);
  auto it = defs_.find(&def);
  if (it == defs_.end()) return nullptr;
  ExprFacts* f = &it->second.facts;
  if (!f->state_level || (!def.module && f->min_free_slot < def.scope_depth)) f = nullptr;
  // Final once computed from the root (entries are erased only inside a root computation).
  if (depth_ == 0 && it->second.done) memo = {&def, f};
  return f;
}

const ExprFacts& LevelFacts::of_def(const ast::OpDef& def) {
  auto it = defs_.find(&def);
  if (it != defs_.end()) {
    if (!it->second.done) in_progress_used_.push_back(&def);
    return it->second.facts;
  }
  bool root = depth_ == 0;
  defs_[&def] = DefState{};  // optimistic while in progress (recursive definitions)
  ++depth_;
  ExprFacts f;
  const DefInfo* info = program_.find_info(&def);
  if (info && info->has_override) {
    // cfg `Op = value`: a constant.
  } else if (info && info->override_def) {
    const ExprFacts& o = of_def(*info->override_def);
    f.state_level = o.state_level;
    f.constant_level = o.constant_level;
    f.vars_read = o.vars_read;
  } else if (info && info->native) {
    f.state_level = native_is_pure(*info->native);
  } else {
    if (def.body) visit(*def.body, f);
    for (const auto& b : def.fn_binders)
      if (b.domain) visit(*b.domain, f);
  }
  if (def.instance) f.state_level = false;
  f.constant_level = f.constant_level && f.state_level;
  --depth_;
  DefState& st = defs_[&def];
  st.facts = f;
  st.done = true;
  computed_.push_back(&def);
  if (root) {
    bool optimism_failed = false;
    for (const ast::OpDef* d : in_progress_used_)
      if (!defs_[d].facts.state_level || !defs_[d].facts.constant_level) optimism_failed = true;
    if (optimism_failed)
      for (const ast::OpDef* d : computed_)
        if (d != &def) defs_.erase(d);
    // A definition that met one still in progress (recursion) may not know all it reads.
    if (!in_progress_used_.empty())
      for (const ast::OpDef* d : computed_) {
        auto it = defs_.find(d);
        if (it != defs_.end()) it->second.facts.vars_read = ~uint64_t{0};
      }
    in_progress_used_.clear();
    computed_.clear();
  }
  return defs_[&def].facts;
}

void LevelFacts::visit_ref(const Ref& r, ExprFacts& out) {
  switch (r.kind) {
    case Ref::Kind::Builtin: {
      auto b = static_cast<Builtin>(r.index);
      if (b == Builtin::Prime || b == Builtin::Unchanged || b == Builtin::Enabled || b == Builtin::Cdot ||
          b == Builtin::Always || b == Builtin::Eventually || b == Builtin::LeadsTo || b == Builtin::WhilePlus)
        out.state_level = false;
      return;
    }
    case Ref::Kind::Definition: {
      if (r.via || !r.def) {
        out.state_level = false;
        return;
      }
      ExprFacts f = of_def(*r.def);
      out.state_level = out.state_level && f.state_level;
      out.constant_level = out.constant_level && f.constant_level;
      out.vars_read |= f.vars_read;
      // A LET definition reads the slots of the definition it is nested in.
      if (!r.def->module) out.min_free_slot = std::min(out.min_free_slot, f.min_free_slot);
      return;
    }
    case Ref::Kind::Parameter:
    case Ref::Kind::Bound:
      out.min_free_slot = std::min(out.min_free_slot, static_cast<int>(r.index));
      return;
    case Ref::Kind::Constant:
      return;
    case Ref::Kind::Variable: {
      out.constant_level = false;
      int idx = program_.variable_index(r);
      out.vars_read |= idx >= 0 && idx < 64 ? uint64_t{1} << idx : ~uint64_t{0};
      return;
    }
    default:  // instances, labels, formulas, unresolved names
      out.state_level = false;
      return;
  }
}

void LevelFacts::visit(const Expr& e, ExprFacts& out) {
  switch (e.kind) {
    case ExprKind::BoxAction:
    case ExprKind::AngleAction:
    case ExprKind::TemporalForall:
    case ExprKind::TemporalExists:
    case ExprKind::WeakFair:
    case ExprKind::StrongFair:
      out.state_level = false;
      break;
    case ExprKind::Name:
      if (e.segments.size() > 1) out.state_level = false;
      for (const auto& s : e.segments) {
        visit_ref(s.ref, out);
        for (const auto& a : s.args)
          if (a) visit(*a, out);
      }
      break;
    case ExprKind::OpApp:
      visit_ref(e.ref, out);
      break;
    default:
      break;
  }
  for (const auto& a : e.args)
    if (a) visit(*a, out);
  for (const auto& b : e.binders)
    if (b.domain) visit(*b.domain, out);
  for (const auto& u : e.updates) {
    for (const auto& st : u.path)
      for (const auto& a : st.index)
        if (a) visit(*a, out);
    if (u.value) visit(*u.value, out);
  }
  for (const auto& arm : e.arms) {
    if (arm.guard) visit(*arm.guard, out);
    if (arm.value) visit(*arm.value, out);
  }
  for (const auto& d : e.defs) {
    if (!d) continue;
    if (d->body) visit(*d->body, out);
    for (const auto& b : d->fn_binders)
      if (b.domain) visit(*b.domain, out);
  }
}

}  // namespace tlatrace::eval
