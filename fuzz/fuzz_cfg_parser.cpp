// libFuzzer target for the TLC .cfg reader. On arbitrary bytes parse_config must not crash,
// hang or throw, and must agree with itself: it returns a Config exactly when it reported no
// error, every diagnostic renders, and a Config printed back as text parses to the same text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "parser/ast/diagnostics.hpp"
#include "parser/cfg/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace tlatrace;
  SourceFile file("fuzz.cfg", std::string(reinterpret_cast<const char*>(data), size));
  Diagnostics diags;
  std::optional<cfg::Config> config = cfg::parse_config(file, diags);
  if (config.has_value() == diags.has_errors()) std::abort();
  for (const Diagnostic& d : diags.all()) {
    if (d.range.valid() && (d.range.file != &file || d.range.line > file.line_count())) std::abort();
    (void)render_diagnostic(d);
  }
  if (!config) return 0;
  std::string printed = cfg::to_string(*config);
  SourceFile again("printed.cfg", printed);
  Diagnostics diags2;
  std::optional<cfg::Config> reparsed = cfg::parse_config(again, diags2);
  if (!reparsed || cfg::to_string(*reparsed) != printed) std::abort();
  return 0;
}
