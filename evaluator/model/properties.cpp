#include "evaluator/model/properties.hpp"

#include <set>

#include "evaluator/value/compare.hpp"
#include "parser/resolve/builtins.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;
using resolve::Builtin;

namespace {

const Ref& target(const Expr& e) {
  return e.kind == ExprKind::Name && e.segments.size() > 1 ? e.segments.back().ref : e.ref;
}

bool temporal_walk(const Expr& e, std::set<const ast::OpDef*>& seen) {
  switch (e.kind) {
    case ExprKind::WeakFair:
    case ExprKind::StrongFair:
    case ExprKind::TemporalExists:
    case ExprKind::TemporalForall:
      return true;
    default:
      break;
  }
  if (e.kind == ExprKind::OpApp && e.ref.kind == Ref::Kind::Builtin) {
    auto b = static_cast<Builtin>(e.ref.index);
    if (b == Builtin::Always || b == Builtin::Eventually || b == Builtin::LeadsTo || b == Builtin::WhilePlus) return true;
  }
  if (e.kind == ExprKind::Name || e.kind == ExprKind::OpApp) {
    const Ref& r = target(e);
    if (r.kind == Ref::Kind::Definition && r.def && r.def->body && seen.insert(r.def).second &&
        temporal_walk(*r.def->body, seen))
      return true;
  }
  for (const auto& a : e.args)
    if (a && temporal_walk(*a, seen)) return true;
  return false;
}

void walk(const Expr& e, std::vector<const Expr*>& openers, const Expr* conjunct, Program& program,
          std::vector<TemporalPart>& out) {
  auto add = [&](TemporalPart::Kind k, const Expr* x) {
    TemporalPart p;
    p.kind = k;
    p.openers = openers;
    p.expr = x;
    p.conjunct = conjunct;
    out.push_back(std::move(p));
  };
  switch (e.kind) {
    case ExprKind::And:
      for (const auto& a : e.args) walk(*a, openers, a.get(), program, out);
      return;
    case ExprKind::Label:
      return walk(*e.args[0], openers, conjunct, program, out);
    case ExprKind::WeakFair:
    case ExprKind::StrongFair:
      return add(TemporalPart::Kind::Liveness, &e);
    default:
      break;
  }
  if (!is_temporal(e)) return add(TemporalPart::Kind::Init, &e);
  if (e.kind == ExprKind::OpApp && e.ref.kind == Ref::Kind::Builtin &&
      static_cast<Builtin>(e.ref.index) == Builtin::Always) {
    const Expr& body = *e.args[0];
    if (body.kind == ExprKind::BoxAction) return add(TemporalPart::Kind::ActionAlways, &body);
    if (!is_temporal(body)) return add(TemporalPart::Kind::Always, &body);
    return add(TemporalPart::Kind::Liveness, &e);
  }
  if (e.kind == ExprKind::Name || e.kind == ExprKind::OpApp) {
    const Ref& r = target(e);
    bool no_args = e.kind == ExprKind::Name && e.segments.back().args.empty();
    if (r.kind == Ref::Kind::Definition && r.def && r.def->body && r.def->params.empty() && no_args) {
      openers.push_back(&e);
      walk(*r.def->body, openers, nullptr, program, out);
      openers.pop_back();
      return;
    }
  }
  add(TemporalPart::Kind::Liveness, &e);
}

// A reference into an instantiated module: `M!Op`, `R!L!Init`, or a name imported by an
// unnamed INSTANCE. Definitions are not entered: the property's own text decides.
bool names_instance(const Expr& e) {
  if ((e.kind == ExprKind::Name || e.kind == ExprKind::OpApp) && (e.ref.via || target(e).via)) return true;
  for (const auto& seg : e.segments) {
    if (seg.ref.kind == Ref::Kind::Instance) return true;
    for (const auto& a : seg.args)
      if (a && names_instance(*a)) return true;
  }
  for (const auto& a : e.args)
    if (a && names_instance(*a)) return true;
  return false;
}

}  // namespace

bool is_refinement(const std::vector<TemporalPart>& parts) {
  for (const auto& part : parts) {
    for (const Expr* o : part.openers)
      if (o->segments.size() > 1 || o->ref.via) return true;
    if (part.expr && names_instance(*part.expr)) return true;
  }
  return false;
}

namespace {

/// A name as written, instance segments included (`M!Inv`).
std::string written_name(const Expr& e) {
  std::string out;
  for (const auto& seg : e.segments) out += (out.empty() ? "" : "!") + seg.name;
  return out;
}

std::string location_of(const SourceRange& r) {
  std::string module = r.file ? r.file->path : "";
  size_t slash = module.find_last_of('/');
  if (slash != std::string::npos) module = module.substr(slash + 1);
  if (module.size() > 4 && module.compare(module.size() - 4, 4, ".tla") == 0) module.resize(module.size() - 4);
  return "line " + std::to_string(r.line) + ", col " + std::to_string(r.col) + " to line " +
         std::to_string(r.end_line) + ", col " + std::to_string(r.end_col) + " of module " + module;
}

}  // namespace

std::string always_part_name(const TemporalPart& part) {
  const Expr* p = part.expr;
  if (p && p->kind == ExprKind::Name && !p->segments.empty() && p->segments.back().args.empty()) return written_name(*p);
  if (part.conjunct) return location_of(part.conjunct->range);
  return part.openers.empty() ? "" : written_name(*part.openers.back());
}

bool is_temporal(const Expr& e) {
  std::set<const ast::OpDef*> seen;
  return temporal_walk(e, seen);
}

void decompose_temporal(const Expr& formula, Program& program, std::vector<TemporalPart>& out) {
  std::vector<const Expr*> openers;
  walk(formula, openers, nullptr, program, out);
}

Value eval_part(Evaluator& ev, const TemporalPart& part, Ctx& c) {
  CallFrame frames[8];
  Ctx* cur = &c;
  size_t n = part.openers.size();
  if (n > 8) throw EvalFailure(part.expr->range, "The property nests definitions too deeply.");
  for (size_t i = 0; i < n; ++i) {
    if (!ev.open_call(*part.openers[i], *cur, frames[i]))
      throw EvalFailure(part.openers[i]->range, "This definition cannot be entered to check the property.");
    for (Binding* b = frames[i].ctx.env.base; b < frames[i].ctx.top; ++b) b->memo = true;
    cur = &frames[i].ctx;
  }
  if (part.kind == TemporalPart::Kind::ActionAlways && part.expr->kind == ExprKind::BoxAction)
    return Value::boolean(step_satisfies(ev, *part.expr, *cur));
  return ev.eval(*part.expr, *cur);
}

// [A]_v on a step: a stutter of v satisfies it whatever A says, and comparing v with v' is far
// cheaper than A when A quantifies (a refinement's abstract Next), so v is compared first.
// TLC evaluates A first; the verdicts differ only when A fails to evaluate on a step that
// leaves v unchanged (TLC reports that error, this does not).
bool step_satisfies(Evaluator& ev, const Expr& box, Ctx& c) {
  const Expr& sub = *box.args[1];
  Ctx primed = c;
  primed.primed = true;
  if (equal(ev.eval(sub, primed), ev.eval(sub, c))) return true;
  return ev.eval_bool(*box.args[0], c, "an action");
}

}  // namespace tlatrace::eval
