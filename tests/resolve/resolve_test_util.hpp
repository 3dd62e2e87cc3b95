#pragma once
// Helpers for resolver tests: load a module from text and find things in it.
#include <string>

#include "parser/resolve/frontend.hpp"

namespace tlatrace::testing {

/// The first definition named `name` among the module's units (null when none).
inline ast::OpDef* find_def(ast::Module& m, const std::string& name) {
  for (auto& u : m.units)
    if (auto* d = std::get_if<std::unique_ptr<ast::OpDef>>(&u))
      if ((*d)->name == name) return d->get();
  return nullptr;
}

/// All diagnostics, one per line, as "line:col: message".
inline std::string errors(const Frontend& fe) {
  std::string out;
  for (const auto& d : const_cast<Frontend&>(fe).diagnostics().all())
    out += std::to_string(d.range.line) + ":" + std::to_string(d.range.col) + ": " + d.message + "\n";
  return out;
}

}  // namespace tlatrace::testing
