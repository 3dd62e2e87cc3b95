#include "refinement/refinement_step.hpp"

#include <filesystem>
#include <tuple>

#include "refinement/action_walk.hpp"
#include "refinement/conjunct_explainer.hpp"
#include "refinement/observed_record.hpp"
#include "refinement/spec_session.hpp"

namespace tlatrace::refine {

using eval::Ctx;
using eval::Value;

namespace {

using NamedValues = std::vector<std::pair<std::string, Value>>;

/// The definitions a temporal part is evaluated inside, opened as eval_part opens them.
struct OpenedPart {
  eval::CallFrame frames[8];
  Ctx* ctx = nullptr;
};

/// Opens `part`'s definitions from `c`; false when one cannot be entered.
bool open_part(eval::Evaluator& ev, const eval::TemporalPart& part, Ctx& c, OpenedPart& out) {
  if (part.openers.size() > 8) return false;
  Ctx* cur = &c;
  for (size_t i = 0; i < part.openers.size(); ++i) {
    if (!ev.open_call(*part.openers[i], *cur, out.frames[i])) return false;
    for (eval::Binding* b = out.frames[i].ctx.env.base; b < out.frames[i].ctx.top; ++b) b->memo = true;
    cur = &out.frames[i].ctx;
  }
  out.ctx = cur;
  return true;
}

std::string module_of(const SourceRange& r) {
  return r.valid() ? std::filesystem::path(r.file->path).stem().string() : std::string();
}

/// The abstract variables seen from inside the part (the innermost instance's substitutions),
/// or, for a property of the spec's own variables, the subscript v (its components if a tuple).
NamedValues abstract_values(SpecSession& s, const eval::TemporalPart& part, const Value* state) {
  Ctx c = s.enumerator().context(state, nullptr);
  OpenedPart opened;
  if (!open_part(s.evaluator(), part, c, opened)) throw eval::EvalFailure(part.expr->range, "cannot enter the property");
  Ctx& in = *opened.ctx;
  NamedValues out;
  if (const eval::InstFrame* inst = in.env.inst) {
    const auto* syms = s.model().program().resolver().symbols(inst->decl->target);
    for (const ast::VariableDecl* var : syms ? syms->variables : std::vector<const ast::VariableDecl*>{})
      for (const auto& sub : inst->decl->with)
        if (sub.name == var->name && sub.value) {
          Ctx t = in.with_env(inst->env);
          t.at = nullptr;
          out.emplace_back(var->name, s.evaluator().eval(*sub.value, t));
        }
    return out;
  }
  const ast::Expr& v = *part.expr->args[1];
  if (v.kind == ast::ExprKind::Tuple) {
    for (const auto& e : v.args) out.emplace_back(source_text(e->range), s.evaluator().eval(*e, in));
  } else {
    out.emplace_back(source_text(v.range), s.evaluator().eval(v, in));
  }
  return out;
}

eval::ConjunctExplanation to_explanation(const FalseConjunct& f) {
  return {f.range, module_of(f.range), f.text, f.values, f.witnesses};
}

/// Position of a false conjunct, to prefer the instance that got furthest into its action.
std::tuple<uint32_t, uint32_t> position(const std::optional<FalseConjunct>& f) {
  if (!f || !f->range.valid()) return {0, 0};
  return {f->range.line, f->range.col};
}

/// Each action of the abstract relation A, tried on (before, after) inside the opened part.
std::vector<eval::AbstractActionTry> try_actions(SpecSession& s, const ast::Expr& relation, Ctx& step) {
  eval::Evaluator& ev = s.evaluator();
  std::vector<eval::AbstractActionTry> out;
  std::vector<const ast::OpDef*> defs;
  std::vector<std::tuple<uint32_t, uint32_t>> best;
  visit_actions(ev, relation, step, [&](const ast::OpDef& def, Ctx& call, const BoundValues& bound) {
    size_t k = 0;
    while (k < defs.size() && defs[k] != &def) ++k;
    if (k == defs.size()) {
      defs.push_back(&def);
      best.emplace_back(0, 0);
      eval::AbstractActionTry t;
      t.action = def.name;
      t.location = def.range;
      t.module = def.module ? def.module->name : module_of(def.range);
      out.push_back(std::move(t));
    }
    eval::AbstractActionTry& t = out[k];
    if (t.holds) return true;
    BoundValues args = action_parameters(ev, def, call, call.top);
    args.insert(args.end(), bound.begin(), bound.end());
    bool holds = false;
    try {
      holds = ev.eval_bool(*def.body, call, "an action");
    } catch (const std::exception&) {
      holds = false;
    }
    if (holds) {
      t.holds = true;
      t.arguments = describe_arguments(args);
      t.false_conjunct.reset();
      return true;
    }
    std::optional<FalseConjunct> f = first_false_conjunct(ev, *def.body, call);
    bool first = t.arguments.empty() && !t.false_conjunct;
    if (first || position(f) > best[k]) {
      best[k] = position(f);
      t.arguments = describe_arguments(args);
      if (f) t.false_conjunct = to_explanation(*f);
      else t.false_conjunct.reset();
    }
    return true;
  });
  if (out.empty()) {  // A is not a disjunction of actions: try it whole
    eval::AbstractActionTry t;
    t.action = source_text(relation.range);
    t.location = relation.range;
    t.module = module_of(relation.range);
    try {
      t.holds = ev.eval_bool(relation, step, "an action");
    } catch (const std::exception&) {
      t.holds = false;
    }
    if (!t.holds)
      if (auto f = first_false_conjunct(ev, relation, step)) t.false_conjunct = to_explanation(*f);
    out.push_back(std::move(t));
  }
  return out;
}

/// The variables of a trace state in the model's order, or false when they are not (ALIAS).
bool state_of(const eval::Model& model, const eval::TraceStep& step, std::vector<Value>& out) {
  if (step.state.size() != model.nvars()) return false;
  out.clear();
  for (size_t i = 0; i < model.nvars(); ++i) {
    if (step.state[i].first != model.var_names[i]) return false;
    out.push_back(step.state[i].second);
  }
  return true;
}

}  // namespace

void explain_refinement_violation(eval::Model& model, eval::CheckResult& r) {
  if (r.verdict != eval::CheckResult::Verdict::Violation || r.kind != "property" || r.trace.size() < 2) return;
  const eval::TraceStep& last = r.trace.back();
  eval::RefinementStep out;
  out.step = last.step;
  out.action = last.action;
  out.property = r.name;
  std::vector<Value> before, after;
  if (!state_of(model, r.trace[r.trace.size() - 2], before) || !state_of(model, last, after)) {
    bool action_part = false;
    for (const auto& p : model.properties)
      for (const auto& part : p.parts) action_part |= p.name == r.name && part.kind == eval::TemporalPart::Kind::ActionAlways;
    if (!action_part) return;
    out.note = "the trace shows ALIAS fields, not the variables: the abstract step cannot be evaluated";
    r.refinement = std::move(out);
    return;
  }
  try {
    SpecSession s(model);
    s.set_level(static_cast<int64_t>(r.trace.size()) - 1);
    for (const auto& p : model.properties) {
      if (p.name != r.name) continue;
      for (const auto& part : p.parts) {
        if (part.kind != eval::TemporalPart::Kind::ActionAlways) continue;
        Ctx c = s.enumerator().context(before.data(), after.data());
        OpenedPart opened;
        if (!open_part(s.evaluator(), part, c, opened)) continue;
        Ctx& step = *opened.ctx;
        bool ok = true;
        try {
          ok = s.evaluator().eval_bool(*part.expr, step, "a property");
        } catch (const std::exception&) {
          continue;
        }
        if (ok) continue;
        out.relation = source_text(part.expr->range);
        for (size_t i = 1; i < part.openers.size(); ++i) out.via.push_back(source_text(part.openers[i]->range));
        out.abstract_module = step.env.inst ? step.env.inst->decl->module_name : model.root().name;
        out.tried = try_actions(s, *part.expr->args[0], step);
        out.before = abstract_values(s, part, before.data());
        out.after = abstract_values(s, part, after.data());
        for (size_t i = 0; i < out.before.size() && i < out.after.size(); ++i)
          if (!eval::equal(out.before[i].second, out.after[i].second)) out.changed.push_back(out.before[i].first);
        r.refinement = std::move(out);
        return;
      }
    }
  } catch (const std::exception& e) {
    out.note = std::string("the step could not be explained: ") + e.what();
    r.refinement = std::move(out);
  }
}

}  // namespace tlatrace::refine
