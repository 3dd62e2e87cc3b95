#pragma once
// Name resolution over the module graph: every identifier and operator resolves to a
// definition, a parameter, a bound name, a CONSTANT/VARIABLE or a primitive, or it is an
// error at its location. Fills in ast::Ref on Name and OpApp nodes.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"
#include "parser/resolve/module_loader.hpp"
#include "parser/resolve/symbols.hpp"

namespace tlatrace::resolve {

/// Resolves modules on demand (each once), loading what they EXTEND and INSTANCE.
class Resolver {
 public:
  Resolver(ModuleLoader& loader, Diagnostics& diags) : loader_(loader), diags_(diags) {}

  /// Resolves `m` and everything it depends on. Errors go to the diagnostics. A nested
  /// module also sees `outer`: what its enclosing module defines before it.
  const ModuleSymbols& resolve(ast::Module& m, const ModuleSymbols* outer = nullptr);
  /// Loads and resolves the module an INSTANCE names; sets inst.target. Null on error.
  const ModuleSymbols* instantiate(ast::InstanceDecl& inst);
  /// Symbols of a resolved module (null when it was never resolved).
  const ModuleSymbols* symbols(const ast::Module* m) const;
  /// Resolves an expression in the scope of a resolved module's end (for cfg names, --watch).
  void resolve_expression(const ast::Module& m, ast::Expr& e);

 private:
  void import_symbols(ModuleSymbols& into, const std::map<std::string, Symbol>& from, bool export_them,
                      bool with_parameters, const SourceRange& where);
  void add_symbol(ModuleSymbols& into, const std::string& name, Symbol s, bool exported);
  bool tolerated_duplicate(const std::string& name, const Symbol& existing, const Symbol& incoming,
                           const SourceRange& where);

  ModuleLoader& loader_;
  Diagnostics& diags_;
  std::map<const ast::Module*, ModuleSymbols> done_;
  std::set<const ast::Module*> in_progress_;
};

}  // namespace tlatrace::resolve
