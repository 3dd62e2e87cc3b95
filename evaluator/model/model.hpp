#pragma once
// A model: a resolved specification with its TLC configuration applied. Binds CONSTANTs
// (values, model values, `<-` substitutions, overrides of definitions), finds the initial
// predicate and next-state action (INIT/NEXT or SPECIFICATION), resolves the names of
// invariants, constraints, properties, VIEW, SYMMETRY, ALIAS and POSTCONDITION, and caches the
// constant-level definitions (TLC evaluates them once, before checking).
#include <memory>
#include <string>
#include <vector>

#include "evaluator/core/evaluator.hpp"
#include "evaluator/model/properties.hpp"
#include "parser/cfg/config.hpp"
#include "parser/resolve/frontend.hpp"

namespace tlatrace::eval {

/// A cfg name resolved to an expression of the spec.
struct NamedExpr {
  std::string name;
  const ast::Expr* expr = nullptr;
};

/// A temporal property from PROPERTIES, decomposed.
struct Property {
  std::string name;
  std::vector<TemporalPart> parts;
};

/// The configured specification, ready to check.
class Model {
 public:
  /// Builds the model. Errors (unknown names, unassigned constants, values that cannot be
  /// evaluated) go to `diags`; returns null when there were any.
  static std::unique_ptr<Model> build(Frontend& fe, ast::Module& root, const cfg::Config& cfg, Diagnostics& diags);

  Program& program() { return *program_; }
  const ast::Module& root() const { return root_; }
  size_t nvars() const { return var_names.size(); }

  std::vector<std::string> var_names;
  std::vector<const ast::Expr*> init;       // conjuncts of the initial predicate
  const ast::Expr* next = nullptr;          // the next-state action
  std::string next_name;
  std::vector<NamedExpr> invariants, constraints, action_constraints, postconditions;
  std::vector<Property> properties;
  const ast::Expr* view = nullptr;
  const ast::Expr* symmetry = nullptr;
  const ast::Expr* alias = nullptr;
  bool check_deadlock = true;
  bool assumptions_only = false;            // no variables and no behavior: only ASSUMEs are checked
  std::vector<std::pair<SourceRange, std::string>> warnings;
  std::vector<std::pair<std::string, const ast::Expr*>> assumptions;  // ASSUME bodies, root first

  /// A context for evaluating constant expressions during setup (no state).
  Ctx constant_context();

 private:
  Model(Frontend& fe, ast::Module& root);
  bool bind_constants(const cfg::Config& cfg, Diagnostics& diags);
  bool pick_behavior(const cfg::Config& cfg, Diagnostics& diags);
  bool resolve_lists(const cfg::Config& cfg, Diagnostics& diags);
  /// Evaluates once, ahead of the search, the constant-level 0-arity definitions the model uses.
  void cache_constant_definitions();
  const ast::Expr* name_expr(const cfg::CfgName& name, Diagnostics& diags);
  const ast::Expr* imported_name(const ast::Expr& e, Diagnostics& diags);
  Value cfg_value(const cfg::CfgValue& v);

  Frontend& fe_;
  ast::Module& root_;
  std::unique_ptr<Program> program_;
  std::unique_ptr<Evaluator> evaluator_;
  std::unique_ptr<BindingStack> stack_;
  std::vector<std::unique_ptr<ast::Expr>> owned_;  // names built from the cfg
};

}  // namespace tlatrace::eval
