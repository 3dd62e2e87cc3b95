// The bad-input corpus: every tests/syntax/bad/*.tla starts with a line
// `\* expect: LINE:COL message-fragment`; parsing it must fail with exactly one error at
// that place whose message contains the fragment, rendered clang-style.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parser/syntax/parse.hpp"

namespace tlatrace::test {
namespace {

struct Expectation {
  uint32_t line = 0, col = 0;
  std::string fragment;
};

bool parse_expectation(const std::string& text, Expectation& out) {
  const std::string tag = "\\* expect: ";
  if (text.rfind(tag, 0) != 0) return false;
  std::string first = text.substr(tag.size(), text.find('\n') - tag.size());
  size_t colon = first.find(':'), space = first.find(' ');
  if (colon == std::string::npos || space == std::string::npos) return false;
  out.line = static_cast<uint32_t>(std::stoul(first.substr(0, colon)));
  out.col = static_cast<uint32_t>(std::stoul(first.substr(colon + 1, space - colon - 1)));
  out.fragment = first.substr(space + 1);
  return true;
}

TEST(BadInput, EveryCorpusFileFailsWhereExpected) {
  std::filesystem::path dir = std::filesystem::path(TLATRACE_SOURCE_DIR) / "tests/syntax/bad";
  size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".tla") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string name = entry.path().filename().string();
    Expectation want;
    ASSERT_TRUE(parse_expectation(ss.str(), want)) << name << ": missing `\\* expect:` line";

    SourceManager sm;
    const SourceFile* file = sm.add(name, ss.str());
    Diagnostics diags;
    auto module = syntax::parse_module(*file, diags);
    EXPECT_EQ(module, nullptr) << name;
    ASSERT_EQ(diags.error_count(), 1u) << name;
    const Diagnostic& d = diags.all().front();
    EXPECT_EQ(d.range.line, want.line) << name << ": " << d.message;
    EXPECT_EQ(d.range.col, want.col) << name << ": " << d.message;
    EXPECT_NE(d.message.find(want.fragment), std::string::npos)
        << name << ": message '" << d.message << "' lacks '" << want.fragment << "'";
    std::string rendered = render_diagnostic(d);
    std::string head = name + ":" + std::to_string(want.line) + ":" + std::to_string(want.col) + ": error: ";
    EXPECT_EQ(rendered.rfind(head, 0), 0u) << rendered;
    ++checked;
  }
  EXPECT_GE(checked, 15u);
}

TEST(BadInput, ExpressionErrorsAreReportedNotThrown) {
  for (const char* text : {"", "(", ")", "1 +", "[", "<<", "\\A", "IF", "/\\", "a ==", "\"", "(*",
                           "\xff", "CASE", "LET IN", "{x \\in}", "f[", "a!", "WF_", "[]_"}) {
    SourceManager sm;
    Diagnostics diags;
    auto e = syntax::parse_expression(*sm.add("e.tla", text), diags);
    EXPECT_EQ(e, nullptr) << text;
    EXPECT_EQ(diags.error_count(), 1u) << text;
  }
}

// Found by fuzzing: error recovery inserted a token next to a virtual junction token.
TEST(BadInput, RecoveryNextToJunctionTokens) {
  SourceManager sm;
  const SourceFile* f = sm.add("j.tla",
                               "---- MODULE J ----\nF == /\\ a\n     /\\ (/\\ e\n $       /\\ f) /\\ g\n"
                               "  /\\ h\n====\n");
  Diagnostics diags;
  EXPECT_EQ(syntax::parse_module(*f, diags), nullptr);
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.all()[0].range.line, 4u);
}

TEST(BadInput, DeepPrefixAndInfixChainsAreRejectedGracefully) {
  std::string prefix(20000, '~');
  std::string chain = "1";
  for (int i = 0; i < 20000; ++i) chain += " - 1";
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "/\\ ";
  for (const std::string& text : {prefix + "x", chain, nested + "x"}) {
    SourceManager sm;
    Diagnostics diags;
    auto e = syntax::parse_expression(*sm.add("deep.tla", text), diags);
    EXPECT_EQ(e, nullptr);
    ASSERT_EQ(diags.error_count(), 1u);
    EXPECT_NE(diags.all()[0].message.find("nested too deeply"), std::string::npos) << diags.all()[0].message;
  }
}

}  // namespace
}  // namespace tlatrace::test
