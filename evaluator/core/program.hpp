#pragma once
// The spec-wide tables the evaluator reads while evaluating: per-definition information
// (native implementation, cfg override, cached constant value), the values of CONSTANTs,
// and where each VARIABLE lives in the state. Built once before evaluation starts and then
// only read (so workers can share it).
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "evaluator/natives/registry.hpp"
#include "evaluator/value/values.hpp"
#include "parser/ast/ast.hpp"
#include "parser/resolve/resolver.hpp"

namespace tlatrace::eval {

/// What the evaluator knows about one operator definition.
struct DefInfo {
  const ast::OpDef* def = nullptr;
  const NativeEntry* native = nullptr;      // a native implementation replaces the body
  bool has_override = false;                // cfg `Op = value`
  Value override_value;
  const ast::OpDef* override_def = nullptr;  // cfg `Op <- Other`
  // As in TLC, a plain override replaces the definition, not its instantiated copies I!Op; one
  // scoped to its module (`Op <- [M] Other`, `Op = [M] v`) replaces both.
  bool override_in_instances = false;
  int constant_level = -1;                  // -1 unknown, 0 no, 1 yes (0-arity, no variables)
  bool cached = false;                      // `cache` holds the value (constant-level, root scope)
  Value cache;
};

/// The value of a CONSTANT: a value, or an operator (cfg `C <- Def`).
struct ConstantValue {
  bool bound = false;
  Value value;
  const ast::OpDef* op = nullptr;
};

/// Spec-wide evaluation tables.
class Program {
 public:
  Program(const resolve::Resolver& resolver, const ast::Module& root);

  const ast::Module& root() const { return root_; }
  const resolve::Resolver& resolver() const { return resolver_; }
  /// The root module's state variables, in state order.
  const std::vector<const ast::VariableDecl*>& variables() const { return variables_; }

  /// Information about a definition (created on first request during setup).
  DefInfo& info(const ast::OpDef* def);
  [[gnu::always_inline]] const DefInfo* find_info(const ast::OpDef* def) const {
    if (!flat_.empty()) {
      const auto* entry = probe(flat_, slot(def, flat_.size() - 1), [&](const auto& e) { return e.first == def; });
      return entry ? entry->second : nullptr;
    }
    auto it = defs_.find(def);
    return it == defs_.end() ? nullptr : &it->second;
  }
  /// Builds the lock-free lookup table of find_info; call once setup is complete.
  void freeze();

  /// The declaration a Constant/Variable ref designates.
  const ast::ConstantDecl* constant_decl(const ast::Ref& r) const;
  const ast::VariableDecl* variable_decl(const ast::Ref& r) const;
  /// The state index of a variable ref (-1 when not a variable of the root module). Inline for
  /// the root module and the module declaring most of its variables (an extended module, such
  /// as MCLamportMutex's LamportMutex): every variable read goes through here.
  int variable_index(const ast::Ref& r) const {
    if (r.module == &root_) return r.index;
    if (r.module == hot_module_ && r.index >= 0 && static_cast<size_t>(r.index) < hot_index_.size())
      return hot_index_[r.index];
    return variable_index_slow(r);
  }
  int variable_index(const ast::VariableDecl* v) const;

  /// CONSTANT values (bound from the cfg).
  ConstantValue& constant(const ast::ConstantDecl* c) {
    if (!const_flat_.empty() && !constants_.count(c)) {  // a new entry: back to the map
      const_flat_.clear();
      for (auto& t : modules_) t.const_values.clear();
    }
    return constants_[c];
  }
  const ConstantValue* find_constant(const ast::ConstantDecl* c) const {
    if (!const_flat_.empty()) {
      const auto* entry = probe(const_flat_, slot(c, const_flat_.size() - 1), [&](const auto& e) { return e.first == c; });
      return entry ? entry->second : nullptr;
    }
    return find_constant_in_map(c);
  }
  /// The record of a constant ref's declaration as resolved by freeze() (nullptr when not
  /// resolved: before freeze(), or a module or declaration it did not index).
  const ConstantValue* constant_value(const ast::Ref& r) const {
    const ModuleTables* t = tables_of(r.module);
    if (!t || r.index < 0 || static_cast<size_t>(r.index) >= t->const_values.size()) return nullptr;
    return t->const_values[r.index];
  }
  /// A root constant by name (fallback for substitutions through unnamed instances).
  const ConstantValue* find_constant_by_name(const std::string& name) const;

  /// The index of `var` or `decl` in an instance's WITH list, or -1.
  int substitution_index(const ast::InstanceDecl* inst, const void* decl) const {
    if (!subst_flat_.empty()) {
      const auto* entry = probe(subst_flat_, subst_slot(inst, decl, subst_flat_.size() - 1),
                                [&](const SubstEntry& e) { return e.inst == inst && e.decl == decl; });
      return entry ? entry->index : -1;
    }
    return substitution_index_in_map(inst, decl);
  }

  /// Registers every definition (LET definitions included) and instance of the loaded modules
  /// and binds natives to the standard-module definitions that have one. Call once, first.
  void index_modules(const std::vector<ast::Module*>& modules);

 private:
  const resolve::Resolver& resolver_;
  const ast::Module& root_;
  std::vector<const ast::VariableDecl*> variables_;
  std::unordered_map<const ast::VariableDecl*, int> var_index_;
  /// Linear probing in an open-addressing table (size a power of two, an entry with a null
  /// key is empty) from `start`: the entry `is_key` accepts, or nullptr at an empty one.
  template <class Entry, class IsKey>
  [[gnu::always_inline]] static const Entry* probe(const std::vector<Entry>& table, size_t start, IsKey is_key) {
    const size_t mask = table.size() - 1;
    for (size_t i = start;; i = (i + 1) & mask) {
      if (is_key(table[i])) return &table[i];
      if (is_empty(table[i])) return nullptr;
    }
  }
  template <class K, class V>
  static bool is_empty(const std::pair<K, V>& entry) { return entry.first == nullptr; }
  static size_t slot(const void* d, size_t mask) {
    return static_cast<size_t>((reinterpret_cast<uintptr_t>(d) >> 4) * 0x9E3779B97F4A7C15ULL >> 20) & mask;
  }
  std::unordered_map<const ast::OpDef*, DefInfo> defs_;
  std::vector<std::pair<const ast::OpDef*, const DefInfo*>> flat_;  // open addressing, after freeze()
  std::unordered_map<const ast::ConstantDecl*, ConstantValue> constants_;
  std::vector<std::pair<const ast::ConstantDecl*, const ConstantValue*>> const_flat_;  // after freeze()
  const ConstantValue* find_constant_in_map(const ast::ConstantDecl* c) const;
  /// An open-addressing table of `map`'s entries (lock-free lookups once built).
  template <class K, class V>
  static void build_flat(const std::unordered_map<const K*, V>& map, std::vector<std::pair<const K*, const V*>>& flat);
  void index_expr(const ast::Expr& e);
  void index_def(const ast::OpDef& def, const ast::Module* m);
  void index_instance(const ast::InstanceDecl& inst);
  /// The symbols of `m`: a scan of the (few) indexed modules, else the resolver's map.
  const resolve::ModuleSymbols* symbols_of(const ast::Module* m) const;
  // Per indexed module: its symbols and the state index of each of its variables (-1: not a
  // variable of the root module), so variable and constant refs are resolved without hashing.
  struct ModuleTables {
    const ast::Module* module = nullptr;
    const resolve::ModuleSymbols* syms = nullptr;
    std::vector<int> var_index;
    std::vector<const ConstantValue*> const_values;  // per constant, by freeze() (empty before)
  };
  std::vector<ModuleTables> modules_;
  // The indexed module other than the root with the most root variables, and a copy of its
  // ModuleTables::var_index (variable_index's second fast path).
  const ast::Module* hot_module_ = nullptr;
  std::vector<int> hot_index_;
  int variable_index_slow(const ast::Ref& r) const;
  // modules_ by module, open addressing (a variable or constant ref of an extended or
  // instantiated module is resolved on every read): (module, index in modules_ + 1).
  std::vector<std::pair<const ast::Module*, size_t>> module_flat_;
  const ModuleTables* tables_of(const ast::Module* m) const;
  std::unordered_map<const ast::InstanceDecl*, std::unordered_map<const void*, int>> subst_;
  // subst_ as one open-addressing table on (instance, declaration), built by freeze(): a
  // substitution is looked up for every variable and constant read under an INSTANCE.
  struct SubstEntry {
    const ast::InstanceDecl* inst = nullptr;
    const void* decl = nullptr;
    int index = -1;
  };
  static bool is_empty(const SubstEntry& entry) { return entry.inst == nullptr; }
  std::vector<SubstEntry> subst_flat_;
  static size_t subst_slot(const void* inst, const void* decl, size_t mask) {
    return (slot(inst, mask) ^ slot(decl, mask) * 3) & mask;
  }
  int substitution_index_in_map(const ast::InstanceDecl* inst, const void* decl) const;
};

}  // namespace tlatrace::eval
