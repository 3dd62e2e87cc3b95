#include "inspect/watch.hpp"

#include <set>

#include "evaluator/core/eval_failure.hpp"
#include "evaluator/value/enumerate.hpp"
#include "evaluator/value/json.hpp"
#include "evaluator/value/print.hpp"
#include "parser/resolve/builtins.hpp"
#include "parser/syntax/parse.hpp"
#include "refinement/spec_session.hpp"

namespace tlatrace::inspect {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

namespace {

class LevelWalk {
 public:
  bool expr(const Expr& e) {
    if (e.kind == ExprKind::BoxAction || e.kind == ExprKind::AngleAction) return true;
    if (e.kind == ExprKind::OpApp && e.ref.kind == Ref::Kind::Builtin) {
      auto b = static_cast<resolve::Builtin>(e.ref.index);
      if (b == resolve::Builtin::Prime || b == resolve::Builtin::Unchanged || b == resolve::Builtin::Cdot) return true;
    }
    if (e.kind == ExprKind::OpApp && ref(e.ref)) return true;
    for (const auto& seg : e.segments) {
      if (ref(seg.ref)) return true;
      for (const auto& a : seg.args)
        if (a && expr(*a)) return true;
    }
    if (e.kind == ExprKind::Name && ref(e.ref)) return true;
    for (const auto& a : e.args)
      if (a && expr(*a)) return true;
    for (const auto& b : e.binders)
      if (b.domain && expr(*b.domain)) return true;
    for (const auto& u : e.updates) {
      if (u.value && expr(*u.value)) return true;
      for (const auto& step : u.path)
        for (const auto& i : step.index)
          if (i && expr(*i)) return true;
    }
    for (const auto& arm : e.arms)
      if ((arm.guard && expr(*arm.guard)) || (arm.value && expr(*arm.value))) return true;
    for (const auto& d : e.defs)
      if (d && d->body && expr(*d->body)) return true;
    return false;
  }

 private:
  bool ref(const Ref& r) {
    if (r.via && instance(*r.via)) return true;
    if (!r.def || !seen_.insert(r.def).second) return false;
    if (r.kind == Ref::Kind::Definition && r.def->body) return expr(*r.def->body);
    if (r.kind == Ref::Kind::Instance && r.def->instance) return instance(*r.def->instance);
    return false;
  }
  bool instance(const ast::InstanceDecl& inst) {
    if (!seen_instances_.insert(&inst).second) return false;
    for (const auto& s : inst.with)
      if (s.value && expr(*s.value)) return true;
    return false;
  }

  std::set<const ast::OpDef*> seen_;
  std::set<const ast::InstanceDecl*> seen_instances_;
};

/// The state of one step as the model's variables, or nullopt (with the reason) when the step
/// has none or misses a variable.
std::optional<std::vector<eval::Value>> state_of(const eval::Model& model, const CounterexampleStep& s,
                                                 std::string& why) {
  if (!s.has_state) return std::nullopt;
  std::vector<eval::Value> out;
  for (const auto& name : model.var_names) {
    auto it = s.values.find(name);
    if (it == s.values.end()) {
      why = "the report has no value of " + name + " in step " + std::to_string(s.number);
      return std::nullopt;
    }
    try {
      out.push_back(eval::from_itf(*it));
    } catch (const std::exception& e) {
      why = "the value of " + name + " in step " + std::to_string(s.number) + " cannot be read: " + e.what();
      return std::nullopt;
    }
  }
  return out;
}

void collect_model_values(const eval::Value& v, std::set<std::string>& out, int depth = 0) {
  if (depth > 8) return;
  if (v.is_model()) {
    out.insert(v.raw_atom()->text);
  } else if (v.tag() == eval::Tag::Set) {
    eval::for_each_element(v, [&](const eval::Value& e) {
      collect_model_values(e, out, depth + 1);
      return true;
    });
  } else if (v.tag() == eval::Tag::Function) {
    const eval::FcnObj& f = v.as_fcn_obj();
    for (const auto& d : f.dom()) collect_model_values(d, out, depth + 1);
    for (const auto& r : f.rng()) collect_model_values(r, out, depth + 1);
  }
}

/// The model values the cfg gives the root module's CONSTANTs that the spec does not define.
std::set<std::string> unnamed_model_values(Frontend& fe, eval::Model& model, const ast::Module& root) {
  std::set<std::string> out;
  const resolve::ModuleSymbols* syms = fe.symbols(&root);
  if (!syms) return out;
  for (const ast::ConstantDecl* c : syms->constants)
    if (const eval::ConstantValue* v = model.program().find_constant(c); v && v->bound)
      collect_model_values(v->value, out);
  std::erase_if(out, [&](const std::string& name) { return syms->all.count(name) != 0; });
  return out;
}

/// `LET n1 == n1 ... IN expr` for the model values `text` names: each LET definition is
/// overridden (as a cfg `Op = value` is) by the model value itself.
ast::ExprPtr with_model_values(ast::ExprPtr expr, const std::set<std::string>& model_values, const std::string& text,
                               eval::Program& program) {
  std::vector<std::string> named;
  for (const auto& name : model_values)
    if (text.find(name) != std::string::npos) named.push_back(name);
  if (named.empty()) return expr;
  auto let = std::make_unique<Expr>(ExprKind::Let, expr->range);
  for (const auto& name : named) {
    auto def = std::make_unique<ast::OpDef>();
    def->name = name;
    def->range = def->name_range = expr->range;
    def->body = std::make_unique<Expr>(ExprKind::Bool, expr->range);
    eval::DefInfo& info = program.info(def.get());
    info.has_override = true;
    info.override_value = eval::Value::model(name);
    let->defs.push_back(std::move(def));
  }
  let->args.push_back(std::move(expr));
  return let;
}

}  // namespace

bool is_action_level(const ast::Expr& e) { return LevelWalk().expr(e); }

std::optional<std::vector<WatchExpr>> parse_watches(Frontend& fe, eval::Model& model, const ast::Module& root,
                                                    const std::vector<std::string>& texts) {
  Diagnostics& diags = fe.diagnostics();
  size_t errors_before = diags.error_count();
  std::set<std::string> model_values = unnamed_model_values(fe, model, root);
  std::vector<WatchExpr> out;
  for (const auto& text : texts) {
    const SourceFile* file = fe.sources().add("--watch", text);
    WatchExpr w;
    w.text = text;
    ast::ExprPtr parsed = syntax::parse_expression(*file, diags);
    if (!parsed) continue;
    w.expr = with_model_values(std::move(parsed), model_values, text, model.program());
    fe.resolver().resolve_expression(root, *w.expr);
    w.action_level = is_action_level(*w.expr);
    out.push_back(std::move(w));
  }
  model.program().freeze();
  if (diags.error_count() != errors_before || out.size() != texts.size()) return std::nullopt;
  return out;
}

std::vector<WatchResult> evaluate_watches(eval::Model& model, const std::vector<WatchExpr>& watches,
                                          const Counterexample& cx) {
  refine::SpecSession session(model);
  session.set_print([](const std::string&) {});
  std::vector<std::optional<std::vector<eval::Value>>> states;
  std::vector<std::string> missing(cx.steps.size());
  for (size_t i = 0; i < cx.steps.size(); ++i) states.push_back(state_of(model, cx.steps[i], missing[i]));

  std::vector<WatchResult> out;
  for (const auto& w : watches) {
    WatchResult r;
    r.expr = w.text;
    r.action_level = w.action_level;
    for (size_t i = 0; i < cx.steps.size(); ++i) {
      std::optional<std::string> value;
      std::string error;
      bool consecutive = i > 0 && cx.steps[i - 1].number + 1 == cx.steps[i].number;
      if (!states[i]) {
        error = missing[i];  // empty for a record no spec state matched: simply no value
      } else if (w.action_level && i == 0) {
        // No step leads into the first state shown.
      } else if (w.action_level && !states[i - 1]) {
        error = missing[i - 1];
      } else if (w.action_level && !consecutive) {
        error = "the step before step " + std::to_string(cx.steps[i].number) + " is not in the report";
      } else {
        try {
          session.set_level(cx.steps[i].number);
          std::vector<eval::Value> next = *states[i];
          eval::Ctx c = w.action_level ? session.enumerator().context(states[i - 1]->data(), next.data())
                                       : session.enumerator().context(states[i]->data(), nullptr);
          value = eval::to_tla_string(session.evaluator().eval(*w.expr, c));
        } catch (const eval::EvalFailure& e) {
          error = e.range().valid() ? e.range().to_string() + ": " + e.what() : std::string(e.what());
        } catch (const std::exception& e) {
          error = e.what();
        }
      }
      r.values.push_back(std::move(value));
      r.errors.push_back(std::move(error));
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace tlatrace::inspect
