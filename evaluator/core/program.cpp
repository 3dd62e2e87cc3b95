#include "evaluator/core/program.hpp"

#include "parser/ast/native_marks.hpp"

namespace tlatrace::eval {

Program::Program(const resolve::Resolver& resolver, const ast::Module& root) : resolver_(resolver), root_(root) {
  if (const auto* syms = resolver.symbols(&root)) {
    variables_ = syms->variables;
    for (size_t i = 0; i < variables_.size(); ++i) var_index_[variables_[i]] = static_cast<int>(i);
    for (const auto* c : syms->constants) constants_[c];
  }
}

template <class K, class V>
void Program::build_flat(const std::unordered_map<const K*, V>& map, std::vector<std::pair<const K*, const V*>>& flat) {
  size_t cap = 16;
  while (cap < map.size() * 4) cap *= 2;
  flat.assign(cap, {nullptr, nullptr});
  for (const auto& [key, value] : map) {
    size_t i = slot(key, cap - 1);
    while (flat[i].first) i = (i + 1) & (cap - 1);
    flat[i] = {key, &value};
  }
}

void Program::freeze() {
  build_flat(defs_, flat_);
  build_flat(constants_, const_flat_);
  for (auto& t : modules_) {
    t.const_values.clear();
    for (const auto* c : t.syms->constants) t.const_values.push_back(find_constant(c));
  }
  size_t entries = 0;
  for (const auto& [inst, table] : subst_) entries += table.size();
  subst_flat_.clear();
  if (entries == 0) return;
  size_t cap = 16;
  while (cap < entries * 4) cap *= 2;
  subst_flat_.assign(cap, SubstEntry{});
  const size_t mask = cap - 1;
  for (const auto& [inst, table] : subst_) {
    for (const auto& [decl, index] : table) {
      size_t i = subst_slot(inst, decl, mask);
      while (subst_flat_[i].inst) i = (i + 1) & mask;
      subst_flat_[i] = SubstEntry{inst, decl, index};
    }
  }
}

DefInfo& Program::info(const ast::OpDef* def) {
  if (!flat_.empty() && !defs_.count(def)) flat_.clear();  // a new entry: back to the map
  DefInfo& d = defs_[def];
  d.def = def;
  return d;
}

const Program::ModuleTables* Program::tables_of(const ast::Module* m) const {
  if (!module_flat_.empty()) {
    const auto* entry =
        probe(module_flat_, slot(m, module_flat_.size() - 1), [&](const auto& e) { return e.first == m; });
    return entry ? &modules_[entry->second - 1] : nullptr;
  }
  for (const auto& t : modules_)
    if (t.module == m) return &t;
  return nullptr;
}

const resolve::ModuleSymbols* Program::symbols_of(const ast::Module* m) const {
  if (const ModuleTables* t = tables_of(m)) return t->syms;
  return resolver_.symbols(m);
}

const ast::ConstantDecl* Program::constant_decl(const ast::Ref& r) const {
  const auto* syms = symbols_of(r.module);
  if (!syms || r.index < 0 || r.index >= static_cast<int>(syms->constants.size())) return nullptr;
  return syms->constants[r.index];
}

const ast::VariableDecl* Program::variable_decl(const ast::Ref& r) const {
  const auto* syms = symbols_of(r.module);
  if (!syms || r.index < 0 || r.index >= static_cast<int>(syms->variables.size())) return nullptr;
  return syms->variables[r.index];
}

int Program::variable_index(const ast::VariableDecl* v) const {
  auto it = var_index_.find(v);
  return it == var_index_.end() ? -1 : it->second;
}

int Program::variable_index_slow(const ast::Ref& r) const {
  if (r.module == &root_) return r.index;
  if (const ModuleTables* t = tables_of(r.module))
    return r.index >= 0 && r.index < static_cast<int>(t->var_index.size()) ? t->var_index[r.index] : -1;
  return variable_index(variable_decl(r));
}

const ConstantValue* Program::find_constant_in_map(const ast::ConstantDecl* c) const {
  auto it = constants_.find(c);
  return it == constants_.end() ? nullptr : &it->second;
}

const ConstantValue* Program::find_constant_by_name(const std::string& name) const {
  for (const auto& [decl, value] : constants_)
    if (decl->name == name && value.bound) return &value;
  return nullptr;
}

int Program::substitution_index_in_map(const ast::InstanceDecl* inst, const void* decl) const {
  auto it = subst_.find(inst);
  if (it == subst_.end()) return -1;
  auto jt = it->second.find(decl);
  return jt == it->second.end() ? -1 : jt->second;
}

void Program::index_instance(const ast::InstanceDecl& inst) {
  subst_flat_.clear();  // a new instance: back to the map until the next freeze()
  auto& table = subst_[&inst];
  if (!inst.target) return;
  const auto* syms = resolver_.symbols(inst.target);
  if (!syms) return;
  for (size_t i = 0; i < inst.with.size(); ++i) {
    const std::string& name = inst.with[i].name;
    for (const auto* c : syms->constants)
      if (c->name == name) table[c] = static_cast<int>(i);
    for (const auto* v : syms->variables)
      if (v->name == name) table[v] = static_cast<int>(i);
  }
  for (const auto& s : inst.with)
    if (s.value) index_expr(*s.value);
}

void Program::index_def(const ast::OpDef& def, const ast::Module* m) {
  DefInfo& d = info(&def);
  if (m && !d.native) {
    d.native = find_native(m->name, def.name, static_cast<int>(def.params.size()));
    if (!d.native && m->file && ast::is_builtin_module(*m) && ast::marked_native(*m->file, def))
      d.native = unimplemented_native(m->name, def.name);
  }
  if (def.instance) index_instance(*def.instance);
  if (def.body) index_expr(*def.body);
  for (const auto& b : def.fn_binders)
    if (b.domain) index_expr(*b.domain);
}

void Program::index_expr(const ast::Expr& e) {
  for (const auto& a : e.args)
    if (a) index_expr(*a);
  for (const auto& b : e.binders)
    if (b.domain) index_expr(*b.domain);
  for (const auto& s : e.segments)
    for (const auto& a : s.args)
      if (a) index_expr(*a);
  for (const auto& u : e.updates) {
    for (const auto& st : u.path)
      for (const auto& a : st.index)
        if (a) index_expr(*a);
    if (u.value) index_expr(*u.value);
  }
  for (const auto& arm : e.arms) {
    if (arm.guard) index_expr(*arm.guard);
    if (arm.value) index_expr(*arm.value);
  }
  for (const auto& d : e.defs)
    if (d) index_def(*d, nullptr);
}

void Program::index_modules(const std::vector<ast::Module*>& modules) {
  for (const ast::Module* m : modules) {
    if (const auto* syms = resolver_.symbols(m)) {
      ModuleTables t;
      t.module = m;
      t.syms = syms;
      for (const auto* v : syms->variables) t.var_index.push_back(variable_index(v));
      modules_.push_back(std::move(t));
    }
  }
  size_t best = 0;
  for (const auto& t : modules_) {
    if (t.module == &root_) continue;
    size_t n = 0;
    for (int i : t.var_index) n += i >= 0;
    if (n > best) {
      best = n;
      hot_module_ = t.module;
      hot_index_ = t.var_index;
    }
  }
  size_t cap = 16;
  while (cap < modules_.size() * 4) cap *= 2;
  module_flat_.assign(cap, {nullptr, 0});
  for (size_t k = 0; k < modules_.size(); ++k) {
    size_t i = slot(modules_[k].module, cap - 1);
    while (module_flat_[i].first) i = (i + 1) & (cap - 1);
    module_flat_[i] = {modules_[k].module, k + 1};
  }
  for (const ast::Module* m : modules) {
    for (const auto& unit : m->units) {
      if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&unit)) {
        index_def(**d, m);
      } else if (auto* inst = std::get_if<std::unique_ptr<ast::InstanceDecl>>(&unit)) {
        index_instance(**inst);
      } else if (auto* a = std::get_if<ast::Assumption>(&unit)) {
        if (a->body) index_expr(*a->body);
      }
    }
  }
}

}  // namespace tlatrace::eval
