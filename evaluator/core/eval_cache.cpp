// Cached evaluation: INSTANCE substitutions once per state, constant-level expressions once per
// Evaluator, and the signature of the instance frames a per-state cache entry is keyed by (see
// level_facts.hpp, state_cache.hpp).
#include "evaluator/core/evaluator.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

namespace {
// Substitutions cheaper to evaluate than to look up.
bool trivial(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Number:
    case ExprKind::String:
    case ExprKind::Bool:
      return true;
    case ExprKind::Name:
      return e.segments.size() == 1 && e.segments[0].args.empty() &&
             (e.ref.kind == Ref::Kind::Constant || e.ref.kind == Ref::Kind::Variable ||
              e.ref.kind == Ref::Kind::Parameter || e.ref.kind == Ref::Kind::Bound);
    default:
      return false;
  }
}
}  // namespace

// The value of a substitution `x <- e` of frame `f`, evaluated in the instantiating environment.
// When `e` is state-level and reads none of that environment's slots (and neither do the
// frames around it), its value depends on one state only and is computed once per state.
const Value* Evaluator::substituted_variable(const InstFrame& f, int index, const Ctx& c) const {
  const Value* state = read_state(c);
  const Expr& e = *f.decl->with[index].value;
  if (state && !f.env.inst && e.kind == ExprKind::Name && e.ref.kind == Ref::Kind::Variable &&
      e.segments.size() == 1) {
    int idx = program_.variable_index(e.ref);
    if (idx >= 0 && !state[idx].is_none()) return &state[idx];
  }
  return nullptr;
}

const Value* Evaluator::instance_variable_ref(const Ref& ref, const Ctx& c) {
  const InstFrame* first = c.env.inst;
  if (!first->env.inst) {
    // One instance frame: the state index its substitution of `ref` reads, remembered by
    // (ref, instance) (-1: not a variable of the checked module; evaluate it instead).
    if (!inst_var_sites_) inst_var_sites_.reset(new InstVarSite[kInstVarSites]);
    uintptr_t key = reinterpret_cast<uintptr_t>(&ref) ^ reinterpret_cast<uintptr_t>(first->decl);
    InstVarSite& site = inst_var_sites_[(key >> 3) * 0x9E3779B97F4A7C15ULL >> 56 & (kInstVarSites - 1)];
    if (site.ref != &ref || site.decl != first->decl) {
      int s = program_.substitution_index(first->decl, program_.variable_decl(ref));
      const Expr* e = s >= 0 ? first->decl->with[s].value.get() : nullptr;
      bool plain = e && e->kind == ExprKind::Name && e->ref.kind == Ref::Kind::Variable && e->segments.size() == 1;
      site = InstVarSite{&ref, first->decl, plain ? program_.variable_index(e->ref) : -1};
    }
    const Value* state = read_state(c);
    return site.index >= 0 && state && !state[site.index].is_none() ? &state[site.index] : nullptr;
  }
  const ast::VariableDecl* decl = program_.variable_decl(ref);
  for (const InstFrame* f = c.env.inst; f; f = f->env.inst) {
    int s = program_.substitution_index(f->decl, decl);
    if (s >= 0) return substituted_variable(*f, s, c);
  }
  return nullptr;  // not substituted: eval_variable's error
}

Value Evaluator::eval_substitution(const InstFrame& f, int index, Ctx& c) {
  const auto& sub = f.decl->with[index];
  const Value* state = read_state(c);
  // `x <- y` with y a variable of the checked module (the implicit substitutions of an unnamed
  // INSTANCE): y's value, read as eval_variable would (an unset y goes the long way, for its error).
  if (const Value* v = substituted_variable(f, index, c)) return *v;
  const Expr& e = *sub.value;
  Ctx t = c;
  t.env = f.env;
  t.at = nullptr;
  if (!state || trivial(e)) return eval(e, t);
  ExprFacts& facts = facts_.of_expr(*sub.value);
  uint64_t sig = 0;
  if (!facts.state_level || facts.min_free_slot < f.env.depth || !facts.worth_caching() ||
      !frames_signature(nullptr, 0, f.env.inst, sig))
    return eval(*sub.value, t);
  ++facts.lookups;
  if (const Value* hit = cache_.find(sub.value.get(), sig, state, c.states.nvars)) {
    ++facts.hits;
    return *hit;
  }
  Value v = eval(*sub.value, t);
  cache_.store(sub.value.get(), sig, state, c.states.nvars, v);
  return v;
}

Value Evaluator::eval_closed_constant(const Expr& e, Ctx& c) {
  if (c.env.inst) return eval(e, c);
  ExprFacts& facts = facts_.of_expr(e);
  if (!facts.constant_level || facts.min_free_slot < c.env.depth) return eval(e, c);
  if (facts.has_constant) return facts.constant;
  Value v = eval(e, c);
  ExprFacts& again = facts_.of_expr(e);  // evaluation may have added entries
  again.constant = v;
  again.has_constant = true;
  return v;
}

bool Evaluator::frames_signature(const ast::InstanceDecl* first, int first_depth, const InstFrame* rest,
                                 uint64_t& sig) {
  sig = 0;
  auto add = [&](const ast::InstanceDecl* d) {
    sig = (sig ^ reinterpret_cast<uintptr_t>(d)) * 0x9E3779B97F4A7C15ULL;
    sig ^= sig >> 29;
  };
  if (first) {
    if (!facts_.instance_closed(*first, first_depth)) return false;
    add(first);
  }
  for (const InstFrame* f = rest; f; f = f->env.inst) {
    if (!facts_.instance_closed(*f->decl, f->env.depth)) return false;
    add(f->decl);
  }
  return true;
}

}  // namespace tlatrace::eval
