#pragma once
// Finds, reads and parses modules by name: beside the spec, on -I paths, then the built-in
// standard modules compiled into the binary (specs/stdlib/). Each module is parsed once.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"

namespace tlatrace::resolve {

/// The built-in standard modules: name -> TLA+ text (generated from specs/stdlib/*.tla).
const std::map<std::string, std::string_view>& embedded_modules();

/// Loads modules and everything they EXTEND or INSTANCE, keeping them alive.
class ModuleLoader {
 public:
  ModuleLoader(SourceManager& sources, Diagnostics& diags, std::vector<std::string> include_dirs);

  /// Parses the module in `path` (its directory becomes the first search path). Checks that
  /// the module's name matches the file name. Null on error (reported).
  ast::Module* load_file(const std::string& path);
  /// Finds module `name` (already loaded, on the search path, or built in). Null when not
  /// found or unparsable; `from` is where it was asked for (for the error message).
  ast::Module* load_by_name(const std::string& name, const SourceRange& from);
  /// Parses a module given as text (tests, generated specs); modules it imports are looked
  /// for beside `virtual_path` first.
  ast::Module* load_text(const std::string& virtual_path, std::string text);

  /// Every loaded module, including nested ones, in load order.
  const std::vector<ast::Module*>& modules() const { return order_; }

 private:
  ast::Module* parse(const SourceFile* file);
  void register_module(ast::Module* m);

  SourceManager& sources_;
  Diagnostics& diags_;
  std::vector<std::string> dirs_;
  std::vector<std::unique_ptr<ast::Module>> owned_;
  std::map<std::string, ast::Module*> by_name_;
  std::set<std::string> missing_;  // names already reported as not found
  std::vector<ast::Module*> order_;
};

}  // namespace tlatrace::resolve
