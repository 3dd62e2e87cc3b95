#include "parser/resolve/resolver.hpp"

#include "parser/resolve/expr_resolver.hpp"

namespace tlatrace::resolve {

namespace {
bool is_definition(const Symbol& s) {
  return s.ref.kind == ast::Ref::Kind::Definition || s.ref.kind == ast::Ref::Kind::Instance;
}

Symbol definition_symbol(const ast::OpDef& def, const ast::Module& m) {
  Symbol s;
  s.ref.kind = def.instance ? ast::Ref::Kind::Instance : ast::Ref::Kind::Definition;
  s.ref.def = &def;
  s.ref.module = &m;
  s.arity = static_cast<int>(def.params.size());
  s.declared = def.name_range.valid() ? def.name_range : def.range;
  s.identity = &def;
  return s;
}
}  // namespace

const ModuleSymbols* Resolver::symbols(const ast::Module* m) const {
  auto it = done_.find(m);
  return it == done_.end() ? nullptr : &it->second;
}

void Resolver::add_symbol(ModuleSymbols& into, const std::string& name, Symbol s, bool exported) {
  auto [it, inserted] = into.all.emplace(name, s);
  if (!inserted && it->second.identity != s.identity) {
    diags_.error(s.declared, "multiple definitions of '" + name + "'");
    if (it->second.declared.valid()) diags_.note(it->second.declared, "'" + name + "' was defined here");
    return;
  }
  if (exported) into.exported.emplace(name, s);
}

void Resolver::import_symbols(ModuleSymbols& into, const std::map<std::string, Symbol>& from,
                              bool export_them, bool with_parameters, const SourceRange& where) {
  for (const auto& [name, s] : from) {
    if (!with_parameters && !is_definition(s)) continue;
    auto it = into.all.find(name);
    if (it != into.all.end() && it->second.identity != s.identity) {
      diags_.error(where, "'" + name + "' is defined both here and in an imported module");
      if (it->second.declared.valid()) diags_.note(it->second.declared, "one definition of '" + name + "'");
      if (s.declared.valid()) diags_.note(s.declared, "the other definition of '" + name + "'");
      continue;
    }
    into.all.emplace(name, s);
    if (export_them) into.exported.emplace(name, s);
  }
}

// Loads and resolves an instance's module, then checks and completes its substitutions:
// every CONSTANT and VARIABLE of the target without an explicit `<-` is substituted by the
// same name in the instantiating module (an implicit substitution, appended to `with`).
void Resolver::resolve_instance(ast::Module& m, ModuleSymbols& syms, ast::InstanceDecl& inst, int depth) {
  (void)depth;
  ast::Module* target = loader_.load_by_name(inst.module_name, inst.range);
  if (!target) return;
  if (in_progress_.count(target)) {
    diags_.error(inst.range, "module '" + target->name + "' instantiates itself (circular dependency)");
    return;
  }
  const ModuleSymbols& tsyms = resolve(*target);
  inst.target = target;
  ExprResolver er(*this, syms, diags_);
  std::set<std::string> given;
  for (auto& sub : inst.with) {
    bool is_param = false;
    for (auto* c : tsyms.constants) is_param |= c->name == sub.name;
    for (auto* v : tsyms.variables) is_param |= v->name == sub.name;
    if (!is_param)
      diags_.error(sub.range, "'" + sub.name + "' is not a CONSTANT or VARIABLE of module '" + target->name + "'");
    if (!given.insert(sub.name).second) diags_.error(sub.range, "'" + sub.name + "' is substituted twice");
    if (sub.value) er.expression(*sub.value);
  }
  auto implicit = [&](const std::string& name, int arity) {
    if (given.count(name)) return;
    auto it = syms.all.find(name);
    if (it == syms.all.end()) {
      diags_.error(inst.range, "INSTANCE " + target->name + ": no substitution for '" + name +
                                   "', and no '" + name + "' is defined here");
      return;
    }
    ast::Substitution sub;
    sub.name = name;
    sub.range = inst.range;
    sub.value = std::make_unique<ast::Expr>(ast::ExprKind::Name, inst.range);
    ast::NameSegment seg;
    seg.name = name;
    seg.range = inst.range;
    sub.value->segments.push_back(std::move(seg));
    // A constant operator C(_) is substituted by an operator of the same arity, by name.
    if (it->second.arity != arity)
      diags_.error(inst.range, "INSTANCE " + target->name + ": '" + name + "' takes " + std::to_string(arity) +
                                   " arguments there but " + std::to_string(it->second.arity) + " here");
    ExprResolver(*this, syms, diags_).expression(*sub.value);
    // The name is used as an operator (not applied), so the arity check above stands in.
    inst.with.push_back(std::move(sub));
  };
  for (auto* c : tsyms.constants) implicit(c->name, c->arity);
  for (auto* v : tsyms.variables) implicit(v->name, 0);
  (void)m;
}

const ModuleSymbols& Resolver::resolve(ast::Module& m) {
  if (auto it = done_.find(&m); it != done_.end()) return it->second;
  static const ModuleSymbols kEmpty;
  if (!in_progress_.insert(&m).second) {
    diags_.error(m.name_range, "module '" + m.name + "' depends on itself (circular EXTENDS or INSTANCE)");
    return kEmpty;
  }
  ModuleSymbols syms;

  for (size_t i = 0; i < m.extends.size(); ++i) {
    SourceRange where = i < m.extends_ranges.size() ? m.extends_ranges[i] : m.name_range;
    ast::Module* ext = loader_.load_by_name(m.extends[i], where);
    if (!ext) continue;
    if (in_progress_.count(ext)) {
      diags_.error(where, "module '" + ext->name + "' is EXTENDed circularly");
      continue;
    }
    const ModuleSymbols& es = resolve(*ext);
    import_symbols(syms, es.exported, true, true, where);
    for (size_t k = 0; k < es.constants.size(); ++k) {
      bool seen = false;
      for (auto* c : syms.constants) seen |= c == es.constants[k];
      if (!seen) { syms.constants.push_back(es.constants[k]); syms.constant_modules.push_back(es.constant_modules[k]); }
    }
    for (size_t k = 0; k < es.variables.size(); ++k) {
      bool seen = false;
      for (auto* v : syms.variables) seen |= v == es.variables[k];
      if (!seen) { syms.variables.push_back(es.variables[k]); syms.variable_modules.push_back(es.variable_modules[k]); }
    }
  }

  for (auto& unit : m.units) {
    if (auto* c = std::get_if<ast::ConstantDecl>(&unit)) {
      Symbol s;
      s.ref.kind = ast::Ref::Kind::Constant;
      s.ref.index = static_cast<int>(syms.constants.size());
      s.ref.module = &m;
      s.arity = c->arity;
      s.declared = c->range;
      s.identity = c;
      syms.constants.push_back(c);
      syms.constant_modules.push_back(&m);
      add_symbol(syms, c->name, s, true);
    } else if (auto* v = std::get_if<ast::VariableDecl>(&unit)) {
      Symbol s;
      s.ref.kind = ast::Ref::Kind::Variable;
      s.ref.index = static_cast<int>(syms.variables.size());
      s.ref.module = &m;
      s.declared = v->range;
      s.identity = v;
      syms.variables.push_back(v);
      syms.variable_modules.push_back(&m);
      add_symbol(syms, v->name, s, true);
    } else if (auto* r = std::get_if<ast::RecursiveDecl>(&unit)) {
      // Bind the name now to its (later) definition so that bodies before it can call it.
      const ast::OpDef* found = nullptr;
      for (auto& u2 : m.units)
        if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u2))
          if ((*d)->name == r->name) found = d->get();
      if (!found) {
        diags_.error(r->range, "RECURSIVE '" + r->name + "' is never defined");
        continue;
      }
      const_cast<ast::OpDef*>(found)->recursive = true;
      if (static_cast<int>(found->params.size()) != r->arity)
        diags_.error(found->name_range, "'" + r->name + "' is declared RECURSIVE with " + std::to_string(r->arity) +
                                            " parameters but defined with " + std::to_string(found->params.size()));
      add_symbol(syms, r->name, definition_symbol(*found, m), !found->local);
    } else if (auto* dp = std::get_if<std::unique_ptr<ast::OpDef>>(&unit)) {
      ast::OpDef& def = **dp;
      def.module = &m;
      if (def.instance) {
        resolve_instance(m, syms, *def.instance, 0);
      } else {
        ExprResolver er(*this, syms, diags_);
        er.definition(def);
      }
      add_symbol(syms, def.name, definition_symbol(def, m), !def.local);
    } else if (auto* ip = std::get_if<std::unique_ptr<ast::InstanceDecl>>(&unit)) {
      ast::InstanceDecl& inst = **ip;
      resolve_instance(m, syms, inst, 0);
      if (const ModuleSymbols* ts = inst.target ? symbols(inst.target) : nullptr) {
        std::map<std::string, Symbol> defs;
        for (const auto& [name, s] : ts->exported) {
          if (!is_definition(s)) continue;
          Symbol imported = s;
          if (!imported.ref.via) imported.ref.via = &inst;
          defs.emplace(name, imported);
        }
        import_symbols(syms, defs, !inst.local, false, inst.range);
      }
    } else if (auto* a = std::get_if<ast::Assumption>(&unit)) {
      if (a->body) ExprResolver(*this, syms, diags_).expression(*a->body);
    } else if (auto* t = std::get_if<ast::Theorem>(&unit)) {
      if (t->body) ExprResolver(*this, syms, diags_).expression(*t->body);
    } else if (auto* nested = std::get_if<std::unique_ptr<ast::Module>>(&unit)) {
      resolve(**nested);
    }
  }
  in_progress_.erase(&m);
  return done_.emplace(&m, std::move(syms)).first->second;
}

void Resolver::resolve_expression(const ast::Module& m, ast::Expr& e) {
  const ModuleSymbols* syms = symbols(&m);
  if (!syms) return;
  ExprResolver(*this, *syms, diags_).expression(e);
}

}  // namespace tlatrace::resolve
