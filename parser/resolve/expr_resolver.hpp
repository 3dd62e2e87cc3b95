#pragma once
// Resolves the names inside one definition body: a stack of parameters, bound names and
// LET definitions over the module's symbols.
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"
#include "parser/resolve/symbols.hpp"

namespace tlatrace::resolve {

class Resolver;

/// Walks expressions of one module, filling in every Ref.
class ExprResolver {
 public:
  ExprResolver(Resolver& resolver, const ModuleSymbols& module_scope, Diagnostics& diags)
      : resolver_(resolver), module_(module_scope), diags_(diags) {}

  /// Resolves a top-level definition: parameters, function binders, then the body; for a
  /// named instance `M(p) == INSTANCE X ...`, its substitutions with the parameters in scope.
  void definition(ast::OpDef& def);
  /// Resolves an unnamed INSTANCE's substitutions.
  void instance(ast::InstanceDecl& inst);
  /// Resolves a free-standing expression (ASSUME, THEOREM).
  void expression(ast::Expr& e) { expr(e, false); }

 private:
  struct Entry {
    std::string name;
    Symbol symbol;
    bool slot;  // occupies a binding slot (parameter or bound name)
  };

  void expr(ast::Expr& e, bool arg_position);
  void name(ast::Expr& e, bool arg_position);
  void op_app(ast::Expr& e);
  void binders(std::vector<ast::Binder>& bs);
  void let(ast::Expr& e);
  void local_definition(ast::OpDef& def);
  void def_body(ast::OpDef& def);
  void args(std::vector<ast::ExprPtr>& as, bool arg_position = true);

  const Symbol* lookup(const std::string& name) const;
  int depth() const { return slots_; }
  void push_slot(const std::string& name, ast::Ref::Kind kind, int arity, const ast::OpDef* def,
                 const SourceRange& where);
  void push_named(const std::string& name, Symbol s);
  void pop_to(size_t size);
  bool check_arity(const ast::NameSegment& seg, const Symbol& s, bool arg_position);

  Resolver& resolver_;
  const ModuleSymbols& module_;
  Diagnostics& diags_;
  std::vector<Entry> stack_;
  int slots_ = 0;
  int except_depth_ = 0;
};

}  // namespace tlatrace::resolve
