#include "syntax_test_util.hpp"

#include "parser/ast/print.hpp"
#include "parser/syntax/parse.hpp"

namespace tlatrace::test {
namespace {

std::string first_error(const Diagnostics& d) {
  if (d.all().empty()) return "ERROR (no diagnostic)";
  const auto& x = d.all().front();
  return "ERROR " + std::to_string(x.range.line) + ":" + std::to_string(x.range.col) + " " + x.message;
}

}  // namespace

std::string expr_sexpr(const std::string& text) {
  SourceManager sm;
  const SourceFile* f = sm.add("expr.tla", text);
  Diagnostics d;
  auto e = syntax::parse_expression(*f, d);
  if (!e) return first_error(d);
  return ast::to_sexpr(*e);
}

std::string module_sexpr(const std::string& text) {
  SourceManager sm;
  const SourceFile* f = sm.add("test.tla", text);
  Diagnostics d;
  auto m = syntax::parse_module(*f, d);
  if (!m) return first_error(d);
  return ast::to_sexpr(*m);
}

std::string defs_sexpr(const std::string& body) {
  return module_sexpr("---- MODULE T ----\n" + body + "\n====\n");
}

}  // namespace tlatrace::test
