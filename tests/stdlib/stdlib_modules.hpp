#pragma once
// Parses every module under specs/stdlib once per test binary and answers questions about
// the result: exported operators (name as canonical symbol, arity), markers, instances.
#include <map>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "parser/ast/ast.hpp"
#include "parser/ast/diagnostics.hpp"
#include "parser/ast/source.hpp"
#include "parser/ast/native_marks.hpp"

namespace tlatrace::stdlib_test {

/// One parsed file of specs/stdlib.
struct ParsedStdlibModule {
  std::string stem;                    // file name without `.tla`
  const SourceFile* file = nullptr;
  const ast::Module* module = nullptr; // null when the parser returned nothing
  Diagnostics diags;
};

/// All parsed modules, keyed by file stem; parsed on first use and kept for the process.
const std::map<std::string, ParsedStdlibModule>& parsed_stdlib();

/// The exported (non-LOCAL) operator definitions at the top level of a module.
std::vector<const ast::OpDef*> exported_defs(const ast::Module& m);

/// The module names of the top-level `LOCAL INSTANCE X` units.
std::vector<std::string> local_instances(const ast::Module& m);

/// An operator's name with the synonyms the README does not use folded away:
/// `(+)` -> `\oplus`, `<=` -> `\leq`, `\circ` -> `\o`, unary `-` -> `-.`, ...
std::string canonical_name(const std::string& name, size_t arity);

/// TRUE iff the comment block right above the definition has a line `\* native...`.
using ast::marked_native;

/// The first error of a diagnostics list, rendered, or "" when there is none.
std::string first_error(const Diagnostics& diags);

}  // namespace tlatrace::stdlib_test
