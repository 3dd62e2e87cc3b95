#pragma once
// Symbols: what a name means at a point of a module, and what a module exports.
#include <map>
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"

namespace tlatrace::resolve {

/// One visible name: what it refers to, how many arguments it takes, where it was declared.
struct Symbol {
  ast::Ref ref;
  int arity = 0;
  SourceRange declared;
  const void* identity = nullptr;  // the declaration itself: the same symbol reached twice is no clash
};

/// The names a module makes visible to modules that EXTEND or INSTANCE it, and its parameters.
struct ModuleSymbols {
  std::map<std::string, Symbol> exported;               // non-LOCAL, including what it EXTENDS
  std::map<std::string, Symbol> all;                    // everything at the module's end, LOCAL included
  std::vector<const ast::ConstantDecl*> constants;      // own and EXTENDed, in order
  std::vector<const ast::VariableDecl*> variables;      // own and EXTENDed, in order
  std::vector<const ast::Module*> constant_modules;     // the module declaring each constant
  std::vector<const ast::Module*> variable_modules;     // the module declaring each variable
};

}  // namespace tlatrace::resolve
