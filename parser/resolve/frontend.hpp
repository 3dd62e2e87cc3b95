#pragma once
// The front end in one call: load a spec and everything it imports, resolve every name,
// and read its cfg. The SourceManager and Diagnostics outlive the ASTs they point into.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"
#include "parser/resolve/module_loader.hpp"
#include "parser/resolve/resolver.hpp"

namespace tlatrace {

/// A loaded, resolved specification and the modules it depends on.
class Frontend {
 public:
  explicit Frontend(std::vector<std::string> include_dirs = {});

  /// Loads, parses and resolves the module in `path`. Null when it could not be parsed;
  /// resolution errors are in diagnostics() (check has_errors()).
  ast::Module* load(const std::string& path);
  /// Same for a module given as text (tests).
  ast::Module* load_text(const std::string& virtual_path, std::string text);

  /// What the root module sees at its end: definitions, constants, variables.
  const resolve::ModuleSymbols* symbols(const ast::Module* m) const { return resolver_.symbols(m); }
  resolve::Resolver& resolver() { return resolver_; }
  resolve::ModuleLoader& loader() { return loader_; }
  SourceManager& sources() { return sources_; }
  Diagnostics& diagnostics() { return diags_; }

 private:
  SourceManager sources_;
  Diagnostics diags_;
  resolve::ModuleLoader loader_;
  resolve::Resolver resolver_;
};

}  // namespace tlatrace
