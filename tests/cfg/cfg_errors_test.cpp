// Malformed cfg files: the corpus under tests/cfg/data/bad (each file's first line says
// `\* expect: LINE:COL: message fragment`), several errors at once, and arbitrary bytes.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/cfg/cfg_test_util.hpp"

namespace tlatrace::cfg {
namespace {

using ::testing::HasSubstr;
using testing::parse;
namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Expectation {
  uint32_t line = 0, col = 0;
  std::string fragment;
};

// Reads `\* expect: L:C: fragment` from the first line.
std::optional<Expectation> expectation(const std::string& text) {
  const std::string tag = "\\* expect: ";
  if (text.rfind(tag, 0) != 0) return std::nullopt;
  std::string first = text.substr(tag.size(), text.find('\n') - tag.size());
  Expectation e;
  char colon1 = 0, colon2 = 0;
  std::istringstream in(first);
  in >> e.line >> colon1 >> e.col >> colon2;
  if (!in || colon1 != ':' || colon2 != ':') return std::nullopt;
  std::getline(in, e.fragment);
  e.fragment.erase(0, e.fragment.find_first_not_of(' '));
  return e;
}

std::vector<fs::path> bad_corpus() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(fs::path(TLATRACE_SOURCE_DIR) / "tests/cfg/data/bad"))
    if (entry.path().extension() == ".cfg") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

TEST(CfgErrors, BadCorpusReportsExpectedLocationAndMessage) {
  auto files = bad_corpus();
  ASSERT_GE(files.size(), 30u);
  for (const auto& path : files) {
    SCOPED_TRACE(path.filename().string());
    std::string text = read_file(path);
    auto e = expectation(text);
    ASSERT_TRUE(e) << "first line must be '\\* expect: LINE:COL: fragment'";
    auto p = parse(text, path.filename().string());
    EXPECT_FALSE(p->config);
    ASSERT_TRUE(p->diags.has_errors());
    const Diagnostic& d = p->diags.all().front();
    EXPECT_EQ(d.severity, Severity::Error);
    EXPECT_EQ(d.range.line, e->line) << p->messages();
    EXPECT_EQ(d.range.col, e->col) << p->messages();
    EXPECT_THAT(d.message, HasSubstr(e->fragment));
    // Rendered clang-style with the file name, the line and a caret.
    std::string rendered = render_diagnostic(d);
    EXPECT_THAT(rendered, HasSubstr(path.filename().string() + ":" + std::to_string(e->line) + ":" +
                                    std::to_string(e->col) + ": error: "));
    EXPECT_THAT(rendered, HasSubstr("^"));
  }
}

TEST(CfgErrors, IndependentErrorsAreAllReported) {
  auto p = parse("INIT\nNEXT Next\nCONSTANTS\n  A = <<1>>\n  B = 2\n  C 3\nCHECK_DEADLOCK maybe\n");
  EXPECT_FALSE(p->config);
  ASSERT_EQ(p->diags.error_count(), 4u) << p->messages();
  const auto& all = p->diags.all();
  EXPECT_EQ(all[0].range.line, 2u);  // INIT without a name
  EXPECT_EQ(all[1].range.line, 4u);  // tuple
  EXPECT_EQ(all[2].range.line, 6u);  // missing '='
  EXPECT_EQ(all[3].range.line, 7u);  // CHECK_DEADLOCK maybe
}

TEST(CfgErrors, ErrorsStopAfterALimit) {
  std::string text = "CONSTANTS\n";
  for (int i = 0; i < 200; ++i) text += "  X" + std::to_string(i) + " 1\n";
  auto p = parse(text);
  EXPECT_FALSE(p->config);
  EXPECT_LE(p->diags.error_count(), 25u);
  EXPECT_GE(p->diags.error_count(), 10u);
}

TEST(CfgErrors, TooDeeplyNestedSet) {
  std::string text = "CONSTANT S = " + std::string(100000, '{');
  auto p = parse(text);
  EXPECT_FALSE(p->config);
  EXPECT_THAT(p->messages(), HasSubstr("sets are nested more than 200 deep"));
}

TEST(CfgErrors, ControlAndInvalidUtf8Bytes) {
  auto p = parse(std::string("INVARIANT A \x01 B \xff\xfe", 18));
  EXPECT_FALSE(p->config);
  ASSERT_GE(p->diags.error_count(), 2u);
  EXPECT_THAT(p->diags.all()[0].message, HasSubstr("unexpected character byte 0x01"));
  EXPECT_EQ(p->diags.all()[0].range.col, 13u);
}

TEST(CfgErrors, NulBytesInsideTheFile) {
  std::string text("INIT Init\0NEXT Next", 19);
  auto p = parse(text);
  EXPECT_FALSE(p->config);
  EXPECT_THAT(p->messages(), HasSubstr("unexpected character byte 0x00"));
}

TEST(CfgErrors, DiagnosticsAlreadyPresentAreNotCountedAsOurs) {
  auto file = std::make_unique<SourceFile>("ok.cfg", "INIT Init");
  Diagnostics diags;
  diags.error(SourceRange{}, "an earlier, unrelated error");
  auto c = parse_config(*file, diags);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->init->text, "Init");
  EXPECT_EQ(diags.error_count(), 1u);
}

// Arbitrary input never throws or crashes; success and diagnostics always agree, and what
// parses prints back to text that parses to the same thing.
TEST(CfgErrors, RandomInputIsHandled) {
  const std::vector<std::string> pieces = {
      "CONSTANTS", "CONSTANT", "INIT", "NEXT", "INVARIANT", "SPECIFICATION", "CHECK_DEADLOCK",
      "SYMMETRY", "TRUE", "FALSE", "x", "s1", "=", "<-", "{", "}", "(", ")", "[", "]", ",", "!",
      "-", "42", "\\h1F", "\"s\"", "\"", "(*", "*)", "\\*", "\n", " ", "\\oplus", "+", "..",
      "<<", "\xc3\xa9", "\x01", "99999999999999999999"};
  std::mt19937 rng(12345);
  for (int iter = 0; iter < 3000; ++iter) {
    std::string text;
    int n = static_cast<int>(rng() % 30);
    for (int i = 0; i < n; ++i) {
      if (rng() % 10 == 0) text += static_cast<char>(rng() % 256);
      else text += pieces[rng() % pieces.size()] + (rng() % 2 ? " " : "");
    }
    auto p = parse(text);
    EXPECT_EQ(p->config.has_value(), !p->diags.has_errors()) << text;
    if (!p->config) continue;
    auto again = parse(to_string(*p->config));
    ASSERT_TRUE(again->config) << text << "\n" << again->messages();
    EXPECT_EQ(to_string(*again->config), to_string(*p->config));
  }
}

}  // namespace
}  // namespace tlatrace::cfg
