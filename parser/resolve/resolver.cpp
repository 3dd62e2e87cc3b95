#include "parser/resolve/resolver.hpp"

#include "parser/resolve/expr_resolver.hpp"
#include "parser/resolve/same_definition.hpp"

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
// A named ASSUME or THEOREM: its name stands for its formula.
template <typename Named>
Symbol formula_symbol(const Named& n, const ast::Module& m) {
  Symbol s;
  s.ref.kind = ast::Ref::Kind::Formula;
  s.ref.formula = n.body.get();
  s.ref.module = &m;
  s.declared = n.range;
  s.identity = &n;
  return s;
}
}  // namespace

const ModuleSymbols* Resolver::symbols(const ast::Module* m) const {
  auto it = done_.find(m);
  return it == done_.end() ? nullptr : &it->second;
}

// SANY accepts a second definition of a name only when both are the same text (as happens
// when a module re-states a definition it also imports); it warns then, and keeps the first.
bool Resolver::tolerated_duplicate(const std::string& name, const Symbol& existing, const Symbol& incoming,
                                   const SourceRange& where) {
  const ast::OpDef* a = existing.ref.def;
  const ast::OpDef* b = incoming.ref.def;
  bool same = existing.ref.kind == ast::Ref::Kind::Definition && incoming.ref.kind == ast::Ref::Kind::Definition &&
              a && b && same_definition(*a, *b);
  if (same) diags_.warning(where, "'" + name + "' is defined twice with the same definition; the first is kept");
  return same;
}

void Resolver::add_symbol(ModuleSymbols& into, const std::string& name, Symbol s, bool exported) {
  auto [it, inserted] = into.all.emplace(name, s);
  if (!inserted && it->second.identity != s.identity) {
    if (tolerated_duplicate(name, it->second, s, s.declared)) return;
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
      if (tolerated_duplicate(name, it->second, s, where)) continue;
      diags_.error(where, "'" + name + "' is defined both here and in an imported module");
      if (it->second.declared.valid()) diags_.note(it->second.declared, "one definition of '" + name + "'");
      if (s.declared.valid()) diags_.note(s.declared, "the other definition of '" + name + "'");
      continue;
    }
    into.all.emplace(name, s);
    if (export_them) into.exported.emplace(name, s);
  }
}

const ModuleSymbols* Resolver::instantiate(ast::InstanceDecl& inst) {
  ast::Module* target = loader_.load_by_name(inst.module_name, inst.range);
  if (!target) return nullptr;
  if (in_progress_.count(target)) {
    diags_.error(inst.range, "module '" + target->name + "' instantiates itself (circular dependency)");
    return nullptr;
  }
  const ModuleSymbols& tsyms = resolve(*target);
  inst.target = target;
  return &tsyms;
}

const ModuleSymbols& Resolver::resolve(ast::Module& m, const ModuleSymbols* outer) {
  if (auto it = done_.find(&m); it != done_.end()) return it->second;
  static const ModuleSymbols kEmpty;
  if (!in_progress_.insert(&m).second) {
    diags_.error(m.name_range, "module '" + m.name + "' depends on itself (circular EXTENDS or INSTANCE)");
    return kEmpty;
  }
  ModuleSymbols syms;
  if (outer) syms.all = outer->all;  // seen, not exported, not parameters of this module

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
      ExprResolver(*this, syms, diags_).definition(def);
      add_symbol(syms, def.name, definition_symbol(def, m), !def.local);
    } else if (auto* ip = std::get_if<std::unique_ptr<ast::InstanceDecl>>(&unit)) {
      ast::InstanceDecl& inst = **ip;
      ExprResolver(*this, syms, diags_).instance(inst);
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
      if (a->name) add_symbol(syms, *a->name, formula_symbol(*a, m), true);
    } else if (auto* t = std::get_if<ast::Theorem>(&unit)) {
      if (t->body) ExprResolver(*this, syms, diags_).expression(*t->body);
      if (t->name) add_symbol(syms, *t->name, formula_symbol(*t, m), true);
    } else if (auto* nested = std::get_if<std::unique_ptr<ast::Module>>(&unit)) {
      resolve(**nested, &syms);
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
