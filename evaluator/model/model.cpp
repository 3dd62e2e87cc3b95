#include "evaluator/model/model.hpp"

#include <sstream>

#include "evaluator/model/constant_level.hpp"
#include "evaluator/model/reachable.hpp"

namespace tlatrace::eval {

using ast::Expr;
using ast::ExprKind;
using ast::Ref;

Model::Model(Frontend& fe, ast::Module& root) : fe_(fe), root_(root) {
  program_ = std::make_unique<Program>(fe.resolver(), root);
  program_->index_modules(fe.loader().modules());
  evaluator_ = std::make_unique<Evaluator>(*program_);
  stack_ = std::make_unique<BindingStack>(1 << 16);
  for (const auto* v : program_->variables()) var_names.push_back(v->name);
}

Ctx Model::constant_context() {
  Ctx c;
  c.env = Env{stack_->begin(), 0, nullptr};
  c.top = stack_->begin();
  c.limit = stack_->end();
  return c;
}

Value Model::cfg_value(const cfg::CfgValue& v) {
  switch (v.kind) {
    case cfg::CfgValue::Kind::Int:
      return Value::integer(v.int_value);
    case cfg::CfgValue::Kind::String:
      return Value::string(v.text);
    case cfg::CfgValue::Kind::Bool:
      return Value::boolean(v.bool_value);
    case cfg::CfgValue::Kind::ModelValue:
      return Value::model(v.text);
    case cfg::CfgValue::Kind::Set: {
      std::vector<Value> elems;
      for (const auto& e : v.elements) elems.push_back(cfg_value(e));
      return make_set(std::move(elems));
    }
  }
  return Value();
}

// A Name expression for a cfg name (`Op` or `Inst!Op`), resolved in the root module.
const Expr* Model::name_expr(const cfg::CfgName& name, Diagnostics& diags) {
  auto e = std::make_unique<Expr>(ExprKind::Name, name.range);
  std::stringstream ss(name.text);
  std::string part;
  while (std::getline(ss, part, '!')) {
    ast::NameSegment seg;
    seg.name = part;
    seg.range = name.range;
    e->segments.push_back(std::move(seg));
  }
  size_t before = diags.error_count();
  fe_.resolver().resolve_expression(root_, *e);
  if (diags.error_count() > before) return nullptr;
  owned_.push_back(std::move(e));
  return owned_.back().get();
}

// `e`, a definition's name inside a module that the root imports by an unnamed INSTANCE, as a
// name of the root module (same definition, reached through the instance), or null.
const Expr* Model::imported_name(const Expr& e, Diagnostics& diags) {
  if (e.kind != ExprKind::Name || e.segments.size() != 1 || !e.segments[0].args.empty() ||
      e.ref.kind != Ref::Kind::Definition)
    return nullptr;
  const resolve::ModuleSymbols* syms = fe_.symbols(&root_);
  auto it = syms ? syms->all.find(e.segments[0].name) : decltype(syms->all.end()){};
  if (!syms || it == syms->all.end() || it->second.ref.def != e.ref.def || !it->second.ref.via) return nullptr;
  return name_expr(cfg::CfgName{e.segments[0].name, e.range}, diags);
}

bool Model::bind_constants(const cfg::Config& cfg, Diagnostics& diags) {
  const resolve::ModuleSymbols* syms = fe_.symbols(&root_);
  bool ok = true;
  // `C <- D` bound once every `=` is: D a 0-arity definition (evaluated) or a CONSTANT (its
  // value, as TLC takes `Leader <- L` after `L = L`); the target a CONSTANT or a definition.
  struct Pending {
    const ast::ConstantDecl* decl;
    DefInfo* info;
    const ast::OpDef* def;
    const ast::ConstantDecl* source;
    SourceRange where;
  };
  std::vector<Pending> pending;
  for (const auto& b : cfg.constants) {
    const resolve::ModuleSymbols* scope = syms;
    if (b.module) {
      const ast::Module* m = nullptr;
      for (const ast::Module* mod : fe_.loader().modules())
        if (mod->name == b.module->text) m = mod;
      scope = m ? fe_.symbols(m) : nullptr;
      if (!scope) {
        diags.error(b.module->range, "unknown module '" + b.module->text + "'");
        ok = false;
        continue;
      }
    }
    auto it = scope->all.find(b.name.text);
    if (it == scope->all.end() && b.kind != cfg::BindingKind::Substitution && !b.module) {
      // TLC ignores `x = v` for a name the spec does not declare (cfgs often list model values so).
      warnings.emplace_back(b.name.range, "'" + b.name.text +
                                              "' is neither a CONSTANT nor a definition of the specification: the "
                                              "assignment is ignored");
      continue;
    }
    if (it == scope->all.end()) {
      diags.error(b.name.range, "'" + b.name.text + "' is neither a CONSTANT nor a definition of the specification");
      ok = false;
      continue;
    }
    const Ref& r = it->second.ref;
    const ast::OpDef* sub = nullptr;
    const ast::ConstantDecl* source = nullptr;
    if (b.kind == cfg::BindingKind::Substitution) {
      auto st = syms->all.find(b.substitute.text);
      if (st != syms->all.end() && st->second.ref.kind == Ref::Kind::Constant &&
          program_->constant_decl(st->second.ref)->arity == 0) {
        source = program_->constant_decl(st->second.ref);
      } else if (st == syms->all.end() || st->second.ref.kind != Ref::Kind::Definition) {
        diags.error(b.substitute.range,
                    "'" + b.substitute.text + "' is not a definition or a CONSTANT of the specification");
        ok = false;
        continue;
      } else {
        sub = st->second.ref.def;
      }
    }
    if (!b.args.empty()) {
      diags.error(b.range, "operator tables in CONSTANTS (F(a) = v) are not supported");
      ok = false;
      continue;
    }
    if (r.kind == Ref::Kind::Constant) {
      const ast::ConstantDecl* decl = program_->constant_decl(r);
      ConstantValue& cv = program_->constant(decl);
      cv.bound = true;
      if (source || (sub && sub->params.empty())) {
        pending.push_back({decl, nullptr, sub, source, b.range});
      } else if (sub) {
        cv.op = sub;
      } else {
        cv.value = cfg_value(b.value);
      }
    } else if (r.kind == Ref::Kind::Definition) {
      DefInfo& info = program_->info(r.def);
      info.override_in_instances = b.module.has_value();
      if (source) {
        info.has_override = true;
        pending.push_back({nullptr, &info, nullptr, source, b.range});
      } else if (sub) {
        info.override_def = sub;
      } else {
        info.has_override = true;
        info.override_value = cfg_value(b.value);
      }
    } else {
      diags.error(b.name.range, "'" + b.name.text + "' cannot be assigned in the cfg (it is not a CONSTANT or definition)");
      ok = false;
    }
  }
  if (!ok) return false;
  for (const auto* c : syms->constants) {
    const ConstantValue* cv = program_->find_constant(c);
    if (!cv || !cv->bound) {
      diags.error(cfg.file ? SourceRange{cfg.file, 1, 1, 1, 1} : c->range,
                  "The constant parameter " + c->name + " is not assigned a value by the configuration file");
      diags.note(c->range, "'" + c->name + "' is declared here");
      ok = false;
    }
  }
  if (!ok) return false;
  // In order: later ones may use earlier ones.
  for (const auto& p : pending) {
    Ctx c = constant_context();
    try {
      Value v;
      if (p.source) {
        const ConstantValue* from = program_->find_constant(p.source);
        if (!from || from->value.is_none()) {
          diags.error(p.where, "'" + p.source->name + "' has no value yet where it is substituted");
          ok = false;
          continue;
        }
        v = from->value;
      } else {
        v = evaluator_->apply_def_values(*p.def, {}, c, *p.def->body);
      }
      if (p.decl) program_->constant(p.decl).value = v;
      else p.info->override_value = v;
    } catch (const EvalFailure& err) {
      diags.error(err.range().valid() ? err.range() : p.where, err.what());
      ok = false;
    }
  }
  return ok;
}

void Model::cache_constant_definitions() {
  std::vector<const Expr*> roots(init.begin(), init.end());
  for (const auto* list : {&invariants, &constraints, &action_constraints, &postconditions})
    for (const auto& n : *list) roots.push_back(n.expr);
  for (const auto& p : properties)
    for (const auto& part : p.parts) roots.push_back(part.expr);
  for (const Expr* e : {next, view, symmetry, alias}) roots.push_back(e);
  for (const auto& a : assumptions) roots.push_back(a.second);
  std::unordered_set<const ast::OpDef*> used = reachable_definitions(roots, *program_);
  std::unordered_map<const ast::OpDef*, int> memo;
  for (const ast::Module* m : fe_.loader().modules()) {
    for (const auto& unit : m->units) {
      auto* dp = std::get_if<std::unique_ptr<ast::OpDef>>(&unit);
      if (!dp) continue;
      const ast::OpDef& def = **dp;
      if (!def.params.empty() || def.instance || !def.body || def.is_function || !used.count(&def)) continue;
      DefInfo& info = program_->info(&def);
      if (info.native || info.has_override || info.cached) continue;
      if (!definition_is_constant_level(def, *program_, memo)) continue;
      Ctx c = constant_context();
      try {
        info.cache = evaluator_->apply_def_values(def, {}, c, *def.body);
        info.cached = true;
      } catch (const std::exception&) {
        // Left uncached: the error is reported where the definition is used.
      }
    }
  }
}

bool Model::pick_behavior(const cfg::Config& cfg, Diagnostics& diags) {
  if (cfg.specification) {
    const Expr* spec = name_expr(*cfg.specification, diags);
    if (!spec) return false;
    std::vector<TemporalPart> parts;
    decompose_temporal(*spec, *program_, parts);
    for (const auto& p : parts) {
      bool named_instance = false, unnamed_instance = false;
      for (const Expr* o : p.openers) {
        named_instance |= o->segments.size() > 1;
        unnamed_instance |= o->ref.via != nullptr;
      }
      // A part inside a module imported by an unnamed INSTANCE is evaluated through the root
      // module's name for it, whose reference carries the instance's substitutions.
      auto reach = [&](const Expr* e) { return unnamed_instance ? imported_name(*e, diags) : e; };
      const Expr* part = p.kind == TemporalPart::Kind::ActionAlways ? p.expr->args[0].get() : p.expr;
      if (named_instance || (p.kind != TemporalPart::Kind::Liveness && !reach(part))) {
        diags.error(cfg.specification->range,
                    "a SPECIFICATION inside an instantiated module is not supported (except a module imported "
                    "by an unnamed INSTANCE whose Init and Next are named definitions)");
        return false;
      }
      switch (p.kind) {
        case TemporalPart::Kind::Init:
          init.push_back(reach(part));
          break;
        case TemporalPart::Kind::ActionAlways:
          if (next) {
            warnings.emplace_back(p.expr->range, "only the first [][Next]_vars conjunct of the specification is used");
          } else {
            next = reach(part);
            next_name = cfg.specification->text;
          }
          break;
        case TemporalPart::Kind::Always:
          warnings.emplace_back(p.expr->range, "the []P conjunct of the specification is checked as an invariant");
          invariants.push_back({cfg.specification->text, reach(part)});
          break;
        case TemporalPart::Kind::Liveness:
          warnings.emplace_back(p.expr->range, "fairness/liveness conjunct of the specification is not checked "
                                               "(tlatrace checks safety only)");
          break;
      }
    }
    if (init.empty() || !next) {
      diags.error(cfg.specification->range, "the SPECIFICATION must have the form Init /\\ [][Next]_vars");
      return false;
    }
    return true;
  }
  if (!cfg.init && !cfg.next && nvars() == 0 && cfg.invariants.empty() && cfg.properties.empty()) {
    // As TLC: a spec without variables and a configuration without a behavior only has its
    // ASSUMEs checked.
    assumptions_only = true;
    return true;
  }
  if (!cfg.init || !cfg.next) {
    diags.error(cfg.file ? SourceRange{cfg.file, 1, 1, 1, 1} : SourceRange{},
                "the configuration names neither a SPECIFICATION nor both INIT and NEXT");
    return false;
  }
  const Expr* i = name_expr(*cfg.init, diags);
  const Expr* n = name_expr(*cfg.next, diags);
  if (!i || !n) return false;
  init.push_back(i);
  next = n;
  next_name = cfg.next->text;
  return true;
}

bool Model::resolve_lists(const cfg::Config& cfg, Diagnostics& diags) {
  bool ok = true;
  auto list = [&](const std::vector<cfg::CfgName>& names, std::vector<NamedExpr>& out) {
    for (const auto& n : names) {
      const Expr* e = name_expr(n, diags);
      if (e) out.push_back({n.text, e});
      else ok = false;
    }
  };
  list(cfg.invariants, invariants);
  list(cfg.constraints, constraints);
  list(cfg.action_constraints, action_constraints);
  list(cfg.postconditions, postconditions);
  for (const auto& n : cfg.properties) {
    const Expr* e = name_expr(n, diags);
    if (!e) {
      ok = false;
      continue;
    }
    Property p;
    p.name = n.text;
    decompose_temporal(*e, *program_, p.parts);
    for (const auto& part : p.parts)
      if (part.kind == TemporalPart::Kind::Liveness)
        warnings.emplace_back(n.range, "property " + n.text +
                                           " has a liveness or fairness part that is not checked (tlatrace checks "
                                           "safety properties only)");
    properties.push_back(std::move(p));
  }
  auto single = [&](const std::optional<cfg::CfgName>& n, const Expr*& out) {
    if (!n) return;
    out = name_expr(*n, diags);
    if (!out) ok = false;
  };
  single(cfg.view, view);
  single(cfg.symmetry, symmetry);
  single(cfg.alias, alias);
  if (cfg.check_deadlock) check_deadlock = *cfg.check_deadlock;
  return ok;
}

std::unique_ptr<Model> Model::build(Frontend& fe, ast::Module& root, const cfg::Config& cfg, Diagnostics& diags) {
  std::unique_ptr<Model> m(new Model(fe, root));
  if (!m->bind_constants(cfg, diags)) return nullptr;
  bool ok = m->pick_behavior(cfg, diags);
  ok = m->resolve_lists(cfg, diags) && ok;
  for (const auto& unit : root.units)
    if (auto* a = std::get_if<ast::Assumption>(&unit))
      if (a->body) m->assumptions.emplace_back(a->name.value_or(""), a->body.get());
  if (!ok) return nullptr;
  m->cache_constant_definitions();
  m->program_->freeze();
  return m;
}

}  // namespace tlatrace::eval
