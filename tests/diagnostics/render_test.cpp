// Clang-style rendering of diagnostics: header, source line, caret under the right column.
#include <gtest/gtest.h>

#include "parser/ast/diagnostics.hpp"

namespace tlatrace {
namespace {

Diagnostic at(const SourceFile* f, uint32_t line, uint32_t col, uint32_t end_col, std::string msg) {
  return Diagnostic{Severity::Error, SourceRange{f, line, col, line, end_col}, std::move(msg)};
}

TEST(RenderDiagnostic, CaretAndTildesUnderTheRange) {
  SourceManager sm;
  const SourceFile* f = sm.add("M.tla", "---- MODULE M ----\nInit == x = 1\n====\n");
  EXPECT_EQ(render_diagnostic(at(f, 2, 9, 13, "bad")), "M.tla:2:9: error: bad\nInit == x = 1\n        ^~~~~\n");
}

TEST(RenderDiagnostic, ColumnsCountCodePointsNotBytes) {
  SourceManager sm;
  const SourceFile* f = sm.add("U.tla", "A ≜ x ∈ S\n");
  // `x` is the 5th code point; `≜` takes three bytes.
  EXPECT_EQ(render_diagnostic(at(f, 1, 5, 5, "here")), "U.tla:1:5: error: here\nA ≜ x ∈ S\n    ^\n");
}

TEST(RenderDiagnostic, TabsAreKeptSoTheCaretLinesUp) {
  SourceManager sm;
  const SourceFile* f = sm.add("T.tla", "\tx = 1\n");
  EXPECT_EQ(render_diagnostic(at(f, 1, 2, 2, "t")), "T.tla:1:2: error: t\n\tx = 1\n\t^\n");
}

TEST(RenderDiagnostic, NoLocationGivesToolPrefix) {
  Diagnostic d{Severity::Warning, {}, "no place"};
  EXPECT_EQ(render_diagnostic(d), "tlatrace: warning: no place\n");
}

TEST(RenderDiagnostic, DiagnosticsCountOnlyErrors) {
  Diagnostics ds;
  ds.warning({}, "w");
  ds.note({}, "n");
  EXPECT_FALSE(ds.has_errors());
  ds.error({}, "e");
  EXPECT_EQ(ds.error_count(), 1u);
  EXPECT_EQ(ds.all().size(), 3u);
}

}  // namespace
}  // namespace tlatrace
