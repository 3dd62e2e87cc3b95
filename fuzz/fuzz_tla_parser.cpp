// libFuzzer target for the TLA+ parser: arbitrary bytes must never crash, hang or throw;
// every parse either yields a module (which must print) or reports an error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parser/ast/print.hpp"
#include "parser/syntax/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  tlatrace::SourceManager sources;
  const tlatrace::SourceFile* file = sources.add("fuzz.tla", text);

  tlatrace::Diagnostics diags;
  auto module = tlatrace::syntax::parse_module(*file, diags);
  if (module) {
    (void)tlatrace::ast::to_sexpr(*module);
  } else if (!diags.has_errors()) {
    std::abort();  // a failed parse must say why
  }

  tlatrace::Diagnostics expr_diags;
  auto expr = tlatrace::syntax::parse_expression(*file, expr_diags);
  if (expr) {
    (void)tlatrace::ast::to_sexpr(*expr);
  } else if (!expr_diags.has_errors()) {
    std::abort();
  }
  return 0;
}
